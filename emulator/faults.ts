/**
 * Fault injection: make the emulator misbehave the way a real cloud sometimes does, so the
 * client's retry and idempotency logic can be tested. Inject through `RunningEmulator.faults`
 * or `POST /_emulator/faults` with the same JSON.
 *
 * Scope (`on`): `create` = the create calls (V1 and V1.1, dry runs included), `jobs` = job
 * queries, `all` = every authenticated API call (never the /_emulator control endpoints).
 */

export type FaultScope = 'create' | 'jobs' | 'all';

export type FaultSpec =
  /** Delay answers by `ms`; `count` answers, or until cleared when omitted. */
  | { kind: 'latency'; ms: number; count?: number; on?: FaultScope }
  /**
   * Answer with a 5xx. Before the work by default (nothing happens); with `afterCommit` the
   * request is carried out first and its answer replaced by the 5xx (a "lost" success).
   */
  | { kind: 'serverError'; count?: number; status?: 500 | 502 | 503 | 504; afterCommit?: boolean; on?: FaultScope }
  /** Gateway throttling: HTTP 429 `APIGW.0308` with a Retry-After header (seconds). */
  | { kind: 'throttle'; count?: number; retryAfterSeconds?: number; on?: FaultScope }
  /** ECS flow control: HTTP **202** with the error body `Common.0024` (nothing is done). */
  | { kind: 'flowControl'; count?: number; on?: FaultScope }
  /** Create calls: commit the job and servers, then destroy the socket without answering. */
  | { kind: 'resetAfterCommit'; count?: number }
  /** Create calls: accept the request, but the job later fails (default `Ecs.0319`, insufficient capacity). */
  | { kind: 'jobFailure'; count?: number; code?: string; reason?: string };

export type FaultKind = FaultSpec['kind'];

/** An injected fault together with how many more requests it will hit (Infinity = until cleared). */
export interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
}

export interface FaultControl {
  inject(spec: FaultSpec): void;
  clear(): void;
  list(): ActiveFault[];
}

const DEFAULT_SCOPE: Record<FaultKind, FaultScope> = {
  latency: 'all',
  serverError: 'all',
  throttle: 'all',
  flowControl: 'all',
  resetAfterCommit: 'create',
  jobFailure: 'create',
};

function scopeOf(spec: FaultSpec): FaultScope {
  return 'on' in spec && spec.on ? spec.on : DEFAULT_SCOPE[spec.kind];
}

function initialCount(spec: FaultSpec): number {
  if (spec.count !== undefined) return spec.count;
  return spec.kind === 'latency' ? Number.POSITIVE_INFINITY : 1;
}

const KINDS = new Set<FaultKind>(['latency', 'serverError', 'throttle', 'flowControl', 'resetAfterCommit', 'jobFailure']);

/** Checks a fault that arrived as JSON; returns a message naming the problem, or undefined. */
export function describeInvalidFault(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'A fault must be a JSON object with a "kind".';
  const spec = value as Record<string, unknown>;
  if (typeof spec.kind !== 'string' || !KINDS.has(spec.kind as FaultKind)) {
    return `Fault "kind" must be one of: ${[...KINDS].join(', ')}.`;
  }
  if (spec.count !== undefined && (!Number.isInteger(spec.count) || (spec.count as number) < 1)) {
    return 'Fault "count" must be a positive integer.';
  }
  if (spec.kind === 'latency' && (typeof spec.ms !== 'number' || spec.ms < 0)) return 'A latency fault needs "ms" (0 or more).';
  if (spec.on !== undefined && !['create', 'jobs', 'all'].includes(spec.on as string)) {
    return 'Fault "on" must be "create", "jobs" or "all".';
  }
  return undefined;
}

export class FaultInjector implements FaultControl {
  private faults: ActiveFault[] = [];

  inject(spec: FaultSpec): void {
    const problem = describeInvalidFault(spec);
    if (problem) throw new Error(problem);
    this.faults.push({ spec: { ...spec }, remaining: initialCount(spec) });
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ spec: { ...f.spec }, remaining: f.remaining }));
  }

  /**
   * Uses up one hit of the first fault of this kind that applies to the request's scopes,
   * and returns its spec (or undefined when none applies).
   */
  take<K extends FaultKind>(kind: K, requestScopes: readonly FaultScope[]): Extract<FaultSpec, { kind: K }> | undefined {
    const fault = this.faults.find((f) => f.spec.kind === kind && requestScopes.includes(scopeOf(f.spec)));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault.spec as Extract<FaultSpec, { kind: K }>;
  }
}
