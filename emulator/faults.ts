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
  | {
      kind: 'serverError';
      count?: number;
      status?: (typeof SERVER_ERROR_STATUSES)[number];
      afterCommit?: boolean;
      on?: FaultScope;
    }
  /** Gateway throttling: HTTP 429 `APIGW.0308` with a Retry-After header (seconds). */
  | { kind: 'throttle'; count?: number; retryAfterSeconds?: number; on?: FaultScope }
  /** ECS flow control: HTTP **202** with the error body `Common.0024` (nothing is done). */
  | { kind: 'flowControl'; count?: number; on?: FaultScope }
  /** Create calls: commit the job and servers, then destroy the socket without answering. */
  | { kind: 'resetAfterCommit'; count?: number; on?: 'create' }
  /** Create calls: accept the request, but the job later fails (default `Ecs.0319`, insufficient capacity). */
  | { kind: 'jobFailure'; count?: number; code?: string; reason?: string; on?: 'create' };

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

/** Upper bounds that keep a fault meaningful: a longer wait only looks like a hang. */
export const FAULT_LIMITS = {
  /** 10 minutes: longer than any sensible client timeout, so timeouts can still be tested. */
  latencyMs: 600_000,
  /** One hour. */
  retryAfterSeconds: 3_600,
  count: 1_000_000,
  /** Faults waiting at once (each request looks through them). */
  active: 1_000,
  /** Length of a jobFailure reason. */
  reasonChars: 1_000,
} as const;

/** The 5xx answers the emulator renders with a documented code (errors.md §2.3, §3). */
export const SERVER_ERROR_STATUSES = [500, 502, 503, 504] as const;

const SCOPES: readonly FaultScope[] = ['create', 'jobs', 'all'];

/** Returns what the value must be when it is not acceptable, else undefined. */
type FieldRule = (value: unknown) => string | undefined;

function wholeNumber(min: number, max: number, unit = ''): FieldRule {
  const what = `a whole number${unit} from ${min} to ${max}`;
  return (value) => {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
    return ok ? undefined : what;
  };
}

function oneOf(values: readonly unknown[]): FieldRule {
  const what = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return (value) => (values.includes(value) ? undefined : what);
}

const count = wholeNumber(1, FAULT_LIMITS.count);
const on = oneOf(SCOPES);

/** The fields each kind accepts (besides `kind`), and which of them it needs. */
const FIELDS: Record<FaultKind, { rules: Record<string, FieldRule>; required?: string[] }> = {
  latency: { rules: { ms: wholeNumber(0, FAULT_LIMITS.latencyMs, ' of milliseconds'), count, on }, required: ['ms'] },
  serverError: { rules: { status: oneOf(SERVER_ERROR_STATUSES), afterCommit: oneOf([true, false]), count, on } },
  throttle: { rules: { retryAfterSeconds: wholeNumber(0, FAULT_LIMITS.retryAfterSeconds, ' of seconds'), count, on } },
  flowControl: { rules: { count, on } },
  // These two only ever apply to create calls.
  resetAfterCommit: { rules: { count, on: oneOf(['create']) } },
  jobFailure: {
    rules: {
      count,
      code: (value) =>
        typeof value === 'string' && /^[A-Za-z]+\.[0-9]{4}$/.test(value) ? undefined : 'an error code like "Ecs.0319"',
      reason: (value) =>
        typeof value === 'string' && value.length <= FAULT_LIMITS.reasonChars
          ? undefined
          : `a text of at most ${FAULT_LIMITS.reasonChars} characters`,
      on: oneOf(['create']),
    },
  },
};

const KINDS = Object.keys(FIELDS) as FaultKind[];

/** A received value, short, for a message (control bodies hold no secrets). */
function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Checks a fault that arrived as JSON (or from a caller in-process); returns a message naming
 * the field that is wrong and what it must be, or undefined when the fault is acceptable.
 */
export function describeInvalidFault(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'A fault must be a JSON object with a "kind".';
  }
  const spec = value as Record<string, unknown>;
  if (typeof spec.kind !== 'string' || !Object.hasOwn(FIELDS, spec.kind)) {
    const got = spec.kind === undefined ? '' : `; got ${shown(spec.kind)}`;
    return `Fault field "kind" must be one of: ${KINDS.join(', ')}${got}.`;
  }
  const kind = spec.kind as FaultKind;
  const { rules, required = [] } = FIELDS[kind];
  for (const [name, field] of Object.entries(spec)) {
    if (name === 'kind') continue;
    if (!Object.hasOwn(rules, name)) {
      const accepted = Object.keys(rules).join(', ');
      return `Fault field "${name.slice(0, 40)}" is not known for kind ${kind}; it accepts: ${accepted}.`;
    }
    if (field === undefined) continue;
    const must = rules[name](field);
    if (must) return `Fault field "${name}" of a ${kind} fault must be ${must}; got ${shown(field)}.`;
  }
  for (const name of required) {
    if (spec[name] === undefined) return `A ${kind} fault needs "${name}".`;
  }
  return undefined;
}

export class FaultInjector implements FaultControl {
  private faults: ActiveFault[] = [];

  inject(spec: FaultSpec): void {
    const problem = describeInvalidFault(spec) ?? this.describeNoRoom(1);
    if (problem) throw new Error(problem);
    this.faults.push({ spec: { ...spec }, remaining: initialCount(spec) });
  }

  /** A message when `adding` more faults would exceed the limit of waiting faults, else undefined. */
  describeNoRoom(adding: number): string | undefined {
    if (this.faults.length + adding <= FAULT_LIMITS.active) return undefined;
    const waiting = this.faults.length;
    const limit = FAULT_LIMITS.active;
    return `At most ${limit} faults can wait at once (${waiting} do); clear them with DELETE /_emulator/faults.`;
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
  take<K extends FaultKind>(
    kind: K,
    requestScopes: readonly FaultScope[],
  ): Extract<FaultSpec, { kind: K }> | undefined {
    const fault = this.faults.find((f) => f.spec.kind === kind && requestScopes.includes(scopeOf(f.spec)));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return fault.spec as Extract<FaultSpec, { kind: K }>;
  }
}
