/**
 * Drives fuzzed documents through the built language server (dist/server.js --stdio) with every
 * request kind at random positions, and records what goes wrong: the server exiting (crash), an
 * error answer (protocol error), a handler that failed and answered its fallback (the server logs
 * "... failed"), an answer slower than the limit, or none at all (hang). A failing document is
 * written as a reproducer: the document itself and a JSON file with the seed, its number, how it
 * was made and the request that failed.
 *
 * A slow answer is confirmed before it counts: the same document, with the same requests, is run
 * again on a fresh server of its own, up to three times, and the case is slow only if every run is.
 * On a machine shared with other work an answer can wait for the CPU rather than for the server's
 * own work; a replay that finishes within the limit shows the server's work fits it. Unconfirmed
 * cases are counted (`slow under load`) and listed, never dropped silently.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { fuzzDocument, loadSeeds, Prng, type FuzzDocument } from './documents';

export const SERVER_JS = resolve(__dirname, '../../../dist/server.js');
/** Longer than this without an answer: the server is hung; it is replaced and the case recorded. */
const HANG_MS = 30_000;
/** How often a slow case is replayed on a fresh server before it counts as slow. */
const SLOW_REPLAYS = 3;
/** Cancelled and content-modified answers are normal LSP traffic, not failures. */
const BENIGN_ERROR_CODES = new Set([-32800, -32801]);

export type FailureKind = 'crash' | 'protocol-error' | 'handler-failure' | 'slow' | 'hang';

export interface Failure {
  readonly kind: FailureKind;
  readonly index: number;
  readonly request: string;
  readonly detail: string;
  readonly reproducer?: string;
}

export interface FuzzOptions {
  readonly seed: number;
  /** Stop after this many documents... */
  readonly documents?: number;
  /** ...or at this time (Date.now() value), whichever comes first. */
  readonly deadline?: number;
  readonly answerLimitMs?: number;
  /** The limit a replay of a slow case must meet (default: answerLimitMs); tests use it to reach both outcomes. */
  readonly replayLimitMs?: number;
  /** How long a request may go unanswered before it counts as a hang (default 30 s); tests make every request one. */
  readonly hangMs?: number;
  /** Where reproducers go (default test-artifacts/fuzz in the repository). */
  readonly artifactDir?: string;
  readonly progress?: (line: string) => void;
  /** Size factor of the large mutations (default 1: the full sizes of documents.ts). */
  readonly sizeScale?: number;
  /** The number of the first document (to re-run one case). */
  readonly from?: number;
}

export interface FuzzReport {
  readonly seed: number;
  documents: number;
  requests: number;
  readonly counts: Record<FailureKind, number>;
  readonly failures: Failure[];
  maxAnswerMs: number;
  maxAnswerRequest: string;
  elapsedMs: number;
  /** Slow answers whose replay on a fresh server finished within the limit: waiting for the CPU, not server work. */
  readonly slowUnderLoad: { index: number; request: string; firstMs: number; replayMs: number }[];
}

class Timeout extends Error {}

/** One server process and its connection. `pull`: the client asks for diagnostics, otherwise the server pushes them. */
class ServerSession {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  exited = false;
  private killed = false;
  /** Handler failures the server logged since the last look. */
  failedHandlers: string[] = [];
  private readonly published = new Map<string, (params: PublishDiagnosticsParams) => void>();

  constructor(readonly pull: boolean) {
    this.process = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.on('exit', () => {
      this.exited = true;
    });
    this.process.stderr?.on('data', () => undefined);
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1 && / failed/.test(params.message)) this.failedHandlers.push(params.message.split('\n')[0]);
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.get(`${params.uri}#${params.version}`)?.(params);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => ({})),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, diagnostics: this.pull ? { refreshSupport: true } : undefined },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          diagnostic: this.pull ? { dynamicRegistration: false } : undefined,
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the diagnostics pushed for `uri` at `version`. */
  nextPublish(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) =>
      this.published.set(`${uri}#${version}`, (params) => {
        this.published.delete(`${uri}#${version}`);
        resolve(params);
      }),
    );
  }

  /**
   * Stops the server (after a hang, or at the end). The session counts as exited at once: its
   * connection is closed, so nothing more may be sent on it (a didClose after a hang threw and
   * ended the whole run, seed 4242 from document 115341) and the next document gets a new server.
   */
  kill(): void {
    if (this.killed) return;
    this.killed = true;
    this.connection.dispose();
    if (!this.exited) this.process.kill();
    this.exited = true;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Timeout(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}

interface Position {
  line: number;
  character: number;
}

/** A position in or just beyond the text (past a line's end, past the last line). */
function randomPosition(rng: Prng, lines: readonly string[]): Position {
  const line = rng.int(lines.length + 2);
  const length = lines[line]?.length ?? 0;
  return { line, character: rng.chance(0.1) ? length + rng.int(5) : rng.int(length + 1) };
}

function emptyReport(seed: number): FuzzReport {
  return {
    seed,
    documents: 0,
    requests: 0,
    failures: [],
    maxAnswerMs: 0,
    maxAnswerRequest: '',
    elapsedMs: 0,
    slowUnderLoad: [],
    counts: { crash: 0, 'protocol-error': 0, 'handler-failure': 0, slow: 0, hang: 0 },
  };
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const limit = options.answerLimitMs ?? 1000;
  const artifactDir = options.artifactDir ?? resolve(__dirname, '../../../test-artifacts/fuzz');
  const seeds = loadSeeds();
  const report = emptyReport(options.seed);
  const sessions = [new ServerSession(true), new ServerSession(false)];
  await Promise.all(sessions.map((session) => session.initialize()));

  const record = (
    index: number,
    doc: FuzzDocument,
    kind: FailureKind,
    request: string,
    detail: string,
    params?: unknown,
  ) => {
    mkdirSync(artifactDir, { recursive: true });
    const base = join(artifactDir, `seed-${options.seed}-doc-${index}-${kind}`);
    writeFileSync(`${base}.ecs.${doc.format}`, doc.text);
    const rerun =
      `npm run fuzz -- --seed ${options.seed} --from ${index} ` + `--documents 1 --scale ${options.sizeScale ?? 1}`;
    const record = {
      seed: options.seed,
      index,
      recipe: doc.recipe,
      format: doc.format,
      kind,
      request,
      params,
      detail,
      rerun,
    };
    writeFileSync(`${base}.json`, `${JSON.stringify(record, null, 2)}\n`);
    report.counts[kind]++;
    report.failures.push({ kind, index, request, detail, reproducer: `${base}.json` });
    options.progress?.(
      `FAIL ${kind} on document ${index} (${doc.recipe.join(' + ')}), ${request}: ${detail} -> ${base}.json`,
    );
  };

  try {
    for (let index = options.from ?? 0; ; index++) {
      if (options.documents !== undefined && report.documents >= options.documents) break;
      if (options.deadline !== undefined && Date.now() >= options.deadline) break;
      const slot = index % 2;
      if (sessions[slot].exited) {
        sessions[slot].kill();
        sessions[slot] = new ServerSession(slot === 0);
        await sessions[slot].initialize();
      }
      const session = sessions[slot];
      const doc = fuzzDocument(options.seed, index, seeds, options.sizeScale ?? 1);
      const slow = await fuzzOne(session, doc, index, limit, report, record, options.hangMs);
      if (slow) {
        const replayLimit = options.replayLimitMs ?? limit;
        const replayMs = await fastestReplay(slot === 0, doc, index, replayLimit);
        if (replayMs > replayLimit) record(index, doc, 'slow', slow.request, slow.detail, slow.params);
        else report.slowUnderLoad.push({ index, request: slow.request, firstMs: slow.elapsedMs, replayMs });
      }
      report.documents++;
      if (report.documents % 1000 === 0) {
        options.progress?.(
          `${report.documents} documents, ${report.requests} requests, ${report.failures.length} failures, ` +
            `slowest ${Math.round(report.maxAnswerMs)} ms ` +
            `(${report.maxAnswerRequest}), ${Math.round((Date.now() - started) / 1000)} s`,
        );
      }
    }
  } finally {
    for (const session of sessions) session.kill();
  }
  report.elapsedMs = Date.now() - started;
  return report;
}

type Recorder = (
  index: number,
  doc: FuzzDocument,
  kind: FailureKind,
  request: string,
  detail: string,
  params?: unknown,
) => void;

interface SlowAnswer {
  readonly request: string;
  readonly detail: string;
  readonly elapsedMs: number;
  readonly params?: unknown;
}

/**
 * Runs `doc` again on fresh servers (up to SLOW_REPLAYS times, stopping at the first run whose
 * answers all fit the limit) and returns the fastest run's slowest answer. Anything other than
 * slowness in a replay counts as slow here: the first run already recorded what it saw.
 */
async function fastestReplay(pull: boolean, doc: FuzzDocument, index: number, limit: number): Promise<number> {
  let fastest = Infinity;
  for (let replay = 0; replay < SLOW_REPLAYS && fastest > limit; replay++) {
    const session = new ServerSession(pull);
    try {
      await session.initialize();
      const scratch = emptyReport(0);
      let broken = false;
      const slow = await fuzzOne(session, doc, index, limit, scratch, () => {
        broken = true;
      });
      fastest = Math.min(fastest, slow || broken ? Math.max(scratch.maxAnswerMs, limit + 1) : scratch.maxAnswerMs);
    } finally {
      session.kill();
    }
  }
  return fastest;
}

/** Runs one document; returns the first answer over the limit (not yet recorded), if any. */
async function fuzzOne(
  session: ServerSession,
  doc: FuzzDocument,
  index: number,
  limit: number,
  report: FuzzReport,
  record: Recorder,
  hangMs = HANG_MS,
): Promise<SlowAnswer | undefined> {
  const rng = new Prng(index * 7919 + 17);
  const uri = `file:///fuzz/doc-${index}.ecs.${doc.format}`;
  const languageId = doc.format === 'json' ? 'ecs-json' : 'ecs-yaml';
  const lines = doc.text.split(/\r\n|\r|\n/);
  const textDocument = { uri };
  let diagnostics: Diagnostic[] = [];
  let failed = false;
  let slow: SlowAnswer | undefined;

  /** Sends one request (or, for `push`, waits for the pushed diagnostics) and judges the answer. */
  const ask = async (name: string, send: () => Promise<unknown>, params?: unknown): Promise<unknown> => {
    if (failed) return undefined;
    report.requests++;
    const start = performance.now();
    try {
      const result = await withTimeout(send(), hangMs);
      const elapsed = performance.now() - start;
      if (elapsed > report.maxAnswerMs) {
        report.maxAnswerMs = elapsed;
        report.maxAnswerRequest = `${name} on document ${index}`;
      }
      if (elapsed > limit) {
        slow = { request: name, detail: `answered in ${Math.round(elapsed)} ms`, elapsedMs: elapsed, params };
        failed = true;
      }
      return result;
    } catch (error) {
      failed = true;
      if (session.exited) record(index, doc, 'crash', name, 'the server exited', params);
      else if (error instanceof Timeout) {
        record(index, doc, 'hang', name, error.message, params);
        session.kill();
      } else {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'number' && BENIGN_ERROR_CODES.has(code)) {
          failed = false;
          return undefined;
        }
        record(index, doc, 'protocol-error', name, `${String(code)}: ${(error as Error).message}`, params);
      }
      return undefined;
    } finally {
      if (session.failedHandlers.length > 0 && !failed) {
        record(index, doc, 'handler-failure', name, session.failedHandlers.join('; '), params);
        failed = true;
      }
      session.failedHandlers = [];
    }
  };

  const published = session.pull ? undefined : session.nextPublish(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId, version: 1, text: doc.text },
  });
  if (published) {
    diagnostics =
      ((await ask('diagnostics (push)', () => published)) as PublishDiagnosticsParams | undefined)?.diagnostics ?? [];
  } else {
    const answer = await ask('diagnostics (pull)', () =>
      session.connection.sendRequest('textDocument/diagnostic', { textDocument }),
    );
    diagnostics = (answer as { items?: Diagnostic[] } | undefined)?.items ?? [];
  }

  const requests: [string, () => unknown][] = [
    [
      'textDocument/completion',
      () => ({
        textDocument,
        position: randomPosition(rng, lines),
        context: rng.chance(0.5) ? { triggerKind: 2, triggerCharacter: rng.pick(['"', ':', ' ']) } : { triggerKind: 1 },
      }),
    ],
    ['textDocument/hover', () => ({ textDocument, position: randomPosition(rng, lines) })],
    [
      'textDocument/codeAction',
      () => {
        const start = randomPosition(rng, lines);
        const chosen = diagnostics.length > 0 && rng.chance(0.7) ? [rng.pick(diagnostics)] : [];
        const range =
          chosen.length > 0
            ? chosen[0].range
            : { start, end: rng.chance(0.3) ? { line: lines.length, character: 0 } : start };
        return { textDocument, range, context: { diagnostics: rng.chance(0.2) ? diagnostics : chosen } };
      },
    ],
    [
      'textDocument/formatting',
      () => ({
        textDocument,
        options: { tabSize: rng.pick([2, 4, 0, -1, 1_000_000, 3.5]), insertSpaces: rng.chance(0.7) },
      }),
    ],
    ['textDocument/documentSymbol', () => ({ textDocument })],
    ['textDocument/foldingRange', () => ({ textDocument })],
  ];
  // Every kind once, then a few more at other positions, in a shuffled order.
  const order = [...requests, rng.pick(requests), rng.pick(requests)].sort(() => rng.next() - 0.5);
  for (const [method, makeParams] of order) {
    const params = makeParams();
    await ask(method, () => session.connection.sendRequest(method, params), params);
  }

  // An edit at a random place, then diagnostics and a hover on the new version.
  if (!failed && !session.exited) {
    const start = randomPosition(rng, lines);
    const change = {
      range: { start, end: rng.chance(0.5) ? start : randomPosition(rng, lines) },
      text: rng.pick(['', '"', '{', '\n', 'x: 1\n', ']]]', '\u0000', '- ']),
    };
    const ordered =
      change.range.end.line < start.line ||
      (change.range.end.line === start.line && change.range.end.character < start.character)
        ? { ...change, range: { start: change.range.end, end: start } }
        : change;
    const republished = session.pull ? undefined : session.nextPublish(uri, 2);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [ordered],
    });
    if (republished) await ask('diagnostics after edit (push)', () => republished, ordered);
    else
      await ask(
        'diagnostics after edit (pull)',
        () => session.connection.sendRequest('textDocument/diagnostic', { textDocument }),
        ordered,
      );
    const hover = { textDocument, position: randomPosition(rng, lines) };
    await ask(
      'textDocument/hover after edit',
      () => session.connection.sendRequest('textDocument/hover', hover),
      hover,
    );
  }
  if (!session.exited) await session.connection.sendNotification('textDocument/didClose', { textDocument });
  return slow;
}
