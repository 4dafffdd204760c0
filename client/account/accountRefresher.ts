/**
 * Keeps the language server's account data current for the active profile and region: the cached
 * snapshot at once, then a fetch when one is due (the refresh interval, or on demand), each result
 * handed to the server over `ecs/accountSnapshot` (docs/lsp-extensions.md).
 *
 * Plain logic with injected clock, timer, fetch, cache and sender (no vscode), so every path is
 * tested in Node without waiting. Rules it keeps:
 * - a snapshot of another profile or region is never sent for the active one: a change of target
 *   sends `null` first and aborts a fetch under way;
 * - a failed fetch (offline, refused, throttled) keeps the last good snapshot and its age, and is
 *   logged once until the next success; a fetch where every list failed is a failure too;
 * - nothing waits on the network: fetches run in the background and are abortable.
 */
import {
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type AccountSnapshot,
  type ResourceKind,
} from '../../request/accountSnapshot';
import type { CacheKey } from './snapshotCache';

/** The notification's params (docs/lsp-extensions.md). */
export interface AccountSnapshotParams {
  snapshot: AccountSnapshot | null;
  profile?: string;
  region?: string;
}

/** The profile + region account data is fetched for: the active profile's. */
export type AccountTarget = CacheKey;

/** What one fetch gave: a snapshot, or why there is none (cancelled ones are dropped quietly). */
export type FetchOutcome =
  | { readonly ok: true; readonly snapshot: AccountSnapshot }
  | { readonly ok: false; readonly cancelled: boolean; readonly offline: boolean; readonly reason: string };

/** Why no account data is fetched at all. */
export type OffReason = 'untrusted' | 'not-started';

export interface AccountFailure {
  /** The network or the service could not be reached (rather than an answer refusing us). */
  readonly offline: boolean;
  readonly reason: string;
  readonly atMs: number;
}

export type AccountState =
  | { readonly kind: 'off'; readonly why: OffReason }
  | {
      readonly kind: 'on';
      readonly target: AccountTarget;
      /** The last good snapshot of this target (from the cache or a fetch). */
      readonly snapshot?: AccountSnapshot;
      readonly fetching: boolean;
      /** The last fetch failed (cleared by the next success). */
      readonly failure?: AccountFailure;
      readonly refreshMinutes: number;
    };

export interface Timer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface RefresherLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export interface RefresherDeps {
  /** Milliseconds since the epoch. */
  now(): number;
  timer: Timer;
  fetch(target: AccountTarget, signal: AbortSignal): Promise<FetchOutcome>;
  cache: {
    read(key: CacheKey): Promise<AccountSnapshot | undefined>;
    write(key: CacheKey, snapshot: AccountSnapshot): Promise<void>;
  };
  /** Hands the params to the language server (dropped when no server runs; `resend` repeats them). */
  send(params: AccountSnapshotParams): void;
  log: RefresherLog;
  onState?(state: AccountState): void;
}

/**
 * How old account data may be for a pre-flight to use it rather than fetch again: a pre-flight run
 * right after a background fetch (or a second one after a quick fix) reads the same lists, and a
 * minute is short next to the refresh interval and to how often a key pair or subnet changes.
 * "ECS: Refresh Account Data" fetches at once for anyone who just changed the account.
 */
export const PREFLIGHT_FRESH_MS = 60_000;

/** The account data a pre-flight reads: a snapshot of its target, or why there is none. */
export type FreshSnapshot =
  | { readonly ok: true; readonly snapshot: AccountSnapshot; readonly fetched: boolean }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The older data the language server still checks with (its findings are not local ones). */
      readonly kept?: AccountSnapshot;
    };

/** The first retry after a failed fetch; each further failure doubles it, up to the refresh interval. */
export const FIRST_RETRY_MS = 60_000;

/**
 * When the next automatic fetch is due, in milliseconds from now; undefined: none (0 minutes
 * means on demand only). No data yet: now. After failures: backoff from the last failure, never
 * later than the interval. Otherwise: the data's age reaching the interval (a clock that jumped
 * back never puts it further than one interval away).
 */
export function nextFetchDelayMs(input: {
  nowMs: number;
  refreshMinutes: number;
  snapshotFetchedAtMs?: number;
  failures: number;
  lastFailureAtMs?: number;
}): number | undefined {
  if (!(input.refreshMinutes > 0)) return undefined;
  const interval = input.refreshMinutes * 60_000;
  const clamp = (ms: number) => Math.min(interval, Math.max(0, ms));
  if (input.failures > 0 && input.lastFailureAtMs !== undefined) {
    const backoff = Math.min(interval, FIRST_RETRY_MS * 2 ** Math.min(input.failures - 1, 20));
    return clamp(input.lastFailureAtMs + backoff - input.nowMs);
  }
  if (input.snapshotFetchedAtMs === undefined || Number.isNaN(input.snapshotFetchedAtMs)) return 0;
  return clamp(input.snapshotFetchedAtMs + interval - input.nowMs);
}

/** The kinds a snapshot does not know (a list failed or was refused), in reading order. */
export function unknownKinds(snapshot: AccountSnapshot): ResourceKind[] {
  return RESOURCE_KINDS.filter((kind) => snapshot.parts[kind].state === 'unknown');
}

const sameTarget = (a: AccountTarget | undefined, b: AccountTarget | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.profileId === b.profileId &&
    a.profileName === b.profileName &&
    a.region === b.region);

/** The promise's value, or undefined as soon as `signal` aborts (the work itself goes on). */
function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const stop = () => resolve(undefined);
    signal.addEventListener('abort', stop, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', stop);
        resolve(value);
      },
      () => resolve(undefined),
    );
  });
}

/** The same snapshot (the same object: the refresher never changes one) for the same profile and region. */
function sameParams(a: AccountSnapshotParams, b: AccountSnapshotParams): boolean {
  return a.snapshot === b.snapshot && a.profile === b.profile && a.region === b.region;
}

const where = (target: AccountTarget) => `${target.profileName} / ${target.region}`;

export class AccountRefresher {
  private target?: AccountTarget;
  private offWhy: OffReason = 'not-started';
  private snapshot?: AccountSnapshot;
  private failure?: AccountFailure;
  private failures = 0;
  /** Bumped on every change of target: results of older fetches and cache reads are dropped. */
  private generation = 0;
  private running?: Promise<FetchOutcome | undefined>;
  /** The fetch under way as `refresh` returns it (one promise for everyone who joins). */
  private runningDone?: Promise<void>;
  private abort?: AbortController;
  private timerHandle?: unknown;
  private loggedFailure?: string;
  private loggedPartial?: string;
  private disposed = false;
  /** The cache read of the current target: settled once its cached snapshot (if any) is taken. */
  private cacheRead: Promise<void> = Promise.resolve();
  /** What went with the last `initialize`, until that server has started. */
  private handedOver?: AccountSnapshotParams;

  constructor(
    private readonly deps: RefresherDeps,
    private refreshMinutes: number,
  ) {}

  state(): AccountState {
    if (!this.target) return { kind: 'off', why: this.offWhy };
    return {
      kind: 'on',
      target: this.target,
      snapshot: this.snapshot,
      fetching: this.running !== undefined,
      failure: this.failure,
      refreshMinutes: this.refreshMinutes,
    };
  }

  /**
   * The profile + region request files are checked against now (undefined: none, e.g. Restricted
   * Mode). A change drops the old data at once (`null` to the server), aborts a fetch under way,
   * then sends the new target's cached snapshot and fetches when due.
   */
  setTarget(target: AccountTarget | undefined, offWhy: OffReason = 'not-started'): void {
    if (this.disposed) return;
    this.offWhy = offWhy;
    if (sameTarget(target, this.target)) {
      this.emit();
      return;
    }
    this.stopWork();
    this.target = target;
    this.snapshot = undefined;
    this.failure = undefined;
    this.failures = 0;
    this.loggedFailure = undefined;
    this.loggedPartial = undefined;
    this.resend();
    this.emit();
    if (!target) return;
    const generation = this.generation;
    this.cacheRead = this.deps.cache.read(target).then(
      (cached) => {
        if (generation !== this.generation) return;
        // A fetch that finished first has newer data than the cache; a cached snapshot of another
        // name or region (a renamed profile) is not this target's.
        if (cached && !this.snapshot && cached.profile === target.profileName && cached.region === target.region) {
          this.snapshot = cached;
          this.resend();
          this.emit();
        }
        this.schedule();
      },
      () => {
        if (generation === this.generation) this.schedule();
      },
    );
  }

  /** The refresh interval in minutes (0: on demand only). */
  setRefreshMinutes(minutes: number): void {
    this.refreshMinutes = Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
    this.schedule();
    this.emit();
  }

  /** What the server should have now. */
  params(): AccountSnapshotParams {
    const target = this.target;
    if (!target) return { snapshot: null };
    return { snapshot: this.snapshot ?? null, profile: target.profileName, region: target.region };
  }

  /** Sends what the server should have now (after it started or restarted, or after a change). */
  resend(): void {
    this.deps.send(this.params());
  }

  /** Settles when the cached snapshot of the current target was read (or found missing); never rejects. */
  cachedSnapshotRead(): Promise<void> {
    return this.cacheRead;
  }

  /**
   * The params for a server that is starting, which the client sends with `initialize`
   * (docs/lsp-extensions.md): remembered, so that `serverStarted` sends nothing when they are still
   * what the server should have (after a window reload: the cached snapshot, sent once).
   */
  handOverAtInitialize(): AccountSnapshotParams {
    this.handedOver = this.params();
    return this.handedOver;
  }

  /** A server (the first, or one restarted) now takes notifications: send what it lacks. */
  serverStarted(): void {
    const handed = this.handedOver;
    this.handedOver = undefined;
    if (!handed || !sameParams(handed, this.params())) this.resend();
  }

  /**
   * Fetches now, or joins the fetch under way (`restart`: aborts that one and starts again, when
   * what it fetches from has changed). Resolves when done; never rejects.
   */
  refresh(options: { restart?: boolean } = {}): Promise<void> {
    const run = this.fetchNow(options);
    if (run !== this.running) return run.then(() => undefined);
    this.runningDone ??= run.then(() => undefined);
    return this.runningDone;
  }

  /**
   * Account data of `target` for a pre-flight, so that one fetch serves it and the editor: the
   * current snapshot when it was fetched within `maxAgeMs` and no fetch failed since; otherwise
   * the fetch under way or a new one, whose result becomes the current snapshot (cached and sent
   * to the server) as any background fetch's does. `signal` stops the wait, not the shared fetch.
   */
  async freshSnapshot(target: AccountTarget, maxAgeMs: number, signal?: AbortSignal): Promise<FreshSnapshot> {
    if (!this.target || !sameTarget(target, this.target)) {
      return { ok: false, reason: 'account data is not read for this profile now (untrusted workspace?)' };
    }
    const snapshot = this.snapshot;
    if (snapshot && !this.failure && !this.running) {
      const ageMs = this.deps.now() - Date.parse(snapshot.fetchedAt);
      if (ageMs >= 0 && ageMs <= maxAgeMs) return { ok: true, snapshot, fetched: false };
    }
    const outcome = await abortable(this.fetchNow(), signal);
    if (!sameTarget(target, this.target)) return { ok: false, reason: 'the active profile changed meanwhile' };
    const kept = this.snapshot ? { kept: this.snapshot } : {};
    if (!outcome) return { ok: false, reason: 'the fetch was stopped', ...kept };
    if (!outcome.ok) return { ok: false, reason: outcome.reason, ...kept };
    // The refresher keeps a fetch where no list could be read as a failure: say why, as it does.
    if (this.snapshot !== outcome.snapshot) {
      return { ok: false, reason: this.failure?.reason ?? 'no list was read', ...kept };
    }
    return { ok: true, snapshot: outcome.snapshot, fetched: true };
  }

  /** The fetch under way or a new one; its outcome (undefined when superseded or not possible). */
  private fetchNow(options: { restart?: boolean } = {}): Promise<FetchOutcome | undefined> {
    const target = this.target;
    if (!target || this.disposed) return Promise.resolve(undefined);
    if (this.running && !options.restart) return this.running;
    this.abort?.abort();
    this.clearTimer();
    const abort = new AbortController();
    this.abort = abort;
    this.runningDone = undefined;
    const run: Promise<FetchOutcome | undefined> = this.deps
      .fetch(target, abort.signal)
      .catch((error: unknown): FetchOutcome => ({
        ok: false,
        cancelled: false,
        offline: false,
        reason: `unexpected error (${error instanceof Error ? error.message : String(error)})`,
      }))
      .then((outcome) => {
        // Superseded by a change of target or a restarted fetch: its result is not this target's now.
        if (this.running !== run) return undefined;
        this.running = undefined;
        this.runningDone = undefined;
        this.abort = undefined;
        this.settle(target, outcome);
        this.emit();
        this.schedule();
        return outcome;
      });
    this.running = run;
    this.emit();
    return run;
  }

  dispose(): void {
    this.disposed = true;
    this.stopWork();
  }

  private settle(target: AccountTarget, outcome: FetchOutcome): void {
    if (!outcome.ok) {
      if (!outcome.cancelled) this.fail(target, { offline: outcome.offline, reason: outcome.reason });
      return;
    }
    const snapshot = outcome.snapshot;
    if (snapshot.profile !== target.profileName || snapshot.region !== target.region) {
      const reason = `the data fetched is of ${snapshot.profile} / ${snapshot.region}, not of the active profile`;
      this.fail(target, { offline: false, reason });
      return;
    }
    const unknown = unknownKinds(snapshot);
    if (unknown.length === RESOURCE_KINDS.length) {
      // Nothing was read (every list refused or unreachable): keep the last good data instead.
      const parts = RESOURCE_KINDS.map((kind) => snapshot.parts[kind]);
      const offline = parts.every((part) => part.state === 'unknown' && part.cause === 'network');
      const first = parts[0];
      this.fail(target, { offline, reason: first.state === 'unknown' ? first.reason : 'no list could be read' });
      return;
    }
    this.snapshot = snapshot;
    this.failure = undefined;
    this.failures = 0;
    this.loggedFailure = undefined;
    this.resend();
    this.deps.log.debug(`Account data of ${where(target)} fetched in ${snapshot.durationMs} ms.`);
    this.deps.cache.write(target, snapshot).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      this.deps.log.warn(`Account data of ${where(target)} could not be cached: ${reason}`);
    });
    const partial = unknown
      .map((kind) => {
        const part = snapshot.parts[kind];
        return `${RESOURCE_KIND_LABELS[kind]}: ${part.state === 'unknown' ? part.reason : ''}`;
      })
      .join(' ');
    if (partial && partial !== this.loggedPartial) {
      this.deps.log.warn(
        `Account data of ${where(target)} is partial; checks that need these lists are skipped. ${partial}`,
      );
    }
    this.loggedPartial = partial || undefined;
  }

  private fail(target: AccountTarget, failure: { offline: boolean; reason: string }): void {
    this.failures++;
    this.failure = { ...failure, atMs: this.deps.now() };
    if (failure.reason === this.loggedFailure) return;
    this.loggedFailure = failure.reason;
    const kept = this.snapshot ? ' The last data fetched is kept.' : '';
    this.deps.log.warn(`Account data of ${where(target)} not refreshed: ${failure.reason}${kept}`);
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.target || this.running || this.disposed) return;
    const fetchedAtMs = this.snapshot ? Date.parse(this.snapshot.fetchedAt) : undefined;
    const delay = nextFetchDelayMs({
      nowMs: this.deps.now(),
      refreshMinutes: this.refreshMinutes,
      snapshotFetchedAtMs: fetchedAtMs,
      failures: this.failures,
      lastFailureAtMs: this.failure?.atMs,
    });
    if (delay === undefined) return;
    this.timerHandle = this.deps.timer.set(() => {
      this.timerHandle = undefined;
      void this.refresh();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timerHandle !== undefined) this.deps.timer.clear(this.timerHandle);
    this.timerHandle = undefined;
  }

  private stopWork(): void {
    this.generation++;
    this.clearTimer();
    this.abort?.abort();
    this.abort = undefined;
    this.running = undefined;
    this.runningDone = undefined;
  }

  private emit(): void {
    this.deps.onState?.(this.state());
  }
}
