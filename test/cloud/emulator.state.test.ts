/** State file persistence: jobs, servers, orders and idempotency records survive a restart. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { control, createPath, jobPath, signedRequest, validCreateBody } from '../support/emulatorRequests';

describe('emulator state file', () => {
  let dir: string;
  let stateFile: string;
  let now = Date.parse('2026-11-27T16:00:00Z');
  const at = () => new Date(now);
  const credentials = { ak: 'EMUSTATETESTAK000001', sk: 'state-test-secret-key-0000000000000000000' };
  const running: RunningEmulator[] = [];
  const start = async () => {
    const emulator = await startEmulator({ state: stateFile, clock: at, credentials, jobSpeed: 1 });
    running.push(emulator);
    return emulator;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-emulator-state-'));
    stateFile = path.join(dir, 'nested', 'state.json');
  });
  after(async () => {
    for (const emulator of running) await emulator.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reloads jobs, servers, orders and client tokens after a restart', async () => {
    const token = randomUUID();
    const adminPass = 'Kept0ut-of-State!';
    const userData = Buffer.from('#!/bin/sh\necho state-file-secret\n').toString('base64');
    const body = validCreateBody({ name: 'persisted', adminPass, user_data: userData });
    const prePaidBody = validCreateBody({
      name: 'persisted-order',
      extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1 },
    });

    const first = await start();
    const created = await signedRequest(first, 'POST', createPath(), {
      body,
      now: at(),
      headers: { 'X-Client-Token': token },
    });
    assert.equal(created.status, 200, created.text);
    const order = await signedRequest(first, 'POST', createPath(), { body: prePaidBody, now: at() });
    assert.equal(order.status, 200, order.text);
    await first.close();

    assert.ok(fs.existsSync(stateFile));
    const saved = fs.readFileSync(stateFile, 'utf8');
    assert.ok(
      !saved.includes(adminPass) && !saved.includes(userData) && !saved.includes(credentials.sk),
      'no secrets in the state file',
    );

    const second = await start();
    now += 10_000;
    const job = await signedRequest(second, 'GET', jobPath(created.json.job_id), { now: at() });
    assert.equal(job.status, 200);
    assert.equal(job.json.status, 'SUCCESS');
    const list = await signedRequest(second, 'GET', `/v1/${second.projectId}/cloudservers/detail?name=persisted`, {
      now: at(),
    });
    assert.deepEqual(
      list.json.servers.map((s: { id: string }) => s.id),
      created.json.serverIds,
    );

    const replay = await signedRequest(second, 'POST', createPath(), {
      body,
      now: at(),
      headers: { 'X-Client-Token': token },
    });
    assert.deepEqual(replay.json, created.json, 'the client token is still remembered');

    assert.equal(
      (await signedRequest(second, 'GET', jobPath(order.json.job_id), { now: at() })).json.status,
      'PENDING_PAYMENT',
    );
    assert.equal((await control(second, 'POST', `/_emulator/orders/${order.json.order_id}/pay`)).status, 200);
    await second.close();

    const third = await start();
    now += 10_000;
    assert.equal(
      (await signedRequest(third, 'GET', jobPath(order.json.job_id), { now: at() })).json.status,
      'SUCCESS',
      'the payment was saved',
    );
    const state = (await control(third, 'GET', '/_emulator/state')).json;
    assert.equal(state.jobs.length, 2);
    assert.equal(state.idempotency_records, 1);
  });

  it('starts empty when the state file does not exist yet', async () => {
    const emulator = await startEmulator({ state: path.join(dir, 'fresh', 'state.json') });
    running.push(emulator);
    const state = (await control(emulator, 'GET', '/_emulator/state')).json;
    assert.deepEqual(state.jobs, []);
  });

  it('refuses a state file of an unknown version instead of guessing', async () => {
    const odd = path.join(dir, 'odd.json');
    fs.writeFileSync(odd, JSON.stringify({ version: 99, jobs: [] }));
    await assert.rejects(startEmulator({ state: odd }), /version/);
  });
});
