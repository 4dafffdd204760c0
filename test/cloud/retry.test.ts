import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, shouldRetry, withRetries } from '../../cloud/retry';
import { CancelledError, EcsApiError, NetworkError, TimeoutError } from '../../cloud/errors';

const api = (httpStatus: number, code: string) => new EcsApiError({ code, message: 'm', httpStatus });
const lost = new NetworkError({ host: 'h', code: 'UND_ERR_SOCKET', requestMayHaveBeenSent: true });
const refused = new NetworkError({ host: 'h', code: 'ECONNREFUSED', requestMayHaveBeenSent: false });

describe('retry rules', () => {
  it('decides by failure kind and idempotency', () => {
    const table: Array<[unknown, boolean, boolean]> = [
      [api(500, 'Common.0001'), true, true],
      [api(500, 'Common.0001'), false, false],
      [api(429, 'APIGW.0308'), false, true],
      [api(202, 'Common.0024'), false, true],
      [api(503, 'Common.1503'), false, true],
      [api(400, 'Ecs.0005'), true, false],
      [api(401, 'APIGW.0301'), true, false],
      [lost, true, true],
      [lost, false, false],
      [refused, false, true],
      [new TimeoutError('h', 1), true, true],
      [new TimeoutError('h', 1), false, false],
      [new CancelledError(), true, false],
      [new Error('bug'), true, false],
    ];
    for (const [error, idempotent, expected] of table) {
      assert.equal(
        shouldRetry(error, idempotent).retry,
        expected,
        `${(error as Error).message} idempotent=${idempotent}`,
      );
    }
  });

  it('Retry-After: seconds, HTTP date, garbage', () => {
    const now = Date.UTC(2026, 0, 1);
    assert.equal(parseRetryAfter('7', now), 7000);
    assert.equal(parseRetryAfter(new Date(now + 4000).toUTCString(), now), 4000);
    assert.equal(parseRetryAfter(new Date(now - 4000).toUTCString(), now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  it('full jitter stays between 0 and the doubling ceiling, capped by maxDelay', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(
      backoffDelay(1, policy, () => 0.999),
      99,
    );
    assert.equal(
      backoffDelay(3, policy, () => 0.5),
      200,
    );
    assert.equal(
      backoffDelay(10, policy, () => 0.5),
      500,
    );
    assert.equal(
      backoffDelay(2, policy, () => 0),
      0,
    );
  });

  it('withRetries: stops on success, and a cancelled wait ends the loop', async () => {
    let calls = 0;
    const value = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw api(503, 'HTTP.503');
        return 'done';
      },
      { idempotent: true, policy: { baseDelayMs: 1 }, environment: { sleep: async () => {} } },
    );
    assert.equal(value, 'done');
    assert.equal(calls, 3);

    const controller = new AbortController();
    const cancelled = withRetries(
      async () => {
        throw api(503, 'HTTP.503');
      },
      {
        idempotent: true,
        signal: controller.signal,
        environment: {
          sleep: async (_ms, signal) => {
            controller.abort();
            if (signal?.aborted) throw new CancelledError();
          },
        },
      },
    );
    await assert.rejects(cancelled, CancelledError);
  });
});
