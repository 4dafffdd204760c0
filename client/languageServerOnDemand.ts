import * as path from 'path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE } from '../server/service/api';
import { REQUEST_DOCUMENT_SELECTOR } from './constants';
import { currentDiagnostics } from './localChecks';
import { forkServer, ServerProcesses } from './serverProcess';
import { formatOfLanguage } from '../request/languageIds';
import type { DocumentFormat } from '../request/parser/ast';
import { StartTimeline, TIMELINE_ENV } from '../server/lsp/startTimeline';
import { RememberedDiagnosticsView } from './rememberedDiagnosticsView';

/** A field of `initializationOptions`: its value, and what to read before the first `initialize`. */
export interface InitializationField {
  value(): unknown;
  /**
   * Starts reading what the value needs, once, as the server starts (or when the field is added, if
   * it started already); the first `initialize` waits for it. Local reads only, never the network
   * (a rejection is not waited on).
   */
  ready?(): Promise<void>;
}

function isRequestDocument(document: vscode.TextDocument): boolean {
  return vscode.languages.match(REQUEST_DOCUMENT_SELECTOR, document) > 0;
}

/** The formats of the request documents open now (the server loads the YAML parser early for YAML). */
function openRequestFormats(): DocumentFormat[] {
  const formats = vscode.workspace.textDocuments.filter(isRequestDocument).map((d) => formatOfLanguage(d.languageId));
  return formats.filter((format) => format !== undefined);
}

/**
 * Starts the language server (and loads the language client, dist/languageClient.js) when the
 * first request file is open, or at once if one is open at activation. A window without request
 * files runs no server process.
 */
export class LanguageServerOnDemand implements vscode.Disposable {
  private starting?: Promise<LanguageClient | undefined>;
  private readonly opened: vscode.Disposable;
  private announceReady!: (client: Promise<LanguageClient | undefined>) => void;
  private readonly serverStarted = new vscode.EventEmitter<LanguageClient>();
  private restarts?: vscode.Disposable;
  /** Fields other features add to the `initializationOptions` of each `initialize`. */
  private readonly initializationFields = new Map<string, InitializationField>();
  /** The fields' reads, begun when the server started (or when a field was added after). */
  private readonly initializationReads: Promise<void>[] = [];
  /** A server is initialized and takes notifications: the first one, and each one after a restart. */
  readonly onDidStartServer = this.serverStarted.event;
  /** The started client, once a request file was open; undefined if the server did not start. */
  readonly ready = new Promise<LanguageClient | undefined>((resolve) => {
    this.announceReady = resolve;
  });

  /** When activation made this object: the start of the first-diagnostics figure. */
  private readonly createdAt = performance.now();
  private startedAt: number | undefined;
  private processes: ServerProcesses | undefined;
  private clientLoadedAt: number | undefined;
  private runningAt: number | undefined;
  private firstDiagnostics: vscode.Disposable | undefined;
  /** What the server said last time about the files open now, shown until it answers (issue 15). */
  private readonly remembered: RememberedDiagnosticsView;
  private rememberedShownAt: number | undefined;
  /** Wall-clock stamps of the start, logged with the first diagnostics when ECS_TIMELINE=1 (e2e `reload`). */
  private readonly timeline = new StartTimeline(process.env[TIMELINE_ENV] === '1');

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.timeline.mark('activation');
    this.remembered = new RememberedDiagnosticsView(context, log, isRequestDocument, (document) =>
      this.noteRememberedDiagnostics(document),
    );
    this.opened = vscode.workspace.onDidOpenTextDocument((document) => {
      if (isRequestDocument(document)) this.start();
    });
    if (vscode.workspace.textDocuments.some(isRequestDocument)) this.start();
  }

  /** Logs, once, when remembered diagnostics went on screen (the e2e suite reports it). */
  private noteRememberedDiagnostics(document: vscode.TextDocument): void {
    if (this.rememberedShownAt !== undefined) return;
    this.rememberedShownAt = performance.now();
    this.timeline.mark('remembered diagnostics shown');
    const ms = Math.round(this.rememberedShownAt - this.createdAt);
    this.log.info(
      `First diagnostics (${path.basename(document.uri.path)}) ${ms} ms after activation, remembered from ` +
        "the language server's last answer for this text.",
    );
  }

  /**
   * Logs, once, how long the server's first diagnostics of a request file took from activation
   * (issue 15: after a window reload the first ones must not wait for the server's warm-up, which
   * remembered diagnostics cover); the e2e suite reports it.
   */
  private noteFirstDiagnostics(): void {
    this.firstDiagnostics = vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      // Before the server's first answer, only remembered diagnostics can be on screen.
      if (!this.remembered.serverAnswered) return;
      const document = vscode.workspace.textDocuments.find(
        (d) => isRequestDocument(d) && uris.some((u) => u.toString() === d.uri.toString()),
      );
      if (!document || !vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'ECS')) return;
      this.firstDiagnostics?.dispose();
      this.timeline.mark('first diagnostics shown');
      const now = performance.now();
      const after = (at: number | undefined) =>
        at === undefined ? 'not yet' : `${Math.round(at - this.createdAt)} ms`;
      const which = this.rememberedShownAt === undefined ? 'First diagnostics' : "The server's first diagnostics";
      this.log.info(
        `${which} (${path.basename(document.uri.path)}) ${Math.round(now - this.createdAt)} ms after ` +
          `activation; since activation: server start ${after(this.startedAt)}, server process forked ` +
          `${after(this.processes?.firstStartedAt)}, language client loaded ${after(this.clientLoadedAt)}, ` +
          `server initialized ${after(this.runningAt)}.`,
      );
      if (this.timeline.enabled) this.log.info(this.timeline.line('client'));
    });
  }

  /**
   * When the server's first process was forked and the language client loaded, in ms since
   * activation (undefined until then): the process is meant to start before the client has loaded.
   */
  get startTimes(): { processForked?: number; clientLoaded?: number } {
    const since = (at: number | undefined) => (at === undefined ? undefined : at - this.createdAt);
    return { processForked: since(this.processes?.firstStartedAt), clientLoaded: since(this.clientLoadedAt) };
  }

  /**
   * Adds `name` to the `initializationOptions` sent with each `initialize` (the first, and after a
   * restart), with the value `field.value()` gives then (docs/lsp-extensions.md).
   */
  addInitializationField(name: string, field: InitializationField): vscode.Disposable {
    this.initializationFields.set(name, field);
    if (this.started) this.beginRead(field);
    return new vscode.Disposable(() => this.initializationFields.delete(name));
  }

  private beginRead(field: InitializationField): void {
    const read = field.ready?.();
    if (read) this.initializationReads.push(read.catch(() => undefined));
  }

  /** Whether the server was started (its process spawned), which a request file does. */
  get started(): boolean {
    return this.starting !== undefined;
  }

  private start(): void {
    if (this.starting) return;
    this.opened.dispose();
    this.startedAt = performance.now();
    this.timeline.mark('server start');
    this.noteFirstDiagnostics();
    // The server's process first: Node starts it while the extension host loads the client.
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const processes = new ServerProcesses(() =>
      forkServer(
        serverModule,
        (error) => this.log.error(`The ECS language server process failed: ${error.message}`),
        openRequestFormats(),
      ),
    );
    this.processes = processes;
    this.timeline.mark('process forked');
    // While the process starts and the client loads (the account data's cached snapshot, from disk).
    for (const field of this.initializationFields.values()) this.beginRead(field);
    this.starting = import('./languageClient')
      .then(async ({ startLanguageClient, onServerRestarted }) => {
        this.clientLoadedAt = performance.now();
        this.timeline.mark('language client loaded');
        // Local reads only (a file in global storage): the server process is still starting meanwhile.
        // They finish in the extension host's next I/O turn, which the client's load held back.
        await Promise.all(this.initializationReads);
        this.timeline.mark('initialization data read');
        const fields = () =>
          Object.fromEntries([...this.initializationFields].map(([name, field]) => [name, field.value()]));
        const client = await startLanguageClient(this.context, this.log, processes, {
          moreInitializationOptions: fields,
          timeline: this.timeline,
          onDiagnosticsAnswer: (document, version, items) => this.remembered.serverAnswer(document, version, items),
        });
        this.runningAt = performance.now();
        this.restarts = onServerRestarted(client, () => this.serverStarted.fire(client));
        // Its listeners (the account data) run now: the time line shows what they cost the host.
        this.timeline.mark('server started event');
        this.serverStarted.fire(client);
        this.timeline.mark('server started event handled');
        return client;
      })
      .catch((error: unknown) => {
        processes.stopLatest();
        const reason = error instanceof Error ? error.message : String(error);
        this.log.error(`The ECS language server did not start: ${reason}`);
        const message =
          'The ECS language server did not start, so request files are not checked. ' +
          'See the "ECS Request Tools" output for the reason.';
        void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
          if (choice) this.log.show();
        });
        return undefined;
      });
    this.announceReady(this.starting);
  }

  /**
   * The server's diagnostics of `document` for its current text (asked now, not what the editor
   * happens to show yet); what is shown when no server runs or it cannot answer.
   */
  async diagnosticsOf(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
    const shown = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const client = await this.starting;
    const server = client && {
      sendRequest: (method: string, params: unknown) => client.sendRequest(method, params),
      convert: (items: Parameters<typeof client.protocol2CodeConverter.asDiagnostics>[0]) =>
        client.protocol2CodeConverter.asDiagnostics(items),
    };
    const diagnostics = await currentDiagnostics(document.uri.toString(), server, shown);
    return diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  }

  /** Stops the server if it was started (on deactivation). */
  async stop(): Promise<void> {
    const client = await this.starting;
    this.starting = undefined;
    this.restarts?.dispose();
    try {
      await client?.stop();
    } finally {
      this.processes?.stopLatest();
    }
  }

  dispose(): void {
    this.opened.dispose();
    this.restarts?.dispose();
    this.serverStarted.dispose();
    this.firstDiagnostics?.dispose();
    this.remembered.dispose();
  }
}
