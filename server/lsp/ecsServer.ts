/**
 * Wires the pure language service (server/service) to an LSP connection. Only plumbing lives
 * here: document sync, scheduling, settings, cancellation and error containment. Every answer
 * comes from the service facade.
 */
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  CompletionList,
  CompletionParams,
  Connection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  DocumentFormattingParams,
  DocumentSymbol,
  DocumentSymbolParams,
  FoldingRange,
  FoldingRangeParams,
  Hover,
  HoverParams,
  InitializeParams,
  InitializeResult,
  InlayHint,
  InlayHintParams,
  ResponseError,
  ServerCapabilities,
  TextDocumentIdentifier,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  CancellationToken,
  ErrorCodes,
  type NotificationHandler,
  type Disposable,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ACCOUNT_SNAPSHOT_NOTIFICATION } from '../../request/accountSnapshot';
import type { ParsedDocument } from '../../request/parser/ast';
import { COMPLETION_TRIGGER_CHARACTERS, shouldComplete } from './completionTrigger';
import { DiagnosticsCache, resultIdFor } from './diagnosticsCache';
import { isRequestDocument, warmUpFormat } from './documentKinds';
import { cancelled, describeError, guard, guardAsync, isCancelled } from './guard';
import { CHANGE_DELAY_MS, OPEN_DELAY_MS, PushScheduler } from './pushScheduler';
import { SettingsSource } from './settingsSource';
import { lazyService, type ServiceProvider } from './lazyService';
import { WarmUpRunner } from './warmUp';
import type { DocumentFormat } from '../../request/parser/ast';
import { loadYamlParser } from './yamlParserLoad';
import { serverTimeline } from './serverTimeline';
import type { StartTimeline } from './startTimeline';
import { readAccountNotification } from '../service/account/accountData';
import { declaredItemDefaults, type ItemDefaultName } from '../service/completion/itemDefaults';
import { readStoredSecretNames, STORED_SECRET_NAMES_NOTIFICATION } from '../service/storedSecrets';

/** The custom notification that hands the server an account snapshot (docs/lsp-extensions.md). */

export const SERVER_NAME = 'ecs-request-language-server';
export const SERVER_VERSION = '0.1.0';

interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  /** `workspace/inlayHint/refresh`: asked when the account data or the settings change. */
  inlayHintRefresh: boolean;
  configuration: boolean;
  dynamicConfigurationChange: boolean;
  /** LSP 3.17 `completionList.itemDefaults`: what completion items share is sent once. */
  completionItemDefaults: ItemDefaultName[];
}

function clientSupport(params: InitializeParams): ClientSupport {
  const caps = params.capabilities;
  return {
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
    inlayHintRefresh: caps.workspace?.inlayHint?.refreshSupport === true,
    configuration: caps.workspace?.configuration === true,
    dynamicConfigurationChange: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
    completionItemDefaults: declaredItemDefaults(caps.textDocument?.completion?.completionList?.itemDefaults),
  };
}

function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    documentFormattingProvider: true,
    inlayHintProvider: { resolveProvider: false },
    diagnosticProvider: support.pullDiagnostics
      ? { identifier: 'ecs', interFileDependencies: false, workspaceDiagnostics: false }
      : undefined,
  };
}

/** The diagnostics last answered for a document, and what they were computed for. */
interface PulledAnswer {
  readonly version: number;
  readonly generation: string;
  readonly items: readonly Diagnostic[];
}

/** Whether two lists of diagnostics say the same (as sent: JSON). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** The `account` params sent with `initialize` (docs/lsp-extensions.md), undefined when none were. */
function accountOfInitializationOptions(options: unknown): unknown {
  return typeof options === 'object' && options !== null && Object.hasOwn(options, 'account')
    ? (options as { account: unknown }).account
    : undefined;
}

/** What the process around the server needs to know (server.ts: the exit code when the input closes). */
export interface ServerState {
  readonly shutdownRequested: boolean;
}

/**
 * Attaches the ECS request language server to `connection` (which the caller then `listen()`s on).
 * `loadService` defaults to the real language service, loaded after `initialize` is answered.
 */
export function startEcsServer(
  connection: Connection,
  loadService: ServiceProvider = lazyService(),
  timeline: StartTimeline = serverTimeline,
  /** The formats open when the editor started the server (openFormats.ts): YAML's parser loads early. */
  openFormats: ReadonlySet<DocumentFormat> = new Set(),
): ServerState {
  /** The time line goes to the client's log after each of the first diagnostics answers (when enabled). */
  let timelineLines = 0;
  const logTimeline = (): void => {
    if (!timeline.enabled || timelineLines++ >= 3) return;
    // After this turn: the answer is written first.
    setImmediate(() => connection.console.log(timeline.line('server')));
  };
  const state = { shutdownRequested: false };
  const log = { error: (message: string) => connection.console.error(message) };
  const documents = new TextDocuments(TextDocument);
  const cache = new DiagnosticsCache();
  const seen = new Set<string>();
  let support: ClientSupport = {
    pullDiagnostics: false,
    diagnosticRefresh: false,
    inlayHintRefresh: false,
    configuration: false,
    dynamicConfigurationChange: false,
    completionItemDefaults: [],
  };
  const warnOnce = (message: string) => connection.console.warn(message);
  let settings = new SettingsSource(undefined, warnOnce);
  /**
   * LSP: before `initialize` every request is refused with ServerNotInitialized and every
   * notification but `exit` is dropped (the client has not yet learnt what this server does).
   */
  let initialized = false;
  /** The client sent its settings with `initialize`: the first diagnostics do not wait for a pull. */
  let settingsSeeded = false;
  /** Bumped with each account snapshot or stored-names list: cached diagnostics of older data are stale. */
  let accountGeneration = 0;
  const diagnosticsGeneration = () => `${settings.generation}.${accountGeneration}`;
  /**
   * The account params the client sent with `initialize`, applied with the service's load (right
   * after the answer, or by whatever asks for the service first): the first diagnostics then hold the
   * account findings, and no notification and refresh follow them while the window starts.
   */
  let initialAccount: unknown;
  /** Applies the params of `initialize` once (true if there were any); the service is loaded first. */
  const applyInitialAccount = (): boolean => {
    if (initialAccount === undefined) return false;
    const params = initialAccount;
    initialAccount = undefined;
    applyAccount(params);
    return true;
  };
  const service: ServiceProvider = () => {
    const loaded = loadService();
    applyInitialAccount();
    return loaded;
  };
  /**
   * Per open document, the diagnostics last pulled and the version and generation they were computed
   * for: what a refresh would replace.
   */
  const pulled = new Map<string, PulledAnswer>();
  const warmUps = new WarmUpRunner(
    service,
    (error) => log.error(describeError('warm-up', error)),
    (format, elapsedMs) =>
      connection.console.log(
        `Warm-up of the ${format.toUpperCase()} features finished in ${Math.round(elapsedMs)} ms.`,
      ),
  );

  /** The open request document for a URI, or undefined for documents that are not ours. */
  const requestDocument = (id: TextDocumentIdentifier): TextDocument | undefined => {
    const document = documents.get(id.uri);
    return document && isRequestDocument(document.languageId) ? document : undefined;
  };
  const parse = (document: TextDocument): ParsedDocument => service().parse(document);

  /**
   * Diagnostics for the document's current version, or undefined when a newer version arrived
   * while waiting for settings (that version has its own validation coming).
   */
  const diagnosticsFor = async (document: TextDocument): Promise<Diagnostic[] | undefined> => {
    const current = await settings.get();
    const latest = documents.get(document.uri);
    if (!latest || latest.version !== document.version) return undefined;
    const generation = diagnosticsGeneration();
    const known = cache.get(document.uri, document.version, generation);
    if (known) return known;
    const diagnostics = service().validate(parse(document), current);
    cache.set(document.uri, document.version, generation, diagnostics);
    return diagnostics;
  };

  const push = new PushScheduler((uri) => {
    const document = documents.get(uri);
    if (!document || !isRequestDocument(document.languageId)) return;
    void guardAsync(log, 'validation', undefined, async () => {
      const diagnostics = await diagnosticsFor(document);
      if (diagnostics === undefined || documents.get(uri)?.version !== document.version) return;
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
      timeline.mark('diagnostics published');
      logTimeline();
      warmAfterFirstAnswer(document);
    });
  });

  /**
   * Warms a format after the first diagnostics of a document in it, not when it opens: the warm-up
   * starts with a cold parse and check of its exemplar, which the user's first diagnostics would
   * otherwise wait for (YAML after a window reload).
   */
  const warmAfterFirstAnswer = (document: TextDocument): void =>
    guard(log, 'warm-up', undefined, () => warmUps.warm(warmUpFormat(document.languageId)));

  const revalidateAll = (): void => {
    // Inlay hints name account resources and follow a setting: both changes reach here.
    if (support.inlayHintRefresh) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (support.pullDiagnostics) {
      if (support.diagnosticRefresh) void guardAsync(log, 'diagnostics refresh', undefined, refreshIfOutOfDate);
      return;
    }
    for (const document of documents.all()) {
      if (isRequestDocument(document.languageId)) push.schedule(document.uri, OPEN_DELAY_MS);
    }
  };

  /**
   * Asks the client to pull again only when an answer given would now differ. A refresh makes VS Code
   * drop the answers in flight and ask again: while a window starts, the stored secret names (and
   * account data) arrive just after the first answer, mostly without changing it, and each refresh
   * held the first diagnostics back by a round trip to the busy extension host. The diagnostics
   * computed here are cached for the generation, so the pull a refresh causes costs nothing more.
   */
  const refreshIfOutOfDate = async (): Promise<void> => {
    const current = diagnosticsGeneration();
    let outOfDate = false;
    for (const [uri, answer] of [...pulled]) {
      if (answer.generation === current) continue;
      const document = documents.get(uri);
      // A document edited since its answer is pulled again for the edit.
      if (!document || document.version !== answer.version) continue;
      const now = await diagnosticsFor(document);
      // A newer generation came meanwhile: the check it started decides.
      if (diagnosticsGeneration() !== current) return;
      if (now === undefined || !sameDiagnostics(now, answer.items)) {
        outOfDate = true;
        break;
      }
      pulled.set(uri, { ...answer, generation: current });
    }
    if (!outOfDate) return;
    timeline.mark('diagnostics refresh sent');
    await connection.languages.diagnostics.refresh();
  };

  connection.onInitialize((params): InitializeResult => {
    timeline.mark('initialize received');
    support = clientSupport(params);
    settings = new SettingsSource(
      support.configuration ? { read: (section) => connection.workspace.getConfiguration({ section }) } : undefined,
      warnOnce,
    );
    settingsSeeded = settings.seed(params.initializationOptions);
    initialAccount = accountOfInitializationOptions(params.initializationOptions);
    initialized = true;
    // Load the service once this answer is written, while the client takes it in and opens its
    // documents (a busy extension host needs longer than the load), not after `initialized`: the
    // first diagnostics need it. vscode-jsonrpc writes the answer in a setImmediate of its own,
    // queued after this handler returns: one turn later, the load no longer holds the answer back.
    // A format's warm-up (warmUp.ts) waits for that format's first diagnostics: started here, its
    // cold first slices ran just before the first pull (bench/probes/first-diagnostics.mjs). A
    // JSON-only session never loads the yaml package.
    setImmediate(() =>
      setImmediate(() =>
        guard(log, 'service', undefined, () => {
          timeline.mark('service load start');
          loadService();
          timeline.mark('service loaded');
          if (applyInitialAccount()) timeline.mark('account data of initialize read');
          // A YAML request is open: its first diagnostics would otherwise load the parser. This turn
          // comes before the client's didOpen and pull can (they follow its reading of this answer).
          if (openFormats.has('yaml') && loadYamlParser()) timeline.mark('yaml parser loaded');
        }),
      ),
    );
    timeline.mark('initialize answered');
    return { capabilities: serverCapabilities(support), serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    if (!initialized) return;
    timeline.mark('initialized received');
    if (support.dynamicConfigurationChange) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'ecs' })
        .catch(() => undefined);
    }
    // Settings sent with initialize are current (changes come as didChangeConfiguration); reading
    // them again would hold the first diagnostics until the client, busy starting up, answers.
    if (settingsSeeded) return;
    void guardAsync(log, 'settings', undefined, async () => {
      const before = settings.generation;
      timeline.mark('configuration asked');
      await settings.refresh();
      timeline.mark('configuration answered');
      if (settings.generation !== before) revalidateAll();
    });
  });

  connection.onDidChangeConfiguration((params) => {
    if (!initialized) return;
    timeline.mark('didChangeConfiguration received');
    void guardAsync(log, 'settings', undefined, async () => {
      const before = settings.generation;
      await settings.refresh(params.settings);
      if (settings.generation !== before) revalidateAll();
    });
  });

  /** Reads account params (the notification's, or those sent with `initialize`) and applies them. */
  const applyAccount = (params: unknown): void =>
    guard(log, 'account snapshot', undefined, () => {
      const read = readAccountNotification(params);
      if (read.kind === 'ignore') {
        connection.console.warn(`Account snapshot ignored: ${read.reason}.`);
        return;
      }
      if (read.kind === 'mismatch') connection.console.warn(`Account snapshot not applied: ${read.reason}.`);
      const data = read.kind === 'apply' ? read.data : undefined;
      if (data === undefined && service().account === undefined) return;
      service().setAccount(data);
      accountGeneration++;
      if (data) connection.console.log(`Account data of ${data.profile} / ${data.region} applied.`);
      revalidateAll();
    });

  connection.onNotification(ACCOUNT_SNAPSHOT_NOTIFICATION, (params: unknown) => {
    if (!initialized) return;
    timeline.mark('account snapshot received');
    // Newer than anything sent with `initialize`.
    initialAccount = undefined;
    applyAccount(params);
  });

  connection.onNotification(STORED_SECRET_NAMES_NOTIFICATION, (params: unknown) => {
    if (!initialized) return;
    timeline.mark('stored secret names received');
    guard(log, 'stored secret names', undefined, () => {
      const read = readStoredSecretNames(params);
      if (read.kind === 'ignore') {
        connection.console.warn(`Stored secret names ignored: ${read.reason}.`);
        return;
      }
      service().setStoredSecretNames(read.names);
      accountGeneration++;
      revalidateAll();
    });
  });

  documents.onDidOpen(() => {
    timeline.mark('didOpen received');
    warmUps.noteActivity();
  });

  documents.onDidChangeContent(({ document }) => {
    warmUps.noteActivity();
    if (support.pullDiagnostics || !isRequestDocument(document.languageId)) return;
    // The first content event of a document is its open: validate at once; later ones are edits.
    const delay = seen.has(document.uri) ? CHANGE_DELAY_MS : OPEN_DELAY_MS;
    seen.add(document.uri);
    push.schedule(document.uri, delay);
  });

  documents.onDidClose(({ document }) => {
    guard(log, 'close', undefined, () => {
      seen.delete(document.uri);
      pulled.delete(document.uri);
      push.cancel(document.uri);
      cache.delete(document.uri);
      service().forget(document.uri);
      if (!support.pullDiagnostics && isRequestDocument(document.languageId)) {
        void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      }
    });
  });

  connection.languages.diagnostics.on(
    async (params: DocumentDiagnosticParams, token): Promise<DocumentDiagnosticReport> => {
      if (!initialized) throw notInitialized();
      timeline.mark('diagnostics pull received');
      warmUps.noteActivity();
      const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
      const document = requestDocument(params.textDocument);
      if (!document) return empty;
      if (isCancelled(token)) throw cancelled();
      return guardAsync<DocumentDiagnosticReport>(log, 'pull diagnostics', empty, async () => {
        const diagnostics = await diagnosticsFor(document);
        const latest = requestDocument(params.textDocument) ?? document;
        const items = diagnostics ?? (await diagnosticsFor(latest)) ?? [];
        const resultId = resultIdFor(latest.version, diagnosticsGeneration());
        pulled.set(latest.uri, { version: latest.version, generation: diagnosticsGeneration(), items });
        setImmediate(() => warmAfterFirstAnswer(latest));
        timeline.mark('diagnostics pull answered');
        logTimeline();
        if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
        return { kind: 'full', resultId, items };
      });
    },
  );

  /** Runs a synchronous feature for a request document, honouring cancellation and containing errors. */
  const answer = <T>(
    name: string,
    id: TextDocumentIdentifier,
    token: CancellationToken,
    fallback: T,
    work: (document: TextDocument, parsed: ParsedDocument) => T,
  ): T | ResponseError<void> => {
    if (!initialized) return notInitialized();
    warmUps.noteActivity();
    const document = requestDocument(id);
    if (!document) return fallback;
    if (isCancelled(token)) return cancelled();
    return guard(log, name, fallback, () => work(document, parse(document)));
  };

  connection.onCompletion((params: CompletionParams, token) =>
    answer<CompletionList | null>('completion', params.textDocument, token, null, (document, parsed) => {
      const trigger = params.context?.triggerCharacter;
      if (!shouldComplete(document.getText(), document.offsetAt(params.position), trigger)) return null;
      return service().complete(parsed, params.position, { itemDefaults: support.completionItemDefaults });
    }),
  );

  connection.onHover((params: HoverParams, token) =>
    answer<Hover | null>('hover', params.textDocument, token, null, (_document, parsed) =>
      service().hover(parsed, params.position),
    ),
  );

  connection.onCodeAction((params: CodeActionParams, token) =>
    answer<CodeAction[]>('code action', params.textDocument, token, [], (document, parsed) => {
      const diagnostics = withFixData(params.context.diagnostics, cache.latest(document.uri));
      return service().codeActions(parsed, params.range, diagnostics);
    }),
  );

  connection.languages.inlayHint.on((params: InlayHintParams, token) =>
    answer<InlayHint[]>('inlay hints', params.textDocument, token, [], (_document, parsed) =>
      service().inlayHints(parsed, params.range, settings.latest),
    ),
  );

  connection.onDocumentSymbol((params: DocumentSymbolParams, token) =>
    answer<DocumentSymbol[]>('document symbols', params.textDocument, token, [], (_document, parsed) =>
      service().documentSymbols(parsed, settings.latest),
    ),
  );

  connection.onFoldingRanges((params: FoldingRangeParams, token) =>
    answer<FoldingRange[]>('folding ranges', params.textDocument, token, [], (_document, parsed) =>
      service().foldingRanges(parsed, settings.latest),
    ),
  );

  connection.onDocumentFormatting((params: DocumentFormattingParams, token) =>
    answer<TextEdit[]>('formatting', params.textDocument, token, [], (_document, parsed) =>
      service().format(parsed, params.options, settings.latest),
    ),
  );

  connection.onShutdown(() => {
    if (!initialized) return notInitialized();
    state.shutdownRequested = true;
    push.cancelAll();
    warmUps.stop();
    return undefined;
  });

  // Last line of defence: an exception escaping a timer or promise must not end the editor session.
  process.on('uncaughtException', (error) => log.error(describeError('server', error)));
  process.on('unhandledRejection', (error) => log.error(describeError('server (promise)', error)));

  // Requests no handler takes: refused as not initialized until `initialize`, unknown after it.
  connection.onRequest((method) =>
    initialized ? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`) : notInitialized(),
  );

  documents.listen(untilInitialized(connection, () => initialized));
  return state;
}

function notInitialized(): ResponseError<void> {
  return new ResponseError<void>(
    ErrorCodes.ServerNotInitialized,
    'The server is not initialized yet: send initialize first.',
  );
}

/** What TextDocuments.listen needs of a connection. */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** The document notifications of `connection`, dropped while `isInitialized()` is false. */
function untilInitialized(connection: Connection, isInitialized: () => boolean): TextDocumentConnection {
  const gate =
    <P>(register: (handler: NotificationHandler<P>) => Disposable) =>
    (handler: NotificationHandler<P>) =>
      register((params) => {
        if (isInitialized()) handler(params);
      });
  return {
    onDidOpenTextDocument: gate((handler) => connection.onDidOpenTextDocument(handler)),
    onDidChangeTextDocument: gate((handler) => connection.onDidChangeTextDocument(handler)),
    onDidCloseTextDocument: gate((handler) => connection.onDidCloseTextDocument(handler)),
    onWillSaveTextDocument: gate((handler) => connection.onWillSaveTextDocument(handler)),
    onWillSaveTextDocumentWaitUntil: (handler) =>
      connection.onWillSaveTextDocumentWaitUntil((params, token) =>
        isInitialized() ? handler(params, token) : notInitialized(),
      ),
    onDidSaveTextDocument: gate((handler) => connection.onDidSaveTextDocument(handler)),
  };
}

/**
 * Clients that do not echo `Diagnostic.data` back in code action requests lose the fix
 * descriptions; take them from our own last result for the same range, code and message.
 */
export function withFixData(fromClient: Diagnostic[], ours: Diagnostic[] | undefined): Diagnostic[] {
  if (!ours) return fromClient;
  return fromClient.map((diagnostic) => {
    if (diagnostic.data !== undefined) return diagnostic;
    const match = ours.find(
      (candidate) =>
        candidate.code === diagnostic.code &&
        candidate.message === diagnostic.message &&
        sameRange(candidate, diagnostic),
    );
    return match ? { ...diagnostic, data: match.data } : diagnostic;
  });
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
