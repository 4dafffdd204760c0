/** Fault injection and X-Client-Token idempotency, with raw signed requests. */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { control, createPath, injectFaultOverHttp, signedRequest, validCreateBody } from '../support/emulatorRequests';

describe('emulator faults and idempotency', () => {
  let emulator: RunningEmulator;
  let now = Date.now();
  const at = () => new Date(now);
  const create = (body: unknown, token?: string) =>
    signedRequest(emulator, 'POST', createPath(), {
      body,
      now: at(),
      headers: token ? { 'X-Client-Token': token } : {},
    });
  const jobCount = async () => (await control(emulator, 'GET', '/_emulator/state')).json.jobs.length as number;

  before(async () => {
    emulator = await startEmulator({ clock: at, jobSpeed: 1000 });
  });
  after(() => emulator.close());
  afterEach(() => emulator.faults.clear());

  describe('X-Client-Token', () => {
    it('replays the first answer for the same token and body, creating nothing new', async () => {
      const token = randomUUID();
      const body = validCreateBody({ name: 'idem-same' });
      const jobsBefore = await jobCount();
      const first = await create(body, token);
      const second = await create(body, token);
      assert.equal(first.status, 200);
      assert.deepEqual(second.json, first.json);
      assert.notEqual(second.headers['x-request-id'], first.headers['x-request-id']);
      assert.equal(await jobCount(), jobsBefore + 1);
    });

    it('treats a re-ordered but equal body as the same request', async () => {
      const token = randomUUID();
      const first = await create({ server: { ...validCreateBody({ name: 'idem-order' }).server } }, token);
      const server = validCreateBody({ name: 'idem-order' }).server;
      const reordered = Object.fromEntries(Object.entries(server).reverse());
      const second = await create({ server: reordered }, token);
      assert.equal(second.json.job_id, first.json.job_id);
    });

    it('refuses the same token with a different body (Ecs.0122)', async () => {
      const token = randomUUID();
      await create(validCreateBody({ name: 'idem-a' }), token);
      const other = await create(validCreateBody({ name: 'idem-b' }), token);
      assert.equal(other.status, 400);
      assert.equal(other.json.error.code, 'Ecs.0122');
    });

    it('refuses a token that is not a lower-case UUID (Ecs.0123)', async () => {
      for (const token of ['not-a-uuid', '46436810D999454CBD85E515FD258600', randomUUID().toUpperCase()]) {
        const response = await create(validCreateBody({ name: 'idem-bad' }), token);
        assert.equal(response.status, 400, token);
        assert.equal(response.json.error.code, 'Ecs.0123');
      }
    });

    it('refuses a token first used more than 8 hours ago (Ecs.0124)', async () => {
      const token = randomUUID();
      const body = validCreateBody({ name: 'idem-old' });
      await create(body, token);
      now += 8 * 60 * 60 * 1000 + 60_000;
      const late = await create(body, token);
      assert.equal(late.json.error.code, 'Ecs.0124');
    });

    it('does not remember refusals or dry runs, so the token can be used once the body is fixed', async () => {
      const token = randomUUID();
      const refused = await create(
        validCreateBody({ name: 'idem-fix', imageRef: '00000000-0000-4000-8000-000000000000' }),
        token,
      );
      assert.equal(refused.json.error.code, 'Ecs.0031');
      const fixed = await create(validCreateBody({ name: 'idem-fix' }), token);
      assert.equal(fixed.status, 200);
      const dryToken = randomUUID();
      assert.equal((await create(validCreateBody({ name: 'idem-dry' }, { dry_run: true }), dryToken)).status, 202);
      assert.equal((await create(validCreateBody({ name: 'idem-dry' }), dryToken)).status, 200);
    });
  });

  it('dry run creates nothing', async () => {
    const before = await jobCount();
    const response = await create(validCreateBody({ name: 'dry', count: 3 }, { dry_run: true }));
    assert.equal(response.status, 202);
    assert.equal(response.text, '');
    assert.equal(await jobCount(), before);
  });

  it(
    'resets the connection after committing a create, and ' + 'the retry with the same token gets the first answer',
    async () => {
      emulator.faults.inject({ kind: 'resetAfterCommit', count: 1 });
      const token = randomUUID();
      const body = validCreateBody({ name: 'reset' });
      const before = await jobCount();
      await assert.rejects(create(body, token));
      assert.equal(await jobCount(), before + 1, 'the job was created although no answer came');
      const retry = await create(body, token);
      assert.equal(retry.status, 200);
      const state = (await control(emulator, 'GET', '/_emulator/state')).json;
      assert.equal(state.jobs.length, before + 1);
      assert.ok(state.jobs.includes(retry.json.job_id));
      assert.deepEqual(
        state.servers.filter((s: { name: string }) => s.name === 'reset').map((s: { id: string }) => s.id),
        retry.json.serverIds,
      );
    },
  );

  it('answers 5xx before the work by default (nothing created)', async () => {
    emulator.faults.inject({ kind: 'serverError', count: 1, status: 500, on: 'create' });
    const before = await jobCount();
    const response = await create(validCreateBody({ name: 'err500' }));
    assert.equal(response.status, 500);
    assert.equal(response.json.error.code, 'Common.0001');
    assert.equal(await jobCount(), before);
    emulator.faults.inject({ kind: 'serverError', status: 503 });
    const unavailable = await create(validCreateBody({ name: 'err503' }));
    assert.equal(unavailable.status, 503);
    assert.equal(unavailable.json.error.code, 'Common.1503');
  });

  it('answers 502 after committing with afterCommit (gateway shape), and the token replays the job', async () => {
    emulator.faults.inject({ kind: 'serverError', status: 502, afterCommit: true, on: 'create' });
    const token = randomUUID();
    const body = validCreateBody({ name: 'err502' });
    const before = await jobCount();
    const lost = await create(body, token);
    assert.equal(lost.status, 502);
    assert.equal(lost.json.error_code, 'APIGW.0201');
    assert.equal(await jobCount(), before + 1);
    const retry = await create(body, token);
    assert.equal(retry.status, 200);
    assert.equal(await jobCount(), before + 1);
  });

  it('throttles with 429 APIGW.0308 and Retry-After, without doing the work', async () => {
    emulator.faults.inject({ kind: 'throttle', count: 2, retryAfterSeconds: 3 });
    const before = await jobCount();
    for (let i = 0; i < 2; i++) {
      const response = await create(validCreateBody({ name: 'throttled' }));
      assert.equal(response.status, 429);
      assert.equal(response.json.error_code, 'APIGW.0308');
      assert.equal(response.headers['retry-after'], '3');
    }
    assert.equal((await create(validCreateBody({ name: 'throttled' }))).status, 200, 'the count is used up');
    assert.equal(await jobCount(), before + 1);
  });

  it('answers flow control as HTTP 202 with Common.0024 in the body, without doing the work', async () => {
    emulator.faults.inject({ kind: 'flowControl', count: 1 });
    const before = await jobCount();
    const response = await create(validCreateBody({ name: 'flow' }));
    assert.equal(response.status, 202);
    assert.equal(response.json.error.code, 'Common.0024');
    assert.equal(await jobCount(), before);
  });

  it('applies a fault only to its scope', async () => {
    emulator.faults.inject({ kind: 'serverError', status: 500, on: 'jobs' });
    const created = await create(validCreateBody({ name: 'scoped' }));
    assert.equal(created.status, 200);
    const job = await signedRequest(emulator, 'GET', `/v1/${emulator.projectId}/jobs/${created.json.job_id}`, {
      now: at(),
    });
    assert.equal(job.status, 500);
    assert.deepEqual(emulator.faults.list(), []);
  });

  it('accepts faults over the control endpoint and validates them', async () => {
    const injected = await injectFaultOverHttp(emulator, [
      { kind: 'throttle', count: 2 },
      { kind: 'latency', ms: 0, count: 1 },
    ]);
    assert.equal(injected.status, 200);
    assert.deepEqual(
      injected.json.faults.map((f: { spec: { kind: string }; remaining: number }) => [f.spec.kind, f.remaining]),
      [
        ['throttle', 2],
        ['latency', 1],
      ],
    );
    const listed = await control(emulator, 'GET', '/_emulator/faults');
    assert.equal(listed.json.faults.length, 2);
    const cleared = await control(emulator, 'DELETE', '/_emulator/faults');
    assert.deepEqual(cleared.json.faults, []);
    const invalid = await control(emulator, 'POST', '/_emulator/faults', { kind: 'meteorStrike' });
    assert.equal(invalid.status, 400);
    assert.match(invalid.json.error_msg, /kind/);
    assert.throws(() => emulator.faults.inject({ kind: 'throttle', count: 0 }), /count/);
  });

  it('delays answers with a latency fault and uses it up', async () => {
    emulator.faults.inject({ kind: 'latency', ms: 5, count: 1 });
    const response = await signedRequest(emulator, 'GET', '/v3/projects', { now: at() });
    assert.equal(response.status, 200);
    assert.deepEqual(emulator.faults.list(), []);
  });
});
