import * as vscode from 'vscode';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import { initialServers, isFinished, type JobRecord } from '../jobs/jobModel';
import type { JobStore } from '../jobs/jobStore';
import type { JobTracking } from '../jobs/jobTracking';
import { describeFailure, prepareCloudAction } from '../requests/cloudAction';
import { askModal } from '../ui/ask';
import { buildSubmitSummary } from './summary';

export interface SubmitDeps extends ClientFactoryDeps {
  readonly jobs: JobStore;
  readonly tracking: JobTracking;
  readonly reveal: (jobId: string) => Promise<void>;
}

/**
 * "ECS: Submit Request": a modal summary to confirm, then the signed create request with its
 * X-Client-Token. The job goes into the ECS Jobs view and is followed there. Cancelling the
 * progress stops waiting; it cannot stop a job the service has accepted.
 */
export async function submit(uri: vscode.Uri | undefined, deps: SubmitDeps): Promise<JobRecord | undefined> {
  const ready = await prepareCloudAction('Submit', uri, deps);
  if (!ready) return undefined;
  const { document, prepared, profile, fileName } = ready;

  let connection;
  try {
    connection = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Connecting with profile "${profile.name}"…` },
      () => connect(profile, { ...deps, extraSecrets: () => prepared.filledValues }),
    );
  } catch (error) {
    void vscode.window.showErrorMessage(`Cannot submit ${fileName}: ${describeFailure(error)}`);
    return undefined;
  }
  const summary = buildSubmitSummary(prepared.value, { profileName: profile.name, region: connection.region, projectId: connection.projectId });
  deps.log.info(`Submit of ${fileName}: asking for confirmation.\n${summary.detail}`);
  const choice = await askModal(deps.log, summary.message, `${summary.detail}\n\nServers are created and billed as soon as the service accepts the request.`, 'Submit');
  if (choice !== 'Submit') {
    await connection.client.close();
    deps.log.info(`Submit of ${fileName}: not confirmed, nothing sent.`);
    return undefined;
  }

  const record = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Submitting ${fileName}`, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      try {
        progress.report({ message: `to ${profile.name} (${connection.region})…` });
        const result = await connection.client.createServers(prepared.value, { dryRun: false, signal: abort.signal });
        if (!result.jobId) throw new Error(`the service answered HTTP ${result.status} without a job ID.`);
        const server = prepared.value.server as Record<string, unknown> | undefined;
        const submitted: Omit<JobRecord, 'servers'> = {
          jobId: result.jobId,
          profileId: profile.id,
          profileName: profile.name,
          region: connection.region,
          projectId: connection.projectId,
          requestFile: document.uri.toString(),
          requestName: typeof server?.name === 'string' ? server.name : undefined,
          count: typeof server?.count === 'number' ? server.count : 1,
          submittedAt: new Date().toISOString(),
          status: 'INIT',
          orderId: result.orderId,
          serverIds: result.serverIds ?? [],
        };
        const job: JobRecord = { ...submitted, servers: initialServers(submitted) };
        deps.log.info(`Submitted ${fileName}: job ${job.jobId}${job.orderId ? `, order ${job.orderId}` : ''} (request ${result.requestId ?? 'n/a'}, client token ${result.clientToken}).`);
        await deps.jobs.add(job);
        deps.tracking.follow(job.jobId);
        await deps.reveal(job.jobId);
        return job;
      } catch (error) {
        if (abort.signal.aborted) {
          deps.log.warn(`Submit of ${fileName}: stopped waiting for the answer. The service may still have accepted it; look at the servers in the console before sending it again.`);
          void vscode.window.showWarningMessage(`Stopped waiting for the answer to ${fileName}. The service may still have accepted it: check the console before submitting again.`);
          return undefined;
        }
        const text = describeFailure(error);
        deps.log.error(`Submit of ${fileName} failed: ${text}`);
        void vscode.window.showErrorMessage(`Submit of ${fileName} failed: ${text}`);
        return undefined;
      } finally {
        cancel.dispose();
        await connection.client.close();
      }
    },
  );
  if (record) void followInProgress(record, deps);
  return record;
}

/** A cancellable notification while the job runs; cancelling only stops this notification. */
function followInProgress(job: JobRecord, deps: SubmitDeps): Thenable<void> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `ECS job ${job.jobId}`, cancellable: true },
    (progress, token) => new Promise<void>((resolve) => {
      progress.report({ message: 'creating servers… (Cancel stops watching here; the job goes on and stays in the ECS Jobs view)' });
      const done = () => { subscription.dispose(); cancel.dispose(); resolve(); };
      const subscription = deps.tracking.onDidEnd((ended) => { if (ended.jobId === job.jobId) done(); });
      const cancel = token.onCancellationRequested(done);
      const now = deps.jobs.get(job.jobId);
      if (!now || isFinished(now.status) || now.status === 'PENDING_PAYMENT') done();
    }),
  );
}
