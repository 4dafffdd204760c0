/**
 * Job lifecycle, server list and yearly/monthly orders, driven by a fake clock (no waiting):
 * INIT → RUNNING → SUCCESS | FAIL per server, PENDING_PAYMENT until the order is paid,
 * one-day retention.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { control, createPath, jobPath, signedRequest, validCreateBody } from '../support/emulatorRequests';

describe('emulator jobs and orders', () => {
  let emulator: RunningEmulator;
  let now = Date.parse('2026-11-27T16:00:00Z');
  const advance = (ms: number) => {
    now += ms;
  };
  const at = () => new Date(now);
  const call = (method: string, path: string, body?: unknown) =>
    signedRequest(emulator, method, path, { body, now: at() });
  const job = async (jobId: string) => (await call('GET', jobPath(jobId))).json;
  const serversNamed = async (prefix: string) =>
    (await call('GET', `/v1/${emulator.projectId}/cloudservers/detail?name=${prefix}`)).json.servers as Array<{
      name: string;
      status: string;
    }>;

  before(async () => {
    emulator = await startEmulator({ clock: at, jobSpeed: 1 });
  });
  after(() => emulator.close());

  it('moves each server from INIT through RUNNING to SUCCESS and shows the servers', async () => {
    const created = await call('POST', createPath(), validCreateBody({ name: 'steps', count: 2 }));
    assert.equal(created.status, 200, created.text);
    assert.match(created.json.job_id, /^[0-9a-f]{32}$/);
    assert.equal(created.json.serverIds.length, 2);
    assert.equal(created.json.order_id, undefined);

    const initial = await job(created.json.job_id);
    assert.equal(initial.status, 'INIT');
    assert.equal(initial.job_type, 'createServer');
    assert.equal(initial.entities.sub_jobs_total, 2);
    assert.deepEqual(
      initial.entities.sub_jobs.map((s: { status: string }) => s.status),
      ['INIT', 'INIT'],
    );

    advance(1500);
    const running = await job(created.json.job_id);
    assert.equal(running.status, 'RUNNING');
    assert.ok(
      running.entities.sub_jobs.every(
        (s: { status: string; job_type: string }) => s.status === 'RUNNING' && s.job_type === 'createSingleServer',
      ),
    );
    assert.deepEqual(
      (await serversNamed('steps')).map((s) => s.status),
      ['BUILD', 'BUILD'],
    );

    advance(10_000);
    const done = await job(created.json.job_id);
    assert.equal(done.status, 'SUCCESS');
    assert.equal(done.error_code, null);
    assert.match(done.end_time, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    assert.deepEqual(
      done.entities.sub_jobs.map((s: { entities: { server_id: string } }) => s.entities.server_id).sort(),
      [...created.json.serverIds].sort(),
    );
    const servers = await serversNamed('steps');
    assert.deepEqual(servers.map((s) => [s.name, s.status]).sort(), [
      ['steps-0001', 'ACTIVE'],
      ['steps-0002', 'ACTIVE'],
    ]);
  });

  it('fails the job with a reason and code per server when capacity runs out, and rolls the servers back', async () => {
    emulator.faults.inject({ kind: 'jobFailure' });
    const created = await call('POST', createPath(), validCreateBody({ name: 'doomed' }));
    assert.equal(created.status, 200, 'the failure only shows in the job');
    advance(10_000);
    const failed = await job(created.json.job_id);
    assert.equal(failed.status, 'FAIL');
    assert.equal(failed.error_code, 'Ecs.0319');
    assert.match(failed.fail_reason, /capacity/i);
    const [sub] = failed.entities.sub_jobs;
    assert.equal(sub.status, 'FAIL');
    assert.equal(sub.error_code, 'Ecs.0319');
    assert.match(sub.entities.errorcode_message, /capacity/i);
    assert.deepEqual(await serversNamed('doomed'), []);
  });

  it('uses a custom failure code and reason from the fault', async () => {
    emulator.faults.inject({ kind: 'jobFailure', code: 'Ecs.0202', reason: 'System disk could not be created.' });
    const created = await call('POST', createPath(), validCreateBody({ name: 'custom-fail' }));
    advance(10_000);
    const failed = await job(created.json.job_id);
    assert.equal(failed.error_code, 'Ecs.0202');
    assert.equal(failed.fail_reason, 'System disk could not be created.');
  });

  it('keeps finished jobs for one day, then answers 400 Common.0011 (a failed job query)', async () => {
    const created = await call('POST', createPath(), validCreateBody({ name: 'aging' }));
    advance(10_000);
    assert.equal((await job(created.json.job_id)).status, 'SUCCESS');
    advance(23 * 60 * 60 * 1000);
    assert.equal((await job(created.json.job_id)).status, 'SUCCESS');
    advance(2 * 60 * 60 * 1000);
    const gone = await call('GET', jobPath(created.json.job_id));
    assert.equal(gone.status, 400);
    assert.equal(gone.json.code, 'Common.0011');
    assert.equal(typeof gone.json.message, 'string');
    assert.deepEqual(
      (await serversNamed('aging')).map((s) => s.status),
      ['ACTIVE'],
      'the server outlives its job',
    );
  });

  it('answers an unknown job ID with HTTP 400 and code/message at the top level (no nested error)', async () => {
    const response = await call('GET', jobPath('ffffffffffffffffffffffffffffffff'));
    assert.equal(response.status, 400);
    assert.equal(response.json.code, 'Common.0011');
    assert.match(response.json.message, /ffffffffffffffffffffffffffffffff/);
    assert.equal(response.json.error, undefined);
    assert.equal(response.json.status, undefined, 'a failed query is not a job answer');
  });

  it('holds a yearly/monthly job in PENDING_PAYMENT until the order is paid (control endpoint)', async () => {
    const body = validCreateBody({
      name: 'monthly',
      extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1, isAutoPay: 'false' },
    });
    const created = await call('POST', createPath(), body);
    assert.equal(created.status, 200, created.text);
    assert.match(created.json.order_id, /^CS\d{10}[A-Z0-9]{5}$/);
    advance(60 * 60 * 1000);
    const waiting = await job(created.json.job_id);
    assert.equal(waiting.status, 'PENDING_PAYMENT');
    assert.deepEqual(await serversNamed('monthly'), [], 'nothing is built before payment');

    const paid = await control(emulator, 'POST', `/_emulator/orders/${created.json.order_id}/pay`);
    assert.equal(paid.status, 200);
    assert.equal((await job(created.json.job_id)).status, 'INIT');
    advance(10_000);
    assert.equal((await job(created.json.job_id)).status, 'SUCCESS');
    assert.deepEqual(
      (await serversNamed('monthly')).map((s) => s.status),
      ['ACTIVE'],
    );
  });

  it('pays an order through the BSS API and reports its status', async () => {
    const body = validCreateBody({
      name: 'yearly',
      extendparam: { chargingMode: 'prePaid', periodType: 'year', periodNum: 1 },
    });
    const created = await call('POST', createPath(), body);
    const orderId = created.json.order_id as string;
    const before = await call('GET', `/v2/orders/customer-orders/details/${orderId}`);
    assert.equal(before.json.order_info.status, 6);
    const pay = await call('POST', '/v3/orders/customer-orders/pay', {
      order_id: orderId,
      use_coupon: 'NO',
      use_discount: 'NO',
    });
    assert.equal(pay.status, 204);
    const afterPay = await call('GET', `/v2/orders/customer-orders/details/${orderId}`);
    assert.equal(afterPay.json.order_info.status, 5);
    advance(10_000);
    assert.equal((await job(created.json.job_id)).status, 'SUCCESS');
    const unknown = await call('POST', '/v3/orders/customer-orders/pay', { order_id: 'CS0000000000NONE0' });
    assert.equal(unknown.status, 404);
    assert.equal(typeof unknown.json.error_code, 'string');
  });

  it('starts a yearly/monthly job at once with isAutoPay "true"', async () => {
    const body = validCreateBody({
      name: 'autopay',
      extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 3, isAutoPay: 'true' },
    });
    const created = await call('POST', createPath(), body);
    assert.ok(created.json.order_id);
    advance(10_000);
    assert.equal((await job(created.json.job_id)).status, 'SUCCESS');
  });

  it('leaves the job in PENDING_PAYMENT when the order is cancelled (as documented)', async () => {
    const body = validCreateBody({
      name: 'cancelled',
      extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1 },
    });
    const created = await call('POST', createPath(), body);
    const cancel = await call('PUT', '/v2/orders/customer-orders/cancel', { order_id: created.json.order_id });
    assert.equal(cancel.status, 200);
    advance(10_000);
    assert.equal((await job(created.json.job_id)).status, 'PENDING_PAYMENT');
    const pay = await control(emulator, 'POST', `/_emulator/orders/${created.json.order_id}/pay`);
    assert.equal(pay.status, 400);
  });

  it('does not return order_id from the V1 (pay-per-use) API', async () => {
    const created = await call(
      'POST',
      `/v1/${emulator.projectId}/cloudservers`,
      validCreateBody({ name: 'v1-server', extendparam: { chargingMode: 0 } }),
    );
    assert.equal(created.status, 200, created.text);
    assert.ok(created.json.job_id);
    assert.equal('order_id' in created.json, false);
  });
});
