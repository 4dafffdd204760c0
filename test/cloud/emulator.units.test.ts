/** Pure helpers of the emulator: batch names, IPv4 maths, job state over time, fault counting. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FaultInjector } from '../../emulator/faults';
import { cidrContains, isReservedInCidr, nextFreeAddress, parseIpv4 } from '../../emulator/checks/ipv4';
import { subJobDurations, viewJob } from '../../emulator/state/jobLifecycle';
import { batchNames } from '../../emulator/state/provision';
import type { JobRecord } from '../../emulator/state/records';

describe('emulator helpers', () => {
  it('numbers batch names, continuing from an existing 4-digit suffix', () => {
    assert.deepEqual(batchNames('web', 1, false), ['web']);
    assert.deepEqual(batchNames('web', 3, false), ['web-0001', 'web-0002', 'web-0003']);
    assert.deepEqual(batchNames('web-0009', 2, false), ['web-0009', 'web-0010']);
    assert.deepEqual(batchNames('web', 2, true), ['web', 'web']);
  });

  it('does IPv4 CIDR arithmetic', () => {
    assert.equal(parseIpv4('10.0.1.256'), undefined);
    assert.equal(parseIpv4('1.2.3'), undefined);
    assert.ok(cidrContains('10.0.1.0/24', '10.0.1.77'));
    assert.ok(!cidrContains('10.0.1.0/24', '10.0.2.1'));
    assert.ok(cidrContains('192.168.0.0/16', '192.168.255.1'));
    assert.ok(isReservedInCidr('10.0.1.0/24', '10.0.1.0') && isReservedInCidr('10.0.1.0/24', '10.0.1.255'));
    assert.equal(nextFreeAddress('10.0.1.0/24', new Set(['10.0.1.1', '10.0.1.2'])), '10.0.1.3');
    const full = new Set(Array.from({ length: 254 }, (_, i) => `10.0.9.${i + 1}`));
    assert.equal(nextFreeAddress('10.0.9.0/24', full), undefined);
  });

  it('computes job states from the clock', () => {
    const job: JobRecord = {
      jobId: 'j',
      jobType: 'createServer',
      projectId: 'p',
      createdAt: 0,
      startAt: 0,
      subJobs: [0, 1].map((i) => ({ jobId: `s${i}`, serverId: `v${i}`, ...subJobDurations(i, 1) })),
    };
    assert.equal(viewJob(job, 0).status, 'INIT');
    assert.equal(viewJob(job, 1500).status, 'RUNNING');
    // The second server finishes later than the first: the job is still running in between.
    const between = viewJob(job, 4100);
    assert.deepEqual(
      between.subJobs.map((s) => s.status),
      ['SUCCESS', 'RUNNING'],
    );
    assert.equal(between.status, 'RUNNING');
    assert.equal(viewJob(job, 10_000).status, 'SUCCESS');
    assert.equal(viewJob({ ...job, failure: { code: 'Ecs.0319', reason: 'r' } }, 10_000).status, 'FAIL');
    assert.equal(viewJob({ ...job, startAt: null }, 10_000).status, 'PENDING_PAYMENT');
    assert.deepEqual(subJobDurations(0, 100), { initMs: 10, runMs: 30 });
  });

  it('uses up counted faults and keeps uncounted latency until cleared', () => {
    const faults = new FaultInjector();
    faults.inject({ kind: 'throttle', count: 2, on: 'create' });
    faults.inject({ kind: 'latency', ms: 1 });
    assert.equal(faults.take('throttle', ['all']), undefined, 'scoped to create');
    assert.ok(faults.take('throttle', ['all', 'create']));
    assert.ok(faults.take('throttle', ['all', 'create']));
    assert.equal(faults.take('throttle', ['all', 'create']), undefined);
    for (let i = 0; i < 5; i++) assert.ok(faults.take('latency', ['all']));
    faults.clear();
    assert.deepEqual(faults.list(), []);
  });
});
