/**
 * A failed account fetch is worded as offline only when the network failed. (The client and the
 * server share one `ecs/accountSnapshot` constant from request/accountSnapshot.ts; the LSP tests
 * send the documented method name to the built server.)
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { fetchFailure } from '../../client/account/fetchFailure';
import { CancelledError, EcsApiError, MissingCredentialsError, NetworkError, TimeoutError } from '../../cloud';

describe('fetchFailure', () => {
  it('the network or a timeout: offline', () => {
    const network = fetchFailure(
      new NetworkError({ host: 'ecs.example', code: 'ECONNREFUSED', requestMayHaveBeenSent: false }),
    );
    assert.deepEqual([network.offline, network.cancelled], [true, false]);
    assert.match(network.reason, /Could not complete the call to ecs\.example/);
    assert.equal(fetchFailure(new TimeoutError('ecs.example', 30_000)).offline, true);
  });

  it('an answer that refuses (401, 403) or no keys: failed, not offline, with the reason', () => {
    const refused = fetchFailure(
      new EcsApiError({ code: 'APIGW.0301', message: 'Incorrect IAM authentication information', httpStatus: 401 }),
    );
    assert.deepEqual([refused.offline, refused.cancelled], [false, false]);
    assert.match(refused.reason, /^APIGW\.0301: /);
    assert.match(
      fetchFailure(new MissingCredentialsError('Run "ECS: Edit Profile".')).reason,
      /No access key is set up/,
    );
  });

  it('a cancellation is dropped quietly', () => assert.equal(fetchFailure(new CancelledError()).cancelled, true));
});
