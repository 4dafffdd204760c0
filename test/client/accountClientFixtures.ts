/** Snapshots and fakes for the client's account modules (client/account/), tested in plain Node. */
import {
  ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
  RESOURCE_KINDS,
  type AccountSnapshot,
  type ResourceKind,
} from '../../request/accountSnapshot';
import {
  AccountRefresher,
  type AccountSnapshotParams,
  type AccountTarget,
  type FetchOutcome,
  type RefresherLog,
  type Timer,
} from '../../client/account/accountRefresher';

export const MINUTE = 60_000;
/** The fake clock's start: a fixed instant, so that snapshot ages and timer delays are exact. */
export const START = Date.parse('2026-12-07T08:00:00Z');

export const EMULATOR_TARGET: AccountTarget = {
  profileId: 'local-emulator',
  profileName: 'Local emulator',
  region: 'cn-north-4',
};
export const CLOUD_TARGET: AccountTarget = { profileId: 'p-1', profileName: 'Work', region: 'ap-southeast-1' };

/** A schema-1 snapshot of `target` fetched at `fetchedAtMs`; `unknown` kinds are refused lists. */
export function makeSnapshot(
  target: AccountTarget,
  fetchedAtMs: number,
  unknown: readonly ResourceKind[] = [],
  cause: 'forbidden' | 'network' = 'forbidden',
): AccountSnapshot {
  const fetchedAt = new Date(fetchedAtMs).toISOString();
  const parts = Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [
      kind,
      unknown.includes(kind)
        ? { state: 'unknown', cause, reason: `No permission to list ${kind} (Pdp.0001, HTTP 403).` }
        : {
            state: 'known',
            fetchedAt,
            items: kind === 'flavors' ? [{ id: 's6.large.2', name: 's6.large.2', vcpus: 2, ramMib: 4096 }] : [],
          },
    ]),
  );
  return {
    schemaVersion: ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
    profile: target.profileName,
    region: target.region,
    projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
    fetchedAt,
    durationMs: 12,
    parts: parts as AccountSnapshot['parts'],
  };
}

/** A timer that never fires by itself: the test moves the clock and fires what is due. */
export class FakeClock implements Timer {
  nowMs: number;
  private pending = new Map<number, { at: number; run: () => void }>();
  private next = 1;

  constructor(start: number) {
    this.nowMs = start;
  }

  now = (): number => this.nowMs;

  set(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.nowMs + ms, run });
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Delays of the timers waiting, from now. */
  delays(): number[] {
    return [...this.pending.values()].map((t) => t.at - this.nowMs);
  }

  /** Moves the clock forward and runs the timers that are due by then. */
  advance(ms: number): void {
    this.nowMs += ms;
    for (const [id, timer] of [...this.pending]) {
      if (timer.at <= this.nowMs) {
        this.pending.delete(id);
        timer.run();
      }
    }
  }
}

/** A fetch the test answers: each call waits until `answer` (or is aborted). */
export class FakeFetch {
  readonly calls: { target: AccountTarget; signal: AbortSignal; answer(outcome: FetchOutcome): void }[] = [];

  /** `ignoreAbort`: a fetch that answers whatever the signal says (the refresher must still drop it). */
  constructor(private readonly ignoreAbort = false) {}

  fetch = (target: AccountTarget, signal: AbortSignal): Promise<FetchOutcome> =>
    new Promise((resolve) => {
      if (!this.ignoreAbort) {
        signal.addEventListener('abort', () =>
          resolve({ ok: false, cancelled: true, offline: false, reason: 'cancelled' }),
        );
      }
      this.calls.push({ target, signal, answer: resolve });
    });

  get last() {
    const call = this.calls[this.calls.length - 1];
    if (!call) throw new Error('no fetch was started');
    return call;
  }
}

export class RecordingLog implements RefresherLog {
  readonly lines: string[] = [];
  debug = (message: string) => void this.lines.push(`debug: ${message}`);
  info = (message: string) => void this.lines.push(`info: ${message}`);
  warn = (message: string) => void this.lines.push(`warn: ${message}`);
  get warnings(): string[] {
    return this.lines.filter((line) => line.startsWith('warn: '));
  }
}

/** Lets pending promise callbacks (cache reads, fetch results) run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A refresher wired to fakes the test drives: a clock and timer (`clock`), a fetch it answers
 * (`fetcher`), a cache in a Map keyed by profile ID (`cache`, or `options.cached`), what is sent to
 * the language server (`sent`) and the log. It has no target yet.
 */
export function makeRefresher(
  options: { cached?: Map<string, AccountSnapshot>; refreshMinutes?: number; ignoreAbort?: boolean } = {},
) {
  const clock = new FakeClock(START);
  const fetcher = new FakeFetch(options.ignoreAbort);
  const log = new RecordingLog();
  const sent: AccountSnapshotParams[] = [];
  const cache = options.cached ?? new Map<string, AccountSnapshot>();
  const refresher = new AccountRefresher(
    {
      now: clock.now,
      timer: clock,
      fetch: fetcher.fetch,
      cache: {
        read: async (key: AccountTarget) => cache.get(key.profileId),
        write: async (key: AccountTarget, snapshot: AccountSnapshot) => void cache.set(key.profileId, snapshot),
      },
      send: (params) => sent.push(params),
      log,
    },
    options.refreshMinutes ?? 10,
  );
  return { clock, fetcher, log, sent, cache, refresher };
}
