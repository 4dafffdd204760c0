/**
 * Follows one ECS job (`GET /v1/{project_id}/jobs/{job_id}`) until it ends.
 *
 * - Polls at once, then waits about 2 s, growing to 30 s between polls (configurable).
 * - Never runs two polls of the same job at the same time: `track()` while tracking returns the
 *   running promise.
 * - Ends in one of these phases: success, failed (with per-server reasons), pending-payment
 *   (a yearly/monthly order waits for payment: nothing changes until someone pays), expired (the
 *   job is gone: finished jobs are kept one day), stopped (credentials or another error that
 *   polling cannot fix), timed-out (the ceiling), cancelled (AbortSignal).
 * - Throttling and transient failures only slow it down.
 * - Its state is plain JSON (`toJSON` / `JobTracker.fromJSON`), so tracking can resume after a restart.
 * - Job answers carry only server IDs: with `lookUpServerNames` the tracker asks for the names once
 *   when new IDs appear and once more at the end for any still unnamed, keeps them in its state
 *   (`serverNames`) and fills them into every sub-job.
 */
import { EventEmitter } from 'node:events';
import type { EcsJob, EcsSubJob } from './apiTypes';
import { CancelledError, CloudError, EcsApiError, formatDuration } from './errors';
import { awaitsPayment, isFailure, isSuccess, stopsPolling } from './jobStatus';
import { abortableSleep } from './retry';

export type TrackingPhase =
  'tracking' | 'success' | 'failed' | 'pending-payment' | 'expired' | 'stopped' | 'timed-out' | 'cancelled';

export const FINAL_PHASES: ReadonlySet<TrackingPhase> = new Set([
  'success',
  'failed',
  'pending-payment',
  'expired',
  'stopped',
  'timed-out',
  'cancelled',
]);

export interface JobTrackerState {
  version: 1;
  jobId: string;
  phase: TrackingPhase;
  /** The job as last seen. */
  job?: EcsJob;
  /** Why tracking ended, in plain words (failed, expired, stopped, timed-out). */
  reason?: string;
  /** Error code behind `reason` when there is one (job error code or API error code). */
  errorCode?: string;
  /** The latest transient problem (throttling, network), cleared by the next good poll. */
  lastProblem?: string;
  /** Milliseconds since the epoch. */
  startedAt: number;
  updatedAt: number;
  polls: number;
  /** Wait before the next poll. */
  nextDelayMs: number;
  /** Free-form values of the caller (region, request file, client token…), kept across restarts. */
  context?: Record<string, string>;
  /** Server names found so far (ID → name). */
  serverNames?: Record<string, string>;
  /** Server IDs whose names were already looked up (so each is asked about once while running). */
  namesAskedFor?: string[];
  /** The last look-up at the end of the job was made. */
  namesAskedAtEnd?: boolean;
}

export interface JobTrackerOptions {
  fetchJob(jobId: string, signal: AbortSignal | undefined): Promise<EcsJob>;
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Factor between successive waits. */
  growth?: number;
  /** Ceiling on the total tracking time, counted from the first start (also across restarts). */
  maxTotalMs?: number;
  /** End at PENDING_PAYMENT (default) instead of waiting for someone to pay. */
  stopOnPendingPayment?: boolean;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called on every change of the state (also available as the 'update' event). */
  onUpdate?: (state: JobTrackerState) => void;
  context?: Record<string, string>;
  /** ID → name of the given servers (e.g. EcsClient.serverNames); failures only leave names out. */
  lookUpServerNames?: (serverIds: string[], signal: AbortSignal | undefined) => Promise<Record<string, string>>;
}

const DEFAULTS = { initialDelayMs: 2_000, maxDelayMs: 30_000, growth: 1.5, maxTotalMs: 60 * 60_000 };

/** Summary of failed sub-jobs, one entry per server: `name (id): reason [code]`. */
export function describeFailedServers(job: EcsJob): string | undefined {
  const failed = job.subJobs.filter((s) => isFailure(s.status));
  if (failed.length === 0) return undefined;
  const label = (s: EcsSubJob) =>
    [s.serverName, s.serverId && `(${s.serverId})`].filter(Boolean).join(' ') || s.jobId || 'a server';
  const items = failed.map(
    (s) => `${label(s)}: ${s.failReason ?? 'no reason given'}${s.errorCode ? ` [${s.errorCode}]` : ''}`,
  );
  return `${failed.length} of ${job.subJobsTotal ?? job.subJobs.length} servers failed: ${items.join('; ')}`;
}

/** "name (id)", or whichever of the two is known. */
export function serverLabel(name: string | undefined, id: string | undefined): string | undefined {
  if (name && id) return `${name} (${id})`;
  return name ?? id;
}

/** The calls a tracker needs from the ECS client (EcsClient has them). */
export interface JobSource {
  getJob(jobId: string, options: { signal?: AbortSignal }): Promise<EcsJob>;
  serverNames(
    serverIds: readonly string[],
    options: { signal?: AbortSignal; nameContains?: string },
  ): Promise<Record<string, string>>;
}

/** What a caller adds to the shared set-up: the requested name, a polling pace, a listener. */
export interface JobFollowing {
  /** server.name of the request: narrows the name look-up to servers whose name contains it. */
  readonly requestName?: string;
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly onUpdate?: (state: JobTrackerState) => void;
}

/**
 * The tracker options the CLI and the editor share: job answers from the client, and the server
 * names looked up by ID when servers appear (job answers carry only IDs).
 */
export function jobTrackerOptions(source: JobSource, following: JobFollowing = {}): JobTrackerOptions {
  return {
    fetchJob: (id, signal) => source.getJob(id, { signal }),
    lookUpServerNames: (ids, signal) => source.serverNames(ids, { signal, nameContains: following.requestName }),
    initialDelayMs: following.initialDelayMs,
    maxDelayMs: following.maxDelayMs,
    onUpdate: following.onUpdate,
  };
}

/** Server IDs of a job, in sub-job order. */
export function serverIdsOf(job: EcsJob): string[] {
  return job.subJobs.map((s) => s.serverId).filter((id): id is string => !!id);
}

/**
 * Which server IDs to look up now: unnamed IDs not asked about yet, or at the end of the job
 * (once) every ID still unnamed. Empty: no call.
 */
export function idsToLookUp(
  ids: readonly string[],
  names: Readonly<Record<string, string>>,
  askedFor: readonly string[],
  lastChance: boolean,
): string[] {
  const unnamed = ids.filter((id) => !names[id]);
  if (lastChance) return unnamed;
  const asked = new Set(askedFor);
  return unnamed.some((id) => !asked.has(id)) ? unnamed : [];
}

/** The job with known names filled into sub-jobs that have none. */
export function withServerNames(job: EcsJob, names: Readonly<Record<string, string>>): EcsJob {
  return {
    ...job,
    subJobs: job.subJobs.map((s) =>
      s.serverId && !s.serverName && names[s.serverId] ? { ...s, serverName: names[s.serverId] } : s,
    ),
  };
}

export class JobTracker extends EventEmitter {
  private current: JobTrackerState;
  private running?: Promise<JobTrackerState>;
  private readonly settings: typeof DEFAULTS & { stopOnPendingPayment: boolean };
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(
    jobId: string,
    private readonly options: JobTrackerOptions,
    restored?: JobTrackerState,
  ) {
    super();
    this.settings = {
      initialDelayMs: options.initialDelayMs ?? DEFAULTS.initialDelayMs,
      maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
      growth: options.growth ?? DEFAULTS.growth,
      maxTotalMs: options.maxTotalMs ?? DEFAULTS.maxTotalMs,
      stopOnPendingPayment: options.stopOnPendingPayment ?? true,
    };
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? abortableSleep;
    const at = this.now();
    this.current = restored
      ? { ...restored, context: restored.context ?? options.context }
      : {
          version: 1,
          jobId,
          phase: 'tracking',
          startedAt: at,
          updatedAt: at,
          polls: 0,
          nextDelayMs: this.settings.initialDelayMs,
          context: options.context,
        };
    if (options.onUpdate) this.on('update', options.onUpdate);
  }

  /** Restores a tracker from `toJSON()` output. A cancelled or timed-out tracker may track again. */
  static fromJSON(json: JobTrackerState | string, options: JobTrackerOptions): JobTracker {
    const state = (typeof json === 'string' ? JSON.parse(json) : json) as JobTrackerState;
    if (state?.version !== 1 || typeof state.jobId !== 'string')
      throw new Error('This is not a saved job tracker state (version 1).');
    return new JobTracker(state.jobId, options, state);
  }

  get jobId(): string {
    return this.current.jobId;
  }

  get state(): JobTrackerState {
    return structuredClone(this.current);
  }

  toJSON(): JobTrackerState {
    return this.state;
  }

  /** Tracks until a final phase. Calling it again while it runs returns the same promise. */
  track(signal?: AbortSignal): Promise<JobTrackerState> {
    if (!this.running) {
      this.running = this.loop(signal).finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private update(patch: Partial<JobTrackerState>): void {
    const before = JSON.stringify(observable(this.current));
    this.current = { ...this.current, ...patch, updatedAt: this.now() };
    if (JSON.stringify(observable(this.current)) !== before) this.emit('update', this.state);
  }

  private finish(phase: TrackingPhase, patch: Partial<JobTrackerState> = {}): JobTrackerState {
    this.update({ ...patch, phase });
    return this.state;
  }

  private async loop(signal?: AbortSignal): Promise<JobTrackerState> {
    // Resuming a tracker that was interrupted: it is tracking again.
    if (this.current.phase === 'cancelled' || this.current.phase === 'timed-out')
      this.update({ phase: 'tracking', reason: undefined });
    if (FINAL_PHASES.has(this.current.phase)) return this.state;
    for (;;) {
      if (signal?.aborted) return this.finish('cancelled');
      const outcome = await this.pollOnce(signal);
      if (outcome) return outcome;
      const delay = this.current.nextDelayMs;
      if (this.now() + delay - this.current.startedAt > this.settings.maxTotalMs) {
        return this.finish('timed-out', {
          reason:
            `The job did not finish within ${formatDuration(this.settings.maxTotalMs)}; it may still be ` +
            `running. Check it later or in the console.`,
        });
      }
      try {
        await this.sleep(delay, signal);
      } catch {
        return this.finish('cancelled');
      }
    }
  }

  private grow(delay: number, factor = this.settings.growth): number {
    return Math.min(this.settings.maxDelayMs, Math.max(this.settings.initialDelayMs, Math.round(delay * factor)));
  }

  /** Fills in server names, looking them up when the plan says so (never more than once a poll). */
  private async named(job: EcsJob, signal?: AbortSignal): Promise<EcsJob> {
    const names: Record<string, string> = { ...(this.current.serverNames ?? {}) };
    for (const s of job.subJobs) if (s.serverId && s.serverName) names[s.serverId] = s.serverName;
    const lookUp = this.options.lookUpServerNames;
    const lastChance = stopsPolling(job.status) && !this.current.namesAskedAtEnd;
    const ids = lookUp ? idsToLookUp(serverIdsOf(job), names, this.current.namesAskedFor ?? [], lastChance) : [];
    if (lookUp && ids.length > 0) {
      try {
        Object.assign(names, await lookUp(ids, signal));
      } catch {
        // Names are a nicety: the IDs still show, and the end of the job brings one more try.
      }
      this.current = {
        ...this.current,
        namesAskedFor: [...new Set([...(this.current.namesAskedFor ?? []), ...ids])],
        namesAskedAtEnd: this.current.namesAskedAtEnd || lastChance,
      };
    }
    if (Object.keys(names).length > 0) this.current = { ...this.current, serverNames: names };
    return withServerNames(job, names);
  }

  /** One poll; returns the final state when tracking ends, undefined to continue. */
  private async pollOnce(signal?: AbortSignal): Promise<JobTrackerState | undefined> {
    let job: EcsJob;
    try {
      job = await this.named(await this.options.fetchJob(this.current.jobId, signal), signal);
    } catch (error) {
      return this.onPollError(error);
    }
    const polls = this.current.polls + 1;
    const nextDelayMs = this.grow(this.current.nextDelayMs);
    if (isSuccess(job.status)) {
      return this.finish('success', { job, polls, lastProblem: undefined, reason: undefined, errorCode: undefined });
    }
    if (isFailure(job.status)) {
      return this.finish('failed', {
        job,
        polls,
        lastProblem: undefined,
        reason: job.failReason ?? describeFailedServers(job) ?? 'The job failed without a reason.',
        errorCode: job.errorCode ?? job.subJobs.find((s) => s.errorCode)?.errorCode,
      });
    }
    if (awaitsPayment(job.status) && this.settings.stopOnPendingPayment) {
      return this.finish('pending-payment', {
        job,
        polls,
        lastProblem: undefined,
        reason:
          'The yearly/monthly order is waiting for payment. Pay it (Billing Center or the pay command), ' +
          'then track the job again.',
      });
    }
    // INIT, RUNNING, statuses we do not know (and a payment wait when asked to go on): keep watching.
    this.update({ job, polls, nextDelayMs, lastProblem: undefined, phase: 'tracking' });
    return undefined;
  }

  private onPollError(error: unknown): JobTrackerState | undefined {
    if (error instanceof CancelledError) return this.finish('cancelled');
    if (error instanceof EcsApiError) {
      if (error.httpStatus === 404 || error.code === 'Common.0011') {
        return this.finish('expired', {
          errorCode: error.code,
          reason:
            `Job ${this.current.jobId} no longer exists: finished jobs are deleted after one day (or the ID is ` +
            `wrong). Look at the servers themselves instead.`,
        });
      }
      if (error.throttled) {
        const pause = Math.max(this.grow(this.current.nextDelayMs, 2), error.retryAfterMs ?? 0);
        this.update({
          nextDelayMs: pause,
          lastProblem: `Throttled by the service; next check in ${formatDuration(pause)}.`,
        });
        return undefined;
      }
      if (error.credentialProblem || error.httpStatus === 403) {
        return this.finish('stopped', {
          errorCode: error.code,
          reason: `Stopped checking the job: ${error.explanation} ${error.whatToDo}`,
        });
      }
      if (error.retryable) {
        this.update({ nextDelayMs: this.grow(this.current.nextDelayMs), lastProblem: error.message });
        return undefined;
      }
      return this.finish('stopped', { errorCode: error.code, reason: `Stopped checking the job: ${error.describe()}` });
    }
    if (error instanceof CloudError && error.retryable) {
      this.update({ nextDelayMs: this.grow(this.current.nextDelayMs), lastProblem: error.message });
      return undefined;
    }
    return this.finish('stopped', {
      reason: `Stopped checking the job: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

/** The parts of the state whose change is news for listeners. */
function observable(state: JobTrackerState): unknown {
  return [state.phase, state.job, state.reason, state.errorCode, state.lastProblem];
}
