/** Shows a create job and follows it to the end, with progress on stderr. */
import type { EcsJob } from '../cloud/apiTypes';
import { CREDENTIAL_CODES } from '../cloud/errorCatalog';
import { JobTracker, type JobTrackerState } from '../cloud/jobTracker';
import type { CloudSession } from './cloudSession';
import { ExitCode, type ExitCodeValue } from './exitCodes';
import type { CliIo } from './io';
import { onInterrupt } from './signals';

/** The job as `--json` prints it. */
export function jobJson(job: EcsJob): Record<string, unknown> {
  return {
    jobId: job.jobId,
    status: job.status,
    errorCode: job.errorCode ?? null,
    failReason: job.failReason ?? null,
    serverIds: job.subJobs.map((s) => s.serverId).filter((id): id is string => !!id),
    subJobs: job.subJobs.map((s) => ({ status: s.status, serverId: s.serverId ?? null, errorCode: s.errorCode ?? null, failReason: s.failReason ?? null })),
  };
}

/** One line about a job: status, servers done, reasons of failed servers. */
export function describeJob(job: EcsJob): string {
  const total = job.subJobsTotal ?? job.subJobs.length;
  const done = job.subJobs.filter((s) => s.status === 'SUCCESS').length;
  const servers = total ? ` (${done}/${total} servers ready)` : '';
  return `job ${job.jobId}: ${job.status}${servers}`;
}

export function printJobDetails(job: EcsJob, io: CliIo): void {
  io.out(describeJob(job));
  for (const sub of job.subJobs) {
    const reason = sub.status === 'FAIL' ? `: ${sub.failReason ?? 'no reason given'}${sub.errorCode ? ` [${sub.errorCode}]` : ''}` : '';
    io.out(`  ${sub.serverId ?? '(no server ID yet)'}  ${sub.status}${reason}`);
  }
  if (job.status === 'FAIL' && job.failReason) io.out(`  reason: ${job.failReason}${job.errorCode ? ` [${job.errorCode}]` : ''}`);
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
export async function followJob(session: CloudSession, jobId: string, io: CliIo): Promise<JobTrackerState> {
  const interruption = onInterrupt();
  let lastLine = '';
  const tracker = new JobTracker(jobId, {
    fetchJob: (id, signal) => session.client.getJob(id, { signal }),
    initialDelayMs: session.jobPollMs,
    maxDelayMs: session.jobPollMs ? session.jobPollMs * 5 : undefined,
    onUpdate: (state) => {
      const line = state.job ? describeJob(state.job) : `job ${jobId}: waiting`;
      const problem = state.lastProblem ? ` (${state.lastProblem})` : '';
      if (line + problem !== lastLine) io.err(line + problem);
      lastLine = line + problem;
    },
  });
  io.err(`Waiting for job ${jobId} (Ctrl+C stops waiting; the job goes on in the cloud)...`);
  try {
    const state = await tracker.track(interruption.signal);
    if (state.phase === 'cancelled') io.err(`Stopped waiting. Follow the job later with: ecs-request job ${jobId} --wait`);
    else if (state.reason) io.err(state.reason);
    return state;
  } finally {
    interruption.dispose();
  }
}
