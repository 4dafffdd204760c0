/**
 * Retries with exponential backoff, full jitter, Retry-After and a total deadline.
 *
 * What is retried (errors.md §4, responses-and-jobs.md §3):
 * - throttling answers (HTTP 429 / APIGW.0308, Common.0024 with HTTP 202, Common.1503): the
 *   service says it did not process the request, so any request may be sent again;
 * - failures before the connection was made: the server cannot have seen the request;
 * - 5xx answers, timeouts and connections lost after sending: only for idempotent requests
 *   (GET, or a create that carries an X-Client-Token, which every retry reuses).
 * Nothing else: other 4xx answers need a fix, and a cancelled request stays cancelled.
 */
import { CancelledError, CloudError, EcsApiError, NetworkError, TimeoutError } from './errors';

export interface RetryPolicy {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  /** First backoff ceiling; doubles per attempt (full jitter picks 0..ceiling). */
  baseDelayMs: number;
  /** Upper bound of one backoff wait (a Retry-After may ask for more, within the deadline). */
  maxDelayMs: number;
  /** No new attempt starts after this much time since the first one. */
  deadlineMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  deadlineMs: 120_000,
};

/** Time and randomness, injectable so tests neither wait nor flake. */
export interface RetryEnvironment {
  now(): number;
  random(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const realRetryEnvironment: RetryEnvironment = {
  now: () => Date.now(),
  random: Math.random,
  sleep: abortableSleep,
};

/** Retry-After: delta seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export type RetryDecision = { retry: true } | { retry: false; why: string };

/** Whether a failed attempt may be sent again, given whether the request is idempotent. */
export function shouldRetry(error: unknown, idempotent: boolean): RetryDecision {
  if (error instanceof CancelledError) return { retry: false, why: 'cancelled' };
  if (error instanceof EcsApiError) {
    if (error.throttled) return { retry: true };
    if (error.credentialProblem) return { retry: false, why: 'credentials' };
    if (error.retryable)
      return idempotent ? { retry: true } : { retry: false, why: 'not idempotent and the server saw it' };
    return { retry: false, why: 'needs a fix' };
  }
  if (error instanceof NetworkError) {
    if (!error.requestMayHaveBeenSent || idempotent) return { retry: true };
    return { retry: false, why: 'not idempotent and it may have reached the server' };
  }
  if (error instanceof TimeoutError) {
    return idempotent ? { retry: true } : { retry: false, why: 'not idempotent and it may have reached the server' };
  }
  return { retry: false, why: error instanceof CloudError ? error.kind : 'unexpected error' };
}

export interface RetryInfo {
  attempt: number;
  delayMs: number;
  error: unknown;
}

export interface RetryOptions {
  idempotent: boolean;
  policy?: Partial<RetryPolicy>;
  environment?: Partial<RetryEnvironment>;
  signal?: AbortSignal;
  /** Called before each wait; for logging and progress. */
  onRetry?(info: RetryInfo): void;
}

/** Full jitter: a random wait between 0 and min(maxDelay, base·2^(attempt−1)). */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Runs `attempt` (1-based number) until it succeeds or a failure may not be retried. */
export async function withRetries<T>(attempt: (n: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const env = { ...realRetryEnvironment, ...options.environment };
  const started = env.now();
  for (let n = 1; ; n++) {
    if (options.signal?.aborted) throw new CancelledError();
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= policy.maxAttempts || !shouldRetry(error, options.idempotent).retry) throw error;
      const retryAfter = error instanceof EcsApiError ? error.retryAfterMs : undefined;
      const jitter = backoffDelay(n, policy, env.random);
      const delayMs = retryAfter !== undefined ? Math.max(retryAfter, jitter) : jitter;
      if (env.now() + delayMs - started > policy.deadlineMs) throw error;
      options.onRetry?.({ attempt: n, delayMs, error });
      await env.sleep(delayMs, options.signal);
    }
  }
}
