import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  JobTracker,
  describeFailedServers,
  type JobTrackerOptions,
  type JobTrackerState,
} from '../../cloud/jobTracker';
import { CancelledError, EcsApiError, NetworkError } from '../../cloud/errors';
import type { EcsJob, EcsSubJob } from '../../cloud/apiTypes';
import { LoopbackServer } from './support/loopbackServer';
import { testClient } from './support/clientFactory';

type Step = EcsJob | Error | ((signal?: AbortSignal) => Promise<EcsJob>);

function job(status: string, subJobs: EcsSubJob[] = [], extra: Partial<EcsJob> = {}): EcsJob {
  return { jobId: 'job-1', status, subJobs, subJobsTotal: subJobs.length || undefined, ...extra };
}

const apiError = (httpStatus: number, code: string, retryAfterMs?: number) =>
  new EcsApiError({ code, message: 'm', httpStatus, retryAfterMs });

/** A scripted job source plus a fake clock whose sleep advances time instead of waiting. */
function harness(steps: Step[], options: Partial<JobTrackerOptions> = {}) {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const updates: JobTrackerState[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let calls = 0;
  const fetchJob = async (_jobId: string, signal?: AbortSignal): Promise<EcsJob> => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    calls++;
    try {
      const step = steps.shift() ?? job('RUNNING');
      if (typeof step === 'function') return await step(signal);
      if (step instanceof Error) throw step;
      return step;
    } finally {
      inFlight--;
    }
  };
  const base: JobTrackerOptions = {
    fetchJob,
    initialDelayMs: 2_000,
    maxDelayMs: 30_000,
    now: () => clock,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new CancelledError();
      sleeps.push(ms);
      clock += ms;
    },
    onUpdate: (state) => updates.push(state),
    ...options,
  };
  return {
    options: base,
    sleeps,
    updates,
    get calls() {
      return calls;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}

describe('JobTracker', () => {
  it('INIT → RUNNING → SUCCESS, with growing waits and an update per change', async () => {
    const h = harness([
      job('INIT'),
      job('RUNNING'),
      job('RUNNING'),
      job('SUCCESS', [{ status: 'SUCCESS', serverId: 'srv-1' }]),
    ]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'success');
    assert.equal(final.polls, 4);
    assert.equal(final.job?.subJobs[0].serverId, 'srv-1');
    assert.deepEqual(h.sleeps, [3_000, 4_500, 6_750]);
    // INIT, RUNNING, SUCCESS: the second RUNNING is no news.
    assert.deepEqual(
      h.updates.map((u) => u.job?.status),
      ['INIT', 'RUNNING', 'SUCCESS'],
    );
  });

  it('waits never exceed the maximum', async () => {
    const h = harness(Array.from({ length: 12 }, () => job('RUNNING')).concat([job('SUCCESS')]));
    await new JobTracker('job-1', h.options).track();
    assert.equal(Math.max(...h.sleeps), 30_000);
  });

  it('FAIL: reason names each failed server with its code', async () => {
    const failed = job('FAIL', [
      { status: 'SUCCESS', serverId: 'srv-1' },
      { status: 'FAIL', serverId: 'srv-2', serverName: 'web-02', failReason: 'no capacity', errorCode: 'Ecs.0319' },
    ]);
    const h = harness([job('RUNNING'), failed]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'failed');
    assert.equal(final.errorCode, 'Ecs.0319');
    assert.equal(final.reason, '1 of 2 servers failed: web-02 (srv-2): no capacity [Ecs.0319]');
    assert.equal(describeFailedServers(job('SUCCESS')), undefined);
  });

  it('FAIL with a job-level reason uses it', async () => {
    const h = harness([job('FAIL', [], { failReason: 'quota exceeded', errorCode: 'Ecs.0001' })]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.reason, 'quota exceeded');
    assert.equal(final.errorCode, 'Ecs.0001');
  });

  it('PENDING_PAYMENT ends tracking with advice to pay', async () => {
    const h = harness([job('INIT'), job('PENDING_PAYMENT')]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'pending-payment');
    assert.match(final.reason ?? '', /pay/i);
  });

  it('PENDING_PAYMENT keeps polling when told to wait for payment', async () => {
    const h = harness([job('PENDING_PAYMENT'), job('PENDING_PAYMENT'), job('SUCCESS')], {
      stopOnPendingPayment: false,
    });
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'success');
    assert.equal(h.calls, 3);
  });

  it('unknown statuses keep it watching', async () => {
    const h = harness([job('QUEUED_SOMEWHERE'), job('SUCCESS')]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'success');
    assert.equal(h.updates[0].job?.status, 'QUEUED_SOMEWHERE');
    assert.equal(h.updates[0].phase, 'tracking');
  });

  it('404 (job deleted after a day) → expired', async () => {
    const h = harness([apiError(404, 'HTTP.404')]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'expired');
    assert.match(final.reason ?? '', /one day/);
  });

  it('Common.0011 (invalid job id) → expired', async () => {
    const final = await new JobTracker('job-1', harness([apiError(400, 'Common.0011')]).options).track();
    assert.equal(final.phase, 'expired');
  });

  it('401 / expired credentials → stopped, saying why', async () => {
    const h = harness([job('RUNNING'), apiError(401, 'APIGW.0301')]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'stopped');
    assert.equal(final.errorCode, 'APIGW.0301');
    assert.match(final.reason ?? '', /AK|credentials/);
    assert.equal(h.calls, 2);
  });

  it(
    'throttling doubles the wait (at least Retry-After) ' + 'and continues; the problem is reported then cleared',
    async () => {
      const h = harness([
        job('RUNNING'),
        apiError(429, 'APIGW.0308'),
        apiError(202, 'Common.0024', 20_000),
        job('SUCCESS'),
      ]);
      const final = await new JobTracker('job-1', h.options).track();
      assert.equal(final.phase, 'success');
      assert.deepEqual(h.sleeps, [3_000, 6_000, 20_000]);
      assert.ok(h.updates.some((u) => /Throttled/.test(u.lastProblem ?? '')));
      assert.equal(final.lastProblem, undefined);
    },
  );

  it('network trouble slows it down but does not stop it', async () => {
    const h = harness([
      new NetworkError({ host: 'h', code: 'ECONNRESET', requestMayHaveBeenSent: true }),
      job('SUCCESS'),
    ]);
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'success');
    assert.equal(h.calls, 2);
  });

  it('a ceiling on total time → timed-out', async () => {
    const h = harness([], { maxTotalMs: 20_000 });
    const final = await new JobTracker('job-1', h.options).track();
    assert.equal(final.phase, 'timed-out');
    assert.ok(h.sleeps.reduce((a, b) => a + b, 0) <= 20_000);
  });

  it('cancellation during a poll or a wait → cancelled', async () => {
    const controller = new AbortController();
    const h = harness([
      job('RUNNING'),
      async () => {
        controller.abort();
        throw new CancelledError();
      },
    ]);
    const final = await new JobTracker('job-1', h.options).track(controller.signal);
    assert.equal(final.phase, 'cancelled');

    const waiting = harness([job('RUNNING')], {
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          if (signal?.aborted) reject(new CancelledError());
          signal?.addEventListener('abort', () => reject(new CancelledError()));
        }),
    });
    const second = new AbortController();
    const tracking = new JobTracker('job-1', waiting.options).track(second.signal);
    second.abort();
    assert.equal((await tracking).phase, 'cancelled');
  });

  it('never polls one job twice at once: a second track() joins the first', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const h = harness([
      async () => {
        await gate;
        return job('RUNNING');
      },
      job('SUCCESS'),
    ]);
    const tracker = new JobTracker('job-1', h.options);
    const first = tracker.track();
    const second = tracker.track();
    assert.equal(first, second);
    release();
    assert.equal((await first).phase, 'success');
    assert.equal(h.maxInFlight, 1);
  });

  it('serializes to JSON and resumes after a restart', async () => {
    const controller = new AbortController();
    const h = harness(
      [
        job('INIT'),
        job('RUNNING'),
        async () => {
          controller.abort();
          throw new CancelledError();
        },
      ],
      { context: { region: 'cn-north-4', file: 'web.yaml' } },
    );
    const tracker = new JobTracker('job-1', h.options);
    const interrupted = await tracker.track(controller.signal);
    assert.equal(interrupted.phase, 'cancelled');
    const saved = JSON.stringify(tracker);

    const later = harness([job('SUCCESS')]);
    const resumed = JobTracker.fromJSON(saved, later.options);
    assert.equal(resumed.jobId, 'job-1');
    const final = await resumed.track();
    assert.equal(final.phase, 'success');
    assert.equal(final.polls, 3);
    assert.equal(final.startedAt, interrupted.startedAt);
    assert.deepEqual(final.context, { region: 'cn-north-4', file: 'web.yaml' });
    assert.throws(() => JobTracker.fromJSON('{"hello":1}', later.options), /saved job tracker state/);
  });

  it('a finished tracker restored from JSON does not poll again', async () => {
    const h = harness([job('SUCCESS')]);
    const tracker = new JobTracker('job-1', h.options);
    await tracker.track();
    const again = harness([]);
    const final = await JobTracker.fromJSON(tracker.toJSON(), again.options).track();
    assert.equal(final.phase, 'success');
    assert.equal(again.calls, 0);
  });

  it('with the real client: a deleted job (HTTP 404 from the service) → expired', async () => {
    const server = await LoopbackServer.start(() => ({
      status: 404,
      body: { error: { code: 'Ecs.0614', message: 'job not found' } },
    }));
    try {
      const { client } = testClient(server);
      const tracker = new JobTracker('gone', {
        fetchJob: (id, signal) => client.getJob(id, { signal }),
        initialDelayMs: 1,
        maxDelayMs: 2,
      });
      const final = await tracker.track();
      await client.close();
      assert.equal(final.phase, 'expired');
      assert.equal(server.received.length, 1);
    } finally {
      await server.close();
    }
  });
});
