/**
 * The local checks of a document as the language server sees its current text. Reading the
 * Problems panel right after a file opens or changes can find nothing yet (the server has not
 * answered for that version), and a pre-flight would then say "local checks passed". So the
 * server is asked now with a pull-diagnostics request: the client sends the pending changes
 * first, and the answer is for the text the command reads. Structural types only (no vscode), so
 * it is tested in Node.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';

/** The method of LSP's pull diagnostics (textDocument/diagnostic). */
export const DOCUMENT_DIAGNOSTIC_METHOD = 'textDocument/diagnostic';

export interface DiagnosticsServer<D> {
  sendRequest(method: string, params: unknown): Promise<unknown>;
  /** LSP diagnostics as the editor's (the client's converter). */
  convert(items: LspDiagnostic[]): Promise<D[]>;
}

/**
 * The server's diagnostics of `uri` for its current text. `shown` (what the editor shows) is read
 * only when the server gives no full answer (it failed, or does not pull): then it is the best left.
 */
export async function currentDiagnostics<D>(
  uri: string,
  server: DiagnosticsServer<D> | undefined,
  shown: () => D[],
): Promise<D[]> {
  if (!server) return shown();
  let report: unknown;
  try {
    report = await server.sendRequest(DOCUMENT_DIAGNOSTIC_METHOD, { textDocument: { uri } });
  } catch {
    return shown();
  }
  const full = report as { kind?: unknown; items?: unknown } | null | undefined;
  if (full?.kind !== 'full' || !Array.isArray(full.items)) return shown();
  return server.convert(full.items as LspDiagnostic[]);
}
