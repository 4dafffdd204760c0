/** Maps errors of the cloud core (cloud/errors.ts) to CLI messages and documented exit codes. */
import { CloudError, EcsApiError } from '../cloud/errors';
import { CliError } from './cliError';
import { ExitCode, type ExitCodeValue } from './exitCodes';

export function exitCodeForCloudError(error: CloudError): ExitCodeValue {
  if (error instanceof EcsApiError) {
    if (error.credentialProblem) return ExitCode.Config;
    if (error.retryable) return ExitCode.Network;
    return ExitCode.RequestFailed;
  }
  switch (error.kind) {
    case 'cancelled':
      return ExitCode.Interrupted;
    case 'missing-credentials':
    case 'invalid-target':
    case 'project-lookup':
      return ExitCode.Config;
    default:
      return ExitCode.Network;
  }
}

/** The one paragraph a person reads about a failed call. */
export function describeCloudError(error: CloudError): string {
  return error instanceof EcsApiError ? error.describe() : error.message;
}

/** Turns a CloudError into a CliError; anything else is rethrown unchanged. */
export function asCliError(error: unknown): never {
  if (error instanceof CloudError) throw new CliError(describeCloudError(error), exitCodeForCloudError(error));
  throw error;
}

/** The JSON shape of an error in `--json` output. */
export function cloudErrorJson(error: CloudError): Record<string, unknown> {
  if (error instanceof EcsApiError) {
    return {
      code: error.code,
      message: error.serviceMessage,
      details: error.details,
      httpStatus: error.httpStatus,
      requestId: error.requestId ?? null,
      explanation: error.explanation,
      whatToDo: error.whatToDo,
    };
  }
  return { code: error.kind, message: error.message };
}
