import * as vscode from 'vscode';
import {
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  type ErrorHandler,
  ServerOptions,
  State,
  vsdiag,
} from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE } from '../server/service/api';
import { CONFIG_SECTION, REQUEST_DOCUMENT_SELECTOR } from './constants';
import { sameDiagnostics } from './sameDiagnostics';
import { STORED_SECRET_NAMES_NOTIFICATION } from '../server/service/storedSecrets';
import { placeholderNameOfKey, SECRET_NAMES_KEY } from './profiles/secretNames';
import { SecretStore } from './profiles/secretStore';
import { redactTraceText } from './trace/redactTrace';
import type { ServerProcesses } from './serverProcess';
import { StartTimeline } from '../server/lsp/startTimeline';

/** The id makes the client read `ecs.trace.server` for its message trace. */
const CLIENT_ID = 'ecs';
const CLIENT_NAME = 'ECS Request Language Server';

/** What the caller adds to the language client: its start, and what it hears of the answers. */
export interface LanguageClientHooks {
  /** More fields of `initializationOptions` (the account data), read as each `initialize` is sent. */
  readonly moreInitializationOptions?: () => Record<string, unknown>;
  readonly timeline?: StartTimeline;
  /**
   * The server answered a diagnostics pull for `document` as it was at `version`: with the items of
   * a full answer, or undefined when it said "unchanged" (rememberedDiagnosticsView.ts).
   */
  readonly onDiagnosticsAnswer?: (
    document: vscode.TextDocument,
    version: number,
    items: readonly vscode.Diagnostic[] | undefined,
  ) => void;
}

/**
 * Starts the language client on the language server's processes (dist/server.js over stdio; the
 * first one already started, see serverProcess.ts). Stdio rather than IPC keeps the server usable
 * from other editors and the CLI the same way.
 */
export async function startLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  processes: ServerProcesses,
  hooks: LanguageClientHooks = {},
): Promise<LanguageClient> {
  const { moreInitializationOptions = () => ({}), timeline = new StartTimeline(false), onDiagnosticsAnswer } = hooks;
  const serverOptions: ServerOptions = async () => processes.next();
  const clientOptions: LanguageClientOptions = {
    documentSelector: REQUEST_DOCUMENT_SELECTOR,
    // Push `ecs.*` settings on change; the server may also pull them (workspace/configuration).
    synchronize: { configurationSection: CONFIG_SECTION },
    outputChannel,
    traceOutputChannel: redactingChannel(outputChannel),
    // The `ecs` section up front, as workspace/configuration would give it: the first diagnostics
    // then need no round trip to this extension host, which is busy while a window starts.
    // (A function: the client calls it as it sends `initialize`, which the time line stamps.)
    initializationOptions: () => {
      timeline.mark('initialize sent');
      const settings = { [CONFIG_SECTION]: vscode.workspace.getConfiguration().get(CONFIG_SECTION) };
      return { ...moreInitializationOptions(), settings };
    },
    middleware: {
      didOpen: (document, next) => {
        timeline.mark('didOpen sent');
        return next(document);
      },
      workspace: {
        configuration: async (params, token, next) => {
          timeline.mark('configuration asked');
          const answer = await next(params, token);
          timeline.mark('configuration answered');
          return answer;
        },
      },
      // Diagnostics are pulled. After new account data or settings the server answers every file
      // again, mostly with what is shown: passed on, that would cancel a quick fix being asked for.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        timeline.mark('diagnostics pull sent');
        const uri = document instanceof vscode.Uri ? document : document.uri;
        const textDocument = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const version = textDocument?.version;
        const report = await next(document, previousResultId, token);
        timeline.mark(token.isCancellationRequested ? 'diagnostics pull cancelled' : 'diagnostics pull answered');
        const full = report?.kind === vsdiag.DocumentDiagnosticReportKind.full ? report : undefined;
        if (textDocument && version !== undefined && report && !token.isCancellationRequested)
          onDiagnosticsAnswer?.(textDocument, version, full?.items);
        if (!full || !previousResultId) return report;
        const shown = vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
        if (!sameDiagnostics(shown, full.items)) return report;
        return { kind: vsdiag.DocumentDiagnosticReportKind.unChanged, resultId: full.resultId ?? previousResultId };
      },
    },
  };
  // When the server process dies, a message written before the close is seen fails (EPIPE), and the
  // library's default answer to a failed write is to shut the client down: the server was then never
  // restarted. A failed write is not a reason to give up; the close that follows restarts the server,
  // within the library's own limit (five crashes in three minutes).
  const restarts: { policy?: ErrorHandler } = {};
  clientOptions.errorHandler = {
    error: () => ({ action: ErrorAction.Continue }),
    closed: () => restarts.policy!.closed(),
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  restarts.policy = client.createDefaultErrorHandler(4);
  // Before start(): the first Running state (and each one after a restart) sends the names.
  context.subscriptions.push(syncStoredSecretNames(client, context.secrets, outputChannel));
  const running = client.onDidChangeState(({ newState }) => {
    if (newState === State.Running) timeline.mark('initialize answered');
  });
  timeline.mark('client start() called');
  try {
    await client.start();
  } finally {
    running.dispose();
  }
  timeline.mark('client start() resolved');
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
 * Tells the server the names of the stored `${secret:NAME}` values (never the values;
 * docs/lsp-extensions.md, `ecs/storedSecretNames`): when it starts or restarts, and after a secret is
 * stored or deleted in any window. When SecretStorage cannot be read, the names are "not known".
 */
function syncStoredSecretNames(
  client: LanguageClient,
  storage: vscode.SecretStorage,
  log: vscode.LogOutputChannel,
): vscode.Disposable {
  const secrets = new SecretStore(storage);
  const send = async () => {
    const names = await secrets.placeholderNames().catch(() => null);
    if (client.state === State.Running) await client.sendNotification(STORED_SECRET_NAMES_NOTIFICATION, { names });
  };
  const failed = (error: unknown) =>
    log.warn(`Could not tell the language server the stored secret names: ${String(error)}`);
  return vscode.Disposable.from(
    // "Running" comes before the client sends `initialized`; start() resolves after it.
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running)
        client
          .start()
          .then(send, () => undefined)
          .catch(failed);
    }),
    storage.onDidChange(({ key }) => {
      const name = placeholderNameOfKey(key);
      if (key === SECRET_NAMES_KEY) send().catch(failed);
      // A value stored or deleted elsewhere: the list follows (and its change sends the names).
      else if (name !== undefined) secrets.reconcileName(name).catch(failed);
    }),
  );
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
