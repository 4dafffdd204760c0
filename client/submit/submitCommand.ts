import * as vscode from 'vscode';
import { showError, showWarning } from '../ui/toast';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import { COMMANDS } from '../constants';
import { stopsPolling } from '../../cloud/jobStatus';
import { hasJob, type JobRecord } from '../jobs/jobModel';
import type { JobStore } from '../jobs/jobStore';
import type { JobTracking } from '../jobs/jobTracking';
import { describeFailure, prepareCloudAction, type LocalChecksDeps } from '../requests/cloudAction';
import { sendCreate, type SendCreateOutcome } from './sendCreate';
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
/**
 * Shows what became of a create: follows an accepted job; says plainly when servers may exist.
 * Returns the job, or the "outcome unknown" record, or undefined after a refusal.
 */
export async function afterCreate(
  outcome: SendCreateOutcome,
  fileName: string,
  deps: SubmitDeps,
): Promise<JobRecord | undefined> {
  if (outcome.kind === 'accepted') {
    deps.tracking.follow(outcome.job.jobId);
    await deps.reveal(outcome.job.jobId);
    return outcome.job;
  }
  if (outcome.kind === 'refused') {
    deps.log.error(`Submit of ${fileName} failed: ${outcome.message}`);
    void showError(`Submit of ${fileName} failed: ${outcome.message}`);
    return undefined;
  }
  await deps.reveal(outcome.record.jobId);
  void showWarning(outcome.message, RETRY_SAME_TOKEN, CHECK_SERVERS).then((choice) => {
    const node = { kind: 'job' as const, id: `job:${outcome.record.jobId}`, job: outcome.record };
    if (choice === RETRY_SAME_TOKEN) void vscode.commands.executeCommand(COMMANDS.jobsRetrySubmit, node);
    if (choice === CHECK_SERVERS) void vscode.commands.executeCommand(COMMANDS.jobsCheckServers, node);
  });
  return outcome.record;
}

export const RETRY_SAME_TOKEN = 'Retry with the Same Token';
export const CHECK_SERVERS = 'Check for Servers by Name';

export async function submit(
  uri: vscode.Uri | undefined,
  deps: SubmitDeps & LocalChecksDeps,
): Promise<JobRecord | undefined> {
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
    void showError(`Cannot submit ${fileName}: ${describeFailure(error)}`);
    return undefined;
  }
  const summary = buildSubmitSummary(prepared.value, {
    profileName: profile.name,
    region: connection.region,
    projectId: connection.projectId,
  });
  deps.log.info(`Submit of ${fileName}: asking for confirmation.\n${summary.detail}`);
  const choice = await askModal(
    deps.log,
    summary.message,
    `${summary.detail}\n\nServers are created and billed as soon as the service accepts the request.`,
    'Submit',
  );
  if (choice !== 'Submit') {
    await connection.client.close();
    deps.log.info(`Submit of ${fileName}: not confirmed, nothing sent.`);
    return undefined;
  }

  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Submitting ${fileName}`, cancellable: true },
    async (progress, token) => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      try {
        progress.report({ message: `to ${profile.name} (${connection.region})…` });
        return await sendCreate(
          {
            connection,
            body: prepared.value,
            requestFile: document.uri.toString(),
            fileName,
            signal: abort.signal,
          },
          deps,
        );
      } finally {
        cancel.dispose();
        await connection.client.close();
      }
    },
  );
  const record = await afterCreate(outcome, fileName, deps);
  if (record && hasJob(record)) void followInProgress(record, deps);
  return record;
}

/** A cancellable notification while the job runs; cancelling only stops this notification. */
function followInProgress(job: JobRecord, deps: SubmitDeps): Thenable<void> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `ECS job ${job.jobId}`, cancellable: true },
    (progress, token) =>
      new Promise<void>((resolve) => {
        progress.report({
          message: 'creating servers… (Cancel stops watching here; the job goes on and stays in the ECS Jobs view)',
        });
        const done = () => {
          subscription.dispose();
          cancel.dispose();
          resolve();
        };
        const subscription = deps.tracking.onDidEnd((ended) => {
          if (ended.jobId === job.jobId) done();
        });
        const cancel = token.onCancellationRequested(done);
        const now = deps.jobs.get(job.jobId);
        if (!now || stopsPolling(now.status)) done();
      }),
  );
}
