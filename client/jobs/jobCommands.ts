import * as vscode from 'vscode';
import { showError, showInfo } from '../ui/toast';
import { describeFoundServer, findServersByRequestedName, type Server } from '../../cloud';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import { describeFailure } from '../requests/cloudAction';
import { cloudActionsAllowed, refuseUntrusted } from '../trust';
import { askModal } from '../ui/ask';
import { isFinished } from '../../cloud/jobStatus';
import { hasJob } from './jobModel';
import type { JobStore } from './jobStore';
import type { JobTracking } from './jobTracking';
import type { JobsNode } from './jobsTree';

export interface JobCommandDeps extends ClientFactoryDeps {
  readonly jobs: JobStore;
  readonly tracking: JobTracking;
}

type JobNode = Extract<JobsNode, { kind: 'job' }>;
type ServerNode = Extract<JobsNode, { kind: 'server' }>;

/** Refresh: one job (from its node) or every job that can still change. */
export function refreshJobs(deps: JobCommandDeps, node?: JobsNode): void {
  if (node?.kind === 'job') {
    if (hasJob(node.job)) deps.tracking.follow(node.job.jobId);
    return;
  }
  for (const job of deps.jobs.all()) {
    // Finished jobs are refreshed only on request (they may expire); the rest, a payment wait included, always.
    if (hasJob(job) && !isFinished(job.status)) deps.tracking.follow(job.jobId);
  }
}

export async function copyJobId(node: JobNode): Promise<string> {
  await vscode.env.clipboard.writeText(node.job.jobId);
  return node.job.jobId;
}

export async function copyServerId(node: ServerNode): Promise<string | undefined> {
  if (!node.server.id) return undefined;
  await vscode.env.clipboard.writeText(node.server.id);
  return node.server.id;
}

export async function openRequestFile(node: JobNode): Promise<void> {
  if (!node.job.requestFile) return;
  try {
    await vscode.window.showTextDocument(vscode.Uri.parse(node.job.requestFile));
  } catch {
    void vscode.window.showWarningMessage(
      `The request file of job ${node.job.jobId} is no longer there ` +
        `(${vscode.Uri.parse(node.job.requestFile).fsPath}).`,
    );
  }
}

/** The ECS console page of a server (Huawei Cloud console, region in the query). */
export function consoleUrl(region: string, serverId: string): string {
  return (
    `https://console.huaweicloud.com/ecm/?region=${encodeURIComponent(region)}` +
    `#/ecs/detail?instanceId=${encodeURIComponent(serverId)}`
  );
}

export async function openInConsole(deps: JobCommandDeps, node: ServerNode): Promise<void> {
  if (!node.server.id) return;
  const profile = deps.profiles.get(node.job.profileId);
  if (profile?.kind === 'emulator') {
    void vscode.window.showInformationMessage(
      `Server ${node.server.id} exists only in the local emulator, which has no web console.`,
    );
    return;
  }
  await vscode.env.openExternal(vscode.Uri.parse(consoleUrl(node.job.region, node.server.id)));
}

/** Pays the yearly/monthly order of a job waiting for payment, then follows the job again. */
export async function payOrder(deps: JobCommandDeps, node: JobNode): Promise<boolean> {
  const { job } = node;
  if (!job.orderId) return false;
  if (!cloudActionsAllowed()) return refuseUntrusted('Paying an order');
  const profile = deps.profiles.get(job.profileId);
  if (!profile) {
    void vscode.window.showErrorMessage(
      `Profile "${job.profileName}" was removed; pay order ${job.orderId} in the Billing Center instead.`,
    );
    return false;
  }
  const choice = await askModal(
    deps.log,
    `Pay order ${job.orderId} with profile "${profile.name}"?`,
    'The order is paid from the account balance (coupons and discounts are not used). ' +
      'The servers are created after payment.',
    'Pay',
  );
  if (choice !== 'Pay') return false;
  let connection;
  try {
    connection = await connect({ ...profile, projectId: job.projectId }, deps);
    const result = await connection.client.payOrder(job.orderId);
    deps.log.info(
      `Order ${job.orderId} paid (HTTP ${result.status}${result.requestId ? `, request ${result.requestId}` : ''}).`,
    );
    await deps.jobs.update(job.jobId, (j) => ({
      ...j,
      status: 'RUNNING',
      tracker: undefined,
      checkProblem: undefined,
    }));
    deps.tracking.follow(job.jobId);
    return true;
  } catch (error) {
    void showError(`Paying order ${job.orderId} failed: ${describeFailure(error)}`);
    return false;
  } finally {
    await connection?.client.close();
  }
}

/** "Remove from List": asks first, since the entry (job ID, servers) cannot be brought back. */
export async function removeJob(deps: JobCommandDeps, node: JobNode): Promise<boolean> {
  const { job } = node;
  const what = hasJob(job) ? `job ${job.jobId}` : `the submit of ${job.requestName ?? 'this request'}`;
  const servers = job.servers.length === 1 ? 'the server it created is' : 'the servers it created are';
  const choice = await askModal(
    deps.log,
    `Remove ${what} from the ECS Jobs list?`,
    `Only the entry in this list is removed; ${servers} not deleted` +
      ` (they stay in ${job.profileName}, ${job.region}). The entry cannot be brought back.`,
    'Remove',
  );
  if (choice !== 'Remove') return false;
  deps.tracking.stop(node.job.jobId);
  await deps.jobs.remove(node.job.jobId);
  deps.log.info(`Job ${node.job.jobId} removed from the list (the servers are not affected).`);
  return true;
}

/**
 * "Check for Servers by Name": lists the servers whose name is the one the submit asked for, so
 * that after a lost answer the user sees what exists before doing anything else.
 */
export async function checkServers(deps: JobCommandDeps, node: JobNode): Promise<Server[] | undefined> {
  const { job } = node;
  if (!cloudActionsAllowed()) return refuseUntrusted('Checking for servers') || undefined;
  if (!job.requestName) {
    void vscode.window.showWarningMessage(
      'The request has no server name to look for. Look for the servers in the console.',
    );
    return undefined;
  }
  const profile = deps.profiles.get(job.profileId);
  if (!profile) {
    void vscode.window.showErrorMessage(
      `Profile "${job.profileName}" was removed; look for the servers in the console.`,
    );
    return undefined;
  }
  let connection;
  try {
    connection = await connect({ ...profile, projectId: job.projectId }, deps);
    const servers = await findServersByRequestedName(connection.client, job.requestName);
    const lines = servers.map(describeFoundServer);
    deps.log.info(
      `Servers named "${job.requestName}" in ${job.region}: ` +
        `${servers.length}${lines.length ? `\n  ${lines.join('\n  ')}` : ''}`,
    );
    const summary =
      servers.length === 0
        ? `No server named "${job.requestName}" is listed in ${job.region} (a new one can take a moment to appear).`
        : `${servers.length} server${servers.length === 1 ? '' : 's'} named "${job.requestName}" ` +
          `exist in ${job.region} ` +
          `(they may also be from an earlier submit): ${lines.slice(0, 5).join('; ')}${lines.length > 5 ? '; …' : ''}`;
    void showInfo(summary);
    return servers;
  } catch (error) {
    void showError(`Checking for servers named "${job.requestName}" failed: ${describeFailure(error)}`);
    return undefined;
  } finally {
    await connection?.client.close();
  }
}
