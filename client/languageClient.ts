import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
  vsdiag,
} from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE } from '../server/service/api';
import { CONFIG_SECTION, REQUEST_DOCUMENT_SELECTOR } from './constants';
import { sameDiagnostics } from './sameDiagnostics';
import { redactTraceText } from './trace/redactTrace';

/** The id makes the client read `ecs.trace.server` for its message trace. */
const CLIENT_ID = 'ecs';
const CLIENT_NAME = 'ECS Request Language Server';

/**
 * Starts the language server (dist/server.js, bundled next to dist/extension.js) over stdio.
 * Stdio rather than IPC keeps the server usable from other editors and the CLI the same way.
 */
export async function startLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: {
      module: serverModule,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--inspect=6011'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: REQUEST_DOCUMENT_SELECTOR,
    // Push `ecs.*` settings on change; the server may also pull them (workspace/configuration).
    synchronize: { configurationSection: CONFIG_SECTION },
    outputChannel,
    traceOutputChannel: redactingChannel(outputChannel),
    middleware: {
      // Diagnostics are pulled. After new account data or settings the server answers every file
      // again, mostly with what is shown: passed on, that would cancel a quick fix being asked for.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report?.kind !== vsdiag.DocumentDiagnosticReportKind.full || !previousResultId) return report;
        const uri = document instanceof vscode.Uri ? document : document.uri;
        const shown = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
        if (!sameDiagnostics(shown, report.items)) return report;
        return { kind: vsdiag.DocumentDiagnosticReportKind.unChanged, resultId: report.resultId ?? previousResultId };
      },
    },
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  await client.start();
  return client;
}

/**
 * Calls `listener` each time the client restarts the server (after a crash) and the new server is
 * initialized. The client reports "running" before it sends `initialized`, and a server ignores
 * notifications before that: so the listener waits for the start to complete.
 */
export function onServerRestarted(client: LanguageClient, listener: () => void): vscode.Disposable {
  return client.onDidChangeState(({ newState }) => {
    if (newState !== State.Running) return;
    client.start().then(listener, () => undefined);
  });
}

/**
 * The message trace goes through redaction: documents and proposed edits are logged as their
 * length, so `ecs.trace.server` never writes a password or user data (see trace/redactTrace.ts).
 */
function redactingChannel(channel: vscode.OutputChannel): vscode.OutputChannel {
  return {
    name: channel.name,
    append: (value) => channel.append(redactTraceText(value)),
    appendLine: (value) => channel.appendLine(redactTraceText(value)),
    replace: (value) => channel.replace(redactTraceText(value)),
    clear: () => channel.clear(),
    show: (...args: unknown[]) => (channel.show as (...a: unknown[]) => void)(...args),
    hide: () => channel.hide(),
    // The channel belongs to the extension (log.ts), not to the language client.
    dispose: () => undefined,
  };
}
