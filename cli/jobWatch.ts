/** Shows a create job and follows it to the end, with progress on stderr. */
import type { EcsJob } from '../cloud/apiTypes';
import { CREDENTIAL_CODES } from '../cloud/errorCatalog';
import { isFailure, isSuccess } from '../cloud/jobStatus';
import { requestedServerNames, type NamedRequest } from '../request/requestFacts';
import {
  JobTracker,
  jobTrackerOptions,
  serverIdsOf,
  serverLabel,
  withServerNames,
  type JobTrackerState,
} from '../cloud/jobTracker';
import type { CloudSession } from './cloudSession';
import { ExitCode, type ExitCodeValue } from './exitCodes';
import type { CliIo } from './io';
import { onInterrupt } from './signals';

/** What the request asked for: names to show for servers whose real name is not known yet. */
export type RequestedServers = NamedRequest;

function requestedNames(requested: RequestedServers | undefined): string[] {
  return requested ? requestedServerNames(requested) : [];
}

/** The job as `--json` prints it. */
export function jobJson(job: EcsJob, requested?: RequestedServers): Record<string, unknown> {
  const fallback = requestedNames(requested);
  return {
    jobId: job.jobId,
    status: job.status,
    errorCode: job.errorCode ?? null,
    failReason: job.failReason ?? null,
    serverIds: serverIdsOf(job),
    subJobs: job.subJobs.map((s, i) => ({
      status: s.status,
      serverId: s.serverId ?? null,
      serverName: s.serverName ?? null,
      requestedName: fallback[i] ?? null,
      errorCode: s.errorCode ?? null,
      failReason: s.failReason ?? null,
    })),
  };
}

/** One line about a job: status, servers done, reasons of failed servers. */
export function describeJob(job: EcsJob): string {
  const total = job.subJobsTotal ?? job.subJobs.length;
  const done = job.subJobs.filter((s) => isSuccess(s.status)).length;
  const servers = total ? ` (${done}/${total} servers ready)` : '';
  return `job ${job.jobId}: ${job.status}${servers}`;
}

/** The job line, then one line per server: "name (id)  STATUS[: reason [code]]". */
export function jobDetailLines(job: EcsJob, requested?: RequestedServers): string[] {
  const fallback = requestedNames(requested);
  const lines = [describeJob(job)];
  job.subJobs.forEach((sub, i) => {
    const reason = isFailure(sub.status)
      ? `: ${sub.failReason ?? 'no reason given'}${sub.errorCode ? ` [${sub.errorCode}]` : ''}`
      : '';
    const label = serverLabel(sub.serverName ?? fallback[i], sub.serverId) ?? '(no server ID yet)';
    lines.push(`  ${label}  ${sub.status}${reason}`);
  });
  if (isFailure(job.status) && job.failReason)
    lines.push(`  reason: ${job.failReason}${job.errorCode ? ` [${job.errorCode}]` : ''}`);
  return lines;
}

export function printJobDetails(job: EcsJob, io: CliIo, requested?: RequestedServers): void {
  for (const line of jobDetailLines(job, requested)) io.out(line);
}

/** Server names for a job answer (one list call; a failure only leaves the IDs). */
export async function withLookedUpNames(
  session: CloudSession,
  job: EcsJob,
  requested?: RequestedServers,
): Promise<EcsJob> {
  const ids = serverIdsOf(job).filter((id) => !job.subJobs.find((s) => s.serverId === id)?.serverName);
  if (ids.length === 0) return job;
  try {
    return withServerNames(job, await session.client.serverNames(ids, { nameContains: requested?.name }));
  } catch {
    return job;
  }
}

export function exitCodeForPhase(state: JobTrackerState): ExitCodeValue {
  switch (state.phase) {
    case 'success':
    case 'pending-payment':
      return ExitCode.Ok;
    case 'failed':
    case 'expired':
      return ExitCode.RequestFailed;
    case 'cancelled':
      return ExitCode.Interrupted;
    case 'stopped':
      return state.errorCode && CREDENTIAL_CODES.has(state.errorCode) ? ExitCode.Config : ExitCode.Network;
    default:
      return ExitCode.Network;
  }
}

/** Follows a job until it ends or the user presses Ctrl+C. */
export async function followJob(
  session: CloudSession,
  jobId: string,
  io: CliIo,
  requested?: RequestedServers,
): Promise<JobTrackerState> {
  const interruption = onInterrupt();
  let lastLine = '';
  const tracker = new JobTracker(
    jobId,
    jobTrackerOptions(session.client, {
      requestName: requested?.name,
      initialDelayMs: session.jobPollMs,
      maxDelayMs: session.jobPollMs ? session.jobPollMs * 5 : undefined,
      onUpdate: (state) => {
        // The final state is printed once, by the caller (stdout or --json), not here as well.
        if (state.phase !== 'tracking') return;
        const line = state.job ? describeJob(state.job) : `job ${jobId}: waiting`;
        const problem = state.lastProblem ? ` (${state.lastProblem})` : '';
        if (line + problem !== lastLine) io.err(line + problem);
        lastLine = line + problem;
      },
    }),
  );
  io.err(`Waiting for job ${jobId} (Ctrl+C stops waiting; the job goes on in the cloud)...`);
  try {
    const state = await tracker.track(interruption.signal);
    if (state.phase === 'cancelled')
      io.err(`Stopped waiting. Follow the job later with: ecs-request job ${jobId} --wait`);
    else if (state.reason) io.err(state.reason);
    return state;
  } finally {
    interruption.dispose();
  }
}
