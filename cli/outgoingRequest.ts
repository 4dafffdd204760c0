/**
 * From a request file to the body that is sent: the local check first (the same diagnostics as
 * the editor; errors stop the command unless --force), then placeholders filled in from the
 * environment: `${env:NAME}` from NAME, `${secret:NAME}` from ECS_SECRET_NAME.
 */
import {
  findPlaceholders,
  MissingValueError,
  prepareParsedRequest,
  requestBodyOf,
  RequestShapeError,
  RequestSyntaxError,
  type PreparedRequest,
  type SecretProvider,
} from '../cloud/prepare';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../request/parser/ast';
import { CliError } from './cliError';
import { ExitCode } from './exitCodes';
import type { CliIo } from './io';
import { checkRequestFile, formatDiagnosticLine, isError } from './requestFile';

export const SECRET_ENV_PREFIX = 'ECS_SECRET_';

export function environmentSecrets(env: Record<string, string | undefined>): SecretProvider {
  return { get: async (name) => env[`${SECRET_ENV_PREFIX}${name}`] };
}

/** How to fill the secrets a request uses, naming each environment variable. */
function secretHint(parsed: ParsedDocument): string {
  let names: string[] = [];
  try {
    names = findPlaceholders(requestBodyOf(parsed))
      .filter((use) => use.kind === 'secret')
      .map((use) => `${SECRET_ENV_PREFIX}${use.name}`);
  } catch {
    // The file does not parse; prepareParsedRequest reports that.
  }
  const list = names.length ? [...new Set(names)].join(', ') : `${SECRET_ENV_PREFIX}<NAME>`;
  return `The CLI reads \${secret:NAME} from the environment variable ${SECRET_ENV_PREFIX}NAME: set ${list}`;
}

export interface OutgoingRequest {
  readonly displayPath: string;
  /** The file as checked (tree with offsets): where a cloud error's field is in the text. */
  readonly parsed: ParsedDocument;
  /** The local check's diagnostics (printed already). */
  readonly diagnostics: Diagnostic[];
  readonly prepared: PreparedRequest;
}

export async function prepareOutgoingRequest(file: string, force: boolean, io: CliIo): Promise<OutgoingRequest> {
  const checked = checkRequestFile(file, io.cwd);
  for (const diagnostic of checked.diagnostics) io.err(formatDiagnosticLine(checked.displayPath, diagnostic));
  const errors = checked.diagnostics.filter(isError).length;
  if (errors > 0 && !force) {
    throw new CliError(
      `${checked.displayPath} has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was sent. ` +
        'Fix them, or add --force to send the request anyway.',
      ExitCode.RequestFailed,
    );
  }
  try {
    // The parse that was checked is the one that is sent.
    const prepared = await prepareParsedRequest(checked.parsed, {
      env: io.env,
      secrets: environmentSecrets(io.env),
      howToProvide: { secret: secretHint(checked.parsed) },
    });
    return { displayPath: checked.displayPath, parsed: checked.parsed, diagnostics: checked.diagnostics, prepared };
  } catch (error) {
    if (error instanceof MissingValueError) throw new CliError(error.message, ExitCode.Config);
    if (error instanceof RequestSyntaxError || error instanceof RequestShapeError) {
      throw new CliError(`${checked.displayPath}: ${error.message}`, ExitCode.RequestFailed);
    }
    throw error;
  }
}
