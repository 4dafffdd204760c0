/**
 * `ecs-request submit <file>`: creates the servers (after a confirmation on a terminal) and,
 * with --wait, follows the create job to the end.
 */
import type { JobTrackerState } from '../../cloud/jobTracker';
import { CloudError } from '../../cloud/errors';
import { CliError, usageError } from '../cliError';
import { openSession, type CloudSession } from '../cloudSession';
import { cloudErrorJson, describeCloudError, exitCodeForCloudError } from '../cloudErrors';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { exitCodeForPhase, followJob, jobJson, printJobDetails, type RequestedServers } from '../jobWatch';
import { prepareOutgoingRequest, type OutgoingRequest } from '../outgoingRequest';
import { formatSummary, summarizeRequest } from '../requestSummary';
import type { TargetOptions } from '../target';

export interface SubmitOptions {
  readonly file: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly wait: boolean;
  readonly yes: boolean;
  readonly target: TargetOptions;
}

async function confirm(session: CloudSession, request: OutgoingRequest, io: CliIo): Promise<boolean> {
  const summary = summarizeRequest(request.prepared.value, session.region, session.projectId);
  io.err(`About to create servers from ${request.displayPath} on ${session.targetLabel}:`);
  for (const line of formatSummary(summary)) io.err(line);
  const answer = await io.ask(`Create ${summary.count} server${summary.count === 1 ? '' : 's'}? [y/N] `);
  return /^y(es)?$/i.test(answer.trim());
}

/** server.name / count / isAutoRename of the request, for server labels before the real names are known. */
function requestedServers(body: unknown): RequestedServers {
  const server = (body as { server?: Record<string, unknown> } | undefined)?.server ?? {};
  return {
    name: typeof server.name === 'string' ? server.name : undefined,
    count: typeof server.count === 'number' ? server.count : 1,
    autoRename: server.isAutoRename === true,
  };
}

export async function runSubmit(options: SubmitOptions, io: CliIo): Promise<ExitCodeValue> {
  const request = await prepareOutgoingRequest(options.file, options.force, io);
  if (!options.yes && !io.interactive) {
    throw usageError('submit creates (and may bill) servers, and asks for confirmation first, but stdin is not a terminal. Add --yes to confirm from a script.');
  }
  const session = await openSession(options.target, io, { secrets: request.prepared.filledValues });
  try {
    if (!options.yes && !(await confirm(session, request, io))) {
      throw new CliError('Nothing was created (not confirmed).', ExitCode.Interrupted);
    }
    const result = await session.client.createServers(request.prepared.value);
    if (result.dryRun) {
      const note = 'The file asks for a dry run (dry_run: true): ECS checked the request and created nothing. Remove dry_run to create servers.';
      if (options.json) io.out(JSON.stringify({ ok: true, dryRun: true, status: result.status, requestId: result.requestId ?? null }));
      else io.out(note);
      return ExitCode.Ok;
    }
    if (!options.json) {
      io.out(`Submitted: job ${result.jobId ?? '(none returned)'}${result.orderId ? `, order ${result.orderId}` : ''}.`);
      if (result.orderId) io.out(`The yearly/monthly order ${result.orderId} must be paid before the servers are created (unless isAutoPay is true).`);
    }
    let state: JobTrackerState | undefined;
    const requested = requestedServers(request.prepared.value);
    if (options.wait && result.jobId) {
      state = await followJob(session, result.jobId, io, requested);
      if (!options.json && state.job) printJobDetails(state.job, io, requested);
    } else if (!options.json && result.jobId) {
      io.out(`Follow it with: ecs-request job ${result.jobId} --wait`);
    }
    if (options.json) {
      io.out(JSON.stringify({
        ok: true, dryRun: false, status: result.status, jobId: result.jobId ?? null, orderId: result.orderId ?? null,
        serverIds: result.serverIds ?? [], requestId: result.requestId ?? null, clientToken: result.clientToken,
        phase: state?.phase ?? null, reason: state?.reason ?? null, job: state?.job ? jobJson(state.job, requested) : null,
      }));
    }
    return state ? exitCodeForPhase(state) : ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    if (options.json) io.out(JSON.stringify({ ok: false, dryRun: false, error: cloudErrorJson(error) }));
    io.err(`Submit failed: ${describeCloudError(error)}`);
    return exitCodeForCloudError(error);
  } finally {
    await session.close();
  }
}
