/** `ecs-request job <job-id> [--wait]`: the status of a create job and its servers. */
import { isResourceId } from '../../cloud/endpoints';
import { CloudError } from '../../cloud/errors';
import { isFailure } from '../../cloud/jobStatus';
import { usageError } from '../cliError';
import { printable } from '../printable';
import { openSession } from '../cloudSession';
import { cloudErrorJson, describeCloudError, exitCodeForCloudError } from '../cloudErrors';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { exitCodeForPhase, followJob, jobJson, printJobDetails, withLookedUpNames } from '../jobWatch';
import type { TargetOptions } from '../target';

export interface JobOptions {
  readonly jobId: string;
  readonly json: boolean;
  readonly wait: boolean;
  readonly target: TargetOptions;
}

export async function runJob(options: JobOptions, io: CliIo): Promise<ExitCodeValue> {
  if (!isResourceId(options.jobId)) {
    throw usageError(
      `"${printable(options.jobId)}" is not a job ID: job IDs hold only letters, digits, "-" and "_" ` +
        '(e.g. ff808082739334d80173943ec9b42130).',
    );
  }
  const session = await openSession(options.target, io);
  try {
    if (options.wait) {
      const state = await followJob(session, options.jobId, io);
      if (options.json) {
        io.out(
          JSON.stringify({
            jobId: options.jobId,
            phase: state.phase,
            reason: state.reason ?? null,
            job: state.job ? jobJson(state.job) : null,
          }),
        );
      } else if (state.job) printJobDetails(state.job, io);
      return exitCodeForPhase(state);
    }
    const job = await withLookedUpNames(session, await session.client.getJob(options.jobId));
    if (options.json) io.out(JSON.stringify({ jobId: options.jobId, job: jobJson(job) }));
    else printJobDetails(job, io);
    return isFailure(job.status) ? ExitCode.RequestFailed : ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    if (options.json) io.out(JSON.stringify({ jobId: options.jobId, error: cloudErrorJson(error) }));
    io.err(`Could not read job ${options.jobId}: ${describeCloudError(error)}`);
    return exitCodeForCloudError(error);
  } finally {
    await session.close();
  }
}
