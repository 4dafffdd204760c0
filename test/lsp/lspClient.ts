/**
 * A minimal LSP client for protocol tests: spawns `node dist/server.js --stdio`, speaks JSON-RPC
 * with vscode-languageserver-protocol, answers workspace/configuration from `settings`, and lets
 * tests wait for the next publishDiagnostics of a document (events, never sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER_JS = path.resolve(__dirname, '../../../dist/server.js');
const WAIT_DEADLINE_MS = 10_000;

interface Waiter {
  readonly accept: (params: PublishDiagnosticsParams) => boolean;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
}

export interface ClientOptions {
  /** Announce pull diagnostics (textDocument/diagnostic) support. */
  readonly pullDiagnostics?: boolean;
  /** The `ecs` settings section returned for workspace/configuration. */
  settings?: unknown;
  /** Node.js options for the server process (a `--require` preload, say). */
  readonly nodeOptions?: readonly string[];
  /** Announce `workspace/inlayHint/refresh` support. */
  readonly inlayHintRefresh?: boolean;
  /** Sent as `initializationOptions` (the client's settings up front, as the extension does). */
  readonly initializationOptions?: unknown;
  /** Never answer workspace/configuration (an extension host busy starting up). */
  readonly configurationNeverAnswers?: boolean;
  /** Announce LSP 3.17 `completionList.itemDefaults` with these names (VS Code declares five). */
  readonly completionItemDefaults?: readonly string[];
  /** Arguments for the server after `--stdio` (`--open-formats=yaml`, say). */
  readonly serverArgs?: readonly string[];
  /** Environment variables added to the server process's. */
  readonly env?: Readonly<Record<string, string>>;
}

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  readonly logs: string[] = [];
  readonly configurationRequests: unknown[] = [];
  /** How many `workspace/diagnostic/refresh` requests the server sent. */
  diagnosticRefreshes = 0;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: Waiter[] = [];
  private logWaiters: { readonly accept: (message: string) => boolean; readonly resolve: (message: string) => void }[] =
    [];
  private versions = new Map<string, number>();
  private inlayHintRefreshWaiters: (() => void)[] = [];
  private readonly exitPromise: Promise<number | null>;

  constructor(private readonly options: ClientOptions = {}) {
    this.process = spawn(
      process.execPath,
      [...(options.nodeOptions ?? []), SERVER_JS, '--stdio', ...(options.serverArgs ?? [])],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, ...options.env },
      },
    );
    this.exitPromise = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stderr?.on('data', (chunk: Buffer) => this.logs.push(`[stderr] ${chunk.toString()}`));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      this.onPublish(params),
    );
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.onLog(params.message));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationRequests.push(params);
      if (this.options.configurationNeverAnswers) return new Promise(() => undefined);
      return params.items.map((item) => (item.section === 'ecs' ? (this.options.settings ?? null) : null));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.diagnosticRefreshes++;
      return null;
    });
    this.connection.onRequest('workspace/inlayHint/refresh', () => {
      const waiting = this.inlayHintRefreshWaiters;
      this.inlayHintRefreshWaiters = [];
      for (const resolve of waiting) resolve();
      return null;
    });
    this.connection.listen();
  }

  set settings(value: unknown) {
    this.options.settings = value;
  }

  async initialize(): Promise<InitializeResult> {
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        didChangeConfiguration: { dynamicRegistration: true },
        diagnostics: this.options.pullDiagnostics ? { refreshSupport: true } : undefined,
        inlayHint: this.options.inlayHintRefresh ? { refreshSupport: true } : undefined,
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        completion: {
          completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] },
          ...(this.options.completionItemDefaults
            ? { completionList: { itemDefaults: [...this.options.completionItemDefaults] } }
            : {}),
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { versionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        diagnostic: this.options.pullDiagnostics ? { dynamicRegistration: false } : undefined,
      },
    };
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      ...(this.options.initializationOptions !== undefined
        ? { initializationOptions: this.options.initializationOptions }
        : {}),
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  private onLog(message: string): void {
    this.logs.push(message);
    this.logWaiters = this.logWaiters.filter((waiter) => {
      if (!waiter.accept(message)) return true;
      waiter.resolve(message);
      return false;
    });
  }

  /** Resolves with the first log message (already received or coming) that matches `pattern`. */
  waitForLog(pattern: RegExp): Promise<string> {
    const known = this.logs.find((message) => pattern.test(message));
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no log message matching ${pattern} within ${WAIT_DEADLINE_MS} ms`)),
        WAIT_DEADLINE_MS,
      );
      this.logWaiters.push({
        accept: (message) => pattern.test(message),
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  /** Resolves at the next `workspace/inlayHint/refresh` request of the server (after this call). */
  nextInlayHintRefresh(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no workspace/inlayHint/refresh within ${WAIT_DEADLINE_MS} ms`)),
        WAIT_DEADLINE_MS,
      );
      this.inlayHintRefreshWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Every URI the server has published diagnostics for so far. */
  get publishedUris(): string[] {
    return [...this.published.keys()];
  }

  private onPublish(params: PublishDiagnosticsParams): void {
    const list = this.published.get(params.uri) ?? [];
    list.push(params);
    this.published.set(params.uri, list);
    this.waiters = this.waiters.filter((waiter) => {
      if (!waiter.accept(params)) return true;
      waiter.resolve(params);
      return false;
    });
  }

  /** Resolves with the first publish for `uri` (after this call) that satisfies `accept`. */
  nextDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching publishDiagnostics for ${uri} within ${WAIT_DEADLINE_MS} ms`)),
        WAIT_DEADLINE_MS,
      );
      this.waiters.push({
        accept: (p) => p.uri === uri && accept(p),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** Opens a document and resolves with the diagnostics published for that version. */
  async open(uri: string, languageId: string, text: string): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const published = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version === 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
    return (await published).diagnostics;
  }

  /** Replaces the whole text (as an incremental change covering the old text) and waits for diagnostics. */
  async replace(uri: string, oldText: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const lines = oldText.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    const published = this.nextDiagnostics(uri, (p) => p.version === undefined || p.version >= version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }],
    });
    return (await published).diagnostics;
  }

  async close(uri: string): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return (await published).diagnostics;
  }

  /** shutdown + exit; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const code = await this.exitPromise;
    this.connection.dispose();
    return code;
  }

  /** Ends the server without the protocol (for cleanup after a failed test). */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
  }
}
