/**
 * Keeps the server alive whatever a handler throws: every LSP handler runs through `guard`,
 * which logs the failure to the client's output channel and answers a harmless fallback.
 * The log names the handler and the code location only: error messages may quote document
 * text (a parser echoing a token, a value in a rule message), and documents can hold secrets.
 */
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';

export interface ErrorLog {
  error(message: string): void;
}

/** A log line for an exception without its message: the error class and the top stack frames. */
export function describeError(where: string, error: unknown): string {
  if (!(error instanceof Error)) return `${where} failed (${typeof error} thrown)`;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 6);
  return [`${where} failed: ${error.name}`, ...frames.map((f) => `    ${f}`)].join('\n');
}

/** Runs `work`, logging and returning `fallback` if it throws. */
export function guard<T>(log: ErrorLog, where: string, fallback: T, work: () => T): T {
  try {
    return work();
  } catch (error) {
    log.error(describeError(where, error));
    return fallback;
  }
}

/** The async twin of `guard`. */
export async function guardAsync<T>(log: ErrorLog, where: string, fallback: T, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    log.error(describeError(where, error));
    return fallback;
  }
}

/** The answer for a request the client cancelled with `$/cancelRequest`. */
export function cancelled(): ResponseError<void> {
  return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

export function isCancelled(token: CancellationToken | undefined): boolean {
  return token?.isCancellationRequested === true;
}
