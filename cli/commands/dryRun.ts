/** `ecs-request dry-run <file>`: ECS checks the request (parameters, quota, stock) and creates nothing. */
import { CloudError } from '../../cloud/errors';
import { openSession } from '../cloudSession';
import { formatLocatedProblem, locateCloudError, locatedProblemJson } from '../cloudErrorFields';
import { cloudErrorJson, describeCloudError, exitCodeForCloudError } from '../cloudErrors';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { prepareOutgoingRequest } from '../outgoingRequest';
import type { TargetOptions } from '../target';

export interface DryRunOptions {
  readonly file: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly target: TargetOptions;
}

export async function runDryRun(options: DryRunOptions, io: CliIo): Promise<ExitCodeValue> {
  const request = await prepareOutgoingRequest(options.file, options.force, io);
  const session = await openSession(options.target, io, { secrets: request.prepared.filledValues });
  try {
    io.err(`Dry run of ${request.displayPath} against ${session.targetLabel}, project ${session.projectId}...`);
    const result = await session.client.createServers(request.prepared.value, { dryRun: true });
    if (options.json)
      io.out(JSON.stringify({ ok: true, dryRun: true, status: result.status, requestId: result.requestId ?? null }));
    else io.out(`Dry run passed (HTTP ${result.status}): ECS accepted the request; nothing was created.`);
    return ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    // A refusal that names a field is put on its line, where the editor marks it.
    const located = locateCloudError(error, request.parsed, request.prepared.value);
    if (options.json) {
      io.out(
        JSON.stringify({
          ok: false,
          dryRun: true,
          error: cloudErrorJson(error),
          fields: located.map(locatedProblemJson),
        }),
      );
    } else {
      for (const problem of located) io.err(formatLocatedProblem(request.displayPath, problem));
      io.err(`Dry run failed: ${describeCloudError(error)}`);
    }
    return exitCodeForCloudError(error);
  } finally {
    await session.close();
  }
}
