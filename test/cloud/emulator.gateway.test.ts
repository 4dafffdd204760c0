/** Gateway behaviour of the emulator: AK/SK signature checks, error shape, request IDs, routing. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { computeSignature, formatAuthorization, formatSdkDate } from '../../cloud/signing';
import { signedRequest, validCreateBody, createPath } from '../support/emulatorRequests';
import { SEEDED } from '../support/requestBuilder';

function assertGatewayError(
  response: { status: number; json: any; headers: Record<string, unknown> },
  status: number,
  code: string,
): void {
  assert.equal(response.status, status);
  assert.equal(response.json.error_code, code);
  assert.equal(typeof response.json.error_msg, 'string');
  assert.match(response.json.request_id, /^[0-9a-f]{32}$/);
  assert.equal(response.headers['x-request-id'], response.json.request_id);
}

describe('emulator gateway', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000 });
  });
  after(() => emulator.close());

  it('accepts a correctly signed request and tags the answer with X-Request-Id', async () => {
    const response = await signedRequest(emulator, 'GET', `/v3/projects?name=${emulator.region}`);
    assert.equal(response.status, 200);
    assert.match(String(response.headers['x-request-id']), /^[0-9a-f]{32}$/);
    assert.equal(response.json.projects[0].id, SEEDED.projectId);
  });

  it('verifies signatures over bodies and query strings', async () => {
    const withQuery = await signedRequest(
      emulator,
      'GET',
      `/v1/${emulator.projectId}/cloudservers/flavors?availability_zone=cn-north-4a`,
    );
    assert.equal(withQuery.status, 200);
    const withBody = await signedRequest(emulator, 'POST', createPath(), {
      body: validCreateBody({}, { dry_run: true }),
    });
    assert.equal(withBody.status, 202);
  });

  it('rejects an unknown access key with APIGW.0301', async () => {
    const response = await signedRequest(emulator, 'GET', '/v3/projects', {
      credentials: { ak: 'UNKNOWNAK0000000000X', sk: emulator.sk },
    });
    assertGatewayError(response, 401, 'APIGW.0301');
    assert.match(response.json.error_msg, /access key is not known/);
  });

  it('rejects a signature made with the wrong secret key', async () => {
    const response = await signedRequest(emulator, 'GET', '/v3/projects', {
      credentials: { ak: emulator.ak, sk: 'not-the-secret-key' },
    });
    assertGatewayError(response, 401, 'APIGW.0301');
    assert.match(response.json.error_msg, /signature does not match/);
  });

  it('rejects a body or a signed header changed after signing', async () => {
    const signedBody = validCreateBody({}, { dry_run: true });
    const tamperedBody = await signedRequest(emulator, 'POST', createPath(), {
      body: signedBody,
      sendInstead: JSON.stringify(validCreateBody({ name: 'other-name' }, { dry_run: true })),
    });
    assertGatewayError(tamperedBody, 401, 'APIGW.0301');
    const tamperedHeader = await signedRequest(emulator, 'POST', createPath(), {
      body: signedBody,
      override: { 'X-Project-Id': 'ffffffffffffffffffffffffffffffff' },
    });
    assertGatewayError(tamperedHeader, 401, 'APIGW.0301');
  });

  it('rejects a request without Authorization', async () => {
    const response = await signedRequest(emulator, 'GET', '/v3/projects', { unsigned: true });
    assertGatewayError(response, 401, 'APIGW.0301');
  });

  it('rejects a garbled Authorization header', async () => {
    for (const garbled of ['SDK-HMAC-SHA256', 'Basic dXNlcjpwYXNz', 'SDK-HMAC-SHA256 Access=AK, Signature=abc']) {
      const response = await signedRequest(emulator, 'GET', '/v3/projects', { override: { Authorization: garbled } });
      assertGatewayError(response, 401, 'APIGW.0301');
    }
  });

  it('rejects a request signed more than 15 minutes away from the emulator clock, either way', async () => {
    for (const offsetMinutes of [-16, 16]) {
      const response = await signedRequest(emulator, 'GET', '/v3/projects', {
        now: new Date(Date.now() + offsetMinutes * 60_000),
      });
      assertGatewayError(response, 401, 'APIGW.0301');
      assert.match(response.json.error_msg, /15 minutes/);
    }
    const slightlyOff = await signedRequest(emulator, 'GET', '/v3/projects', {
      now: new Date(Date.now() - 5 * 60_000),
    });
    assert.equal(slightlyOff.status, 200);
  });

  it('requires host and X-Sdk-Date among the signed headers, even when the signature itself is right', async () => {
    const url = new URL('/v3/projects', emulator.endpoint);
    const sdkDate = formatSdkDate(new Date());
    const headers = { 'Content-Type': 'application/json', 'X-Sdk-Date': sdkDate };
    const signWith = (names: string[]) =>
      formatAuthorization(
        emulator.ak,
        names,
        computeSignature({ method: 'GET', url, headers }, emulator.sk, names, sdkDate),
      );
    const withoutHost = await signedRequest(emulator, 'GET', '/v3/projects', {
      unsigned: true,
      headers,
      override: { Authorization: signWith(['content-type', 'x-sdk-date']) },
    });
    assertGatewayError(withoutHost, 401, 'APIGW.0301');
    assert.match(withoutHost.json.error_msg, /host/);
    const withHost = await signedRequest(emulator, 'GET', '/v3/projects', {
      unsigned: true,
      headers,
      override: { Authorization: signWith(['content-type', 'host', 'x-sdk-date']) },
    });
    assert.equal(withHost.status, 200);
    const withoutDate = await signedRequest(emulator, 'GET', '/v3/projects', {
      unsigned: true,
      headers,
      override: { Authorization: signWith(['content-type', 'host']) },
    });
    assertGatewayError(withoutDate, 401, 'APIGW.0301');
  });

  it('answers an unknown path with APIGW.0101 (404) before checking credentials', async () => {
    const response = await signedRequest(emulator, 'GET', '/v9/nothing-here', { unsigned: true });
    assertGatewayError(response, 404, 'APIGW.0101');
  });

  it('answers a project that is not the emulated region with an ECS error', async () => {
    const response = await signedRequest(emulator, 'GET', '/v1/ffffffffffffffffffffffffffffffff/cloudservers/detail');
    assert.equal(response.status, 400);
    assert.equal(response.json.error.code, 'Common.0018');
    assert.ok(response.headers['x-request-id']);
  });

  it('never echoes the secret key or the signature in a rejection', async () => {
    const response = await signedRequest(emulator, 'GET', '/v3/projects', {
      credentials: { ak: emulator.ak, sk: 'wrong-secret-value-123' },
    });
    assert.equal(response.status, 401);
    assert.ok(!response.text.includes(emulator.sk));
    assert.ok(!response.text.includes('wrong-secret-value-123'));
  });
});

describe('emulator gateway: temporary credentials and X-Security-Token', () => {
  let emulator: RunningEmulator;
  let clock = Date.parse('2026-11-27T16:00:00Z');
  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000, clock: () => new Date(clock) });
  });
  after(() => emulator.close());

  const projects = (options: Parameters<typeof signedRequest>[3]) =>
    signedRequest(emulator, 'GET', `/v3/projects?name=${emulator.region}`, { now: new Date(clock), ...options });

  it('accepts the temporary key when its security token is sent (signed, as the SDKs do)', async () => {
    const response = await projects({ credentials: emulator.temporary });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.json.projects[0].id, SEEDED.projectId);
  });

  it('refuses the temporary key without X-Security-Token with APIGW.0301, naming the header', async () => {
    const { ak, sk } = emulator.temporary;
    const response = await projects({ credentials: { ak, sk } });
    assertGatewayError(response, 401, 'APIGW.0301');
    assert.match(response.json.error_msg, /X-Security-Token/);
  });

  it('refuses a security token that is not the one issued with the key', async () => {
    const { ak, sk } = emulator.temporary;
    const response = await projects({ credentials: { ak, sk, securityToken: 'emu-sts-someone-elses-token' } });
    assertGatewayError(response, 401, 'APIGW.0301');
    assert.match(response.json.error_msg, /does not belong/);
    assert.ok(!response.text.includes(emulator.temporary.securityToken), 'the real token is never echoed');
  });

  it('accepts a token that was sent but not signed (the facts do not say the gateway requires it signed)', async () => {
    const { ak, sk, securityToken } = emulator.temporary;
    const response = await projects({ credentials: { ak, sk }, override: { 'X-Security-Token': securityToken } });
    assert.equal(response.status, 200, response.text);
  });

  it('lets a permanent key through with a stray security token', async () => {
    const response = await projects({ headers: { 'X-Security-Token': 'not-needed' } });
    assert.equal(response.status, 200, response.text);
  });

  it('refuses the temporary key after it expired ("signature expired")', async () => {
    clock = emulator.temporary.expiresAt.getTime() + 1000;
    const response = await projects({ credentials: emulator.temporary });
    assertGatewayError(response, 401, 'APIGW.0301');
    assert.match(response.json.error_msg, /signature expired/);
  });
});
