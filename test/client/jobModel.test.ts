import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  applyJobAnswer,
  endMessage,
  formatElapsed,
  groupByProfile,
  hasJob,
  jobContextValue,
  jobText,
  markExpired,
  pendingSubmitId,
  serverContextValue,
  serverText,
  statusLook,
  type JobRecord,
} from '../../client/jobs/jobModel';
import { isFinished } from '../../cloud/jobStatus';

const now = new Date('2026-01-01T10:05:30Z');
const job: JobRecord = {
  jobId: 'ff80808273',
  profileId: 'emu',
  profileName: 'Local emulator',
  region: 'cn-north-4',
  projectId: 'p1',
  requestFile: 'file:///work/web%20servers.ecs.yaml',
  requestName: 'web',
  count: 2,
  submittedAt: '2026-01-01T10:00:00Z',
  status: 'RUNNING',
  serverIds: ['s1', 's2'],
  servers: [],
};

describe('job labels', () => {
  it('formats elapsed time', () => {
    assert.equal(formatElapsed(45_000), '45s');
    assert.equal(formatElapsed(185_000), '3m 05s');
    assert.equal(formatElapsed(2 * 3600_000 + 7 * 60_000), '2h 07m');
    assert.equal(formatElapsed(76 * 3600_000), '3d 4h');
  });
  it('labels a running job with status, elapsed time and file', () => {
    const t = jobText(job, now);
    assert.equal(t.label, 'web ×2');
    assert.equal(t.description, 'running · 5m 30s · web servers.ecs.yaml');
    assert.match(t.tooltip, /Job ID: `ff80808273`/);
    assert.match(t.tooltip, /Local emulator \(cn-north-4, project `p1`\)/);
  });
  it('stops the clock when a job has finished', () => {
    const done = { ...job, status: 'SUCCESS', finishedAt: '2026-01-01T10:01:00Z' };
    assert.match(jobText(done, now).description, /^succeeded · 1m 00s/);
  });
  it('picks icons per status', () => {
    assert.equal(statusLook('RUNNING').icon, 'sync~spin');
    assert.equal(statusLook('INIT').icon, 'loading~spin');
    assert.equal(statusLook('SUCCESS').icon, 'pass');
    assert.equal(statusLook('FAIL').icon, 'error');
    assert.equal(statusLook('PENDING_PAYMENT').icon, 'credit-card');
    assert.equal(statusLook('EXPIRED').icon, 'history');
    assert.equal(statusLook('SOMETHING_NEW').label, 'something_new');
  });
  it('flags unpaid orders and known files for the menus', () => {
    assert.equal(jobContextValue(job), 'ecsJob:file:active');
    assert.equal(
      jobContextValue({ ...job, status: 'PENDING_PAYMENT', orderId: 'CS1', requestFile: undefined }),
      'ecsJob:unpaid:active',
    );
    assert.equal(jobContextValue({ ...job, status: 'FAIL' }), 'ecsJob:file:finished');
  });
  it('offers the console link only for cloud servers with an ID', () => {
    const onEmulator = { ...job, profileId: 'local-emulator' };
    assert.equal(serverContextValue(onEmulator, { id: 's1', status: 'SUCCESS' }), 'ecsServer:id:emulator');
    assert.equal(
      serverContextValue({ ...job, profileId: 'c0ffee' }, { id: 's1', status: 'SUCCESS' }),
      'ecsServer:id:console',
    );
    assert.equal(serverContextValue(onEmulator, { status: 'RUNNING' }), 'ecsServer');
  });
  it('describes a failed server with its reason', () => {
    const t = serverText({ id: 's1', name: 'web-0001', status: 'FAIL', errorCode: 'Ecs.0319', failReason: 'capacity' });
    assert.equal(t.label, 'web-0001 (s1)');
    assert.equal(t.description, 'failed: Ecs.0319 — capacity');
    assert.match(t.tooltip, /Server ID: `s1`/);
  });
});

describe('job updates', () => {
  it('takes servers from the sub-jobs and finishes the job', () => {
    const updated = applyJobAnswer(
      job,
      {
        status: 'SUCCESS',
        endTime: '2026-01-01T10:02:00Z',
        subJobs: [
          { status: 'SUCCESS', serverId: 's1' },
          { status: 'SUCCESS', serverId: 's2' },
        ],
      },
      now,
    );
    assert.equal(updated.status, 'SUCCESS');
    assert.equal(updated.finishedAt, '2026-01-01T10:02:00Z');
    assert.deepEqual(
      updated.servers.map((s) => s.id),
      ['s1', 's2'],
    );
    assert.ok(isFinished(updated.status));
    assert.equal(endMessage(updated), 'ECS job finished: 2 servers "web" created in cn-north-4.');
  });
  it('falls back to the submitted server IDs while there are no sub-jobs', () => {
    const updated = applyJobAnswer({ ...job, checkProblem: 'offline' }, { status: 'INIT', subJobs: [] }, now);
    assert.deepEqual(updated.servers, [
      { id: 's1', status: 'INIT', name: undefined, requestedName: 'web-0001' },
      { id: 's2', status: 'INIT', name: undefined, requestedName: 'web-0002' },
    ]);
    assert.equal(updated.finishedAt, undefined);
    assert.equal(updated.checkProblem, undefined);
  });
  it('reports failures with counts', () => {
    const failed = applyJobAnswer(
      job,
      {
        status: 'FAIL',
        errorCode: 'Ecs.0204',
        subJobs: [
          { status: 'FAIL', serverId: 's1' },
          { status: 'SUCCESS', serverId: 's2' },
        ],
      },
      now,
    );
    assert.match(endMessage(failed), /^ECS job failed: 2 servers "web" in cn-north-4 \(1 of 2 failed\)\. Ecs\.0204/);
  });
  it('marks a purged job as expired', () => {
    const expired = markExpired(job, now);
    assert.equal(expired.status, 'EXPIRED');
    assert.equal(expired.finishedAt, now.toISOString());
  });
  it('groups jobs by profile, newest first', () => {
    const other = { ...job, jobId: 'b', profileId: 'prod', profileName: 'Production' };
    const newer = { ...job, jobId: 'c', submittedAt: '2026-01-01T11:00:00Z' };
    const groups = groupByProfile([job, other, newer]);
    assert.deepEqual(
      groups.map((g) => g.profileName),
      ['Local emulator', 'Production'],
    );
    assert.deepEqual(
      groups[0].jobs.map((j) => j.jobId),
      ['c', 'ff80808273'],
    );
  });
});

import { applyTrackerState } from '../../client/jobs/jobModel';

describe('tracker updates', () => {
  it('follows the job the tracker saw', () => {
    const next = applyTrackerState(
      job,
      { phase: 'tracking', job: { status: 'RUNNING', subJobs: [{ status: 'RUNNING', serverId: 's1' }] } },
      now,
    );
    assert.equal(next.status, 'RUNNING');
    assert.deepEqual(
      next.servers.map((s) => s.id),
      ['s1'],
    );
  });
  it('shows a transient problem without changing the status', () => {
    const next = applyTrackerState(job, { phase: 'tracking', lastProblem: 'Throttled by the service' }, now);
    assert.equal(next.status, 'RUNNING');
    assert.equal(next.checkProblem, 'Throttled by the service');
  });
  it('keeps the reason when tracking stops', () => {
    const next = applyTrackerState(job, { phase: 'stopped', reason: 'Stopped checking the job: keys expired' }, now);
    assert.equal(next.status, 'RUNNING');
    assert.match(next.checkProblem ?? '', /keys expired/);
  });
  it('marks expired and failed jobs as finished', () => {
    assert.equal(applyTrackerState(job, { phase: 'expired', reason: 'gone' }, now).status, 'EXPIRED');
    const failed = applyTrackerState(job, { phase: 'failed', reason: 'no capacity', errorCode: 'Ecs.0319' }, now);
    assert.equal(failed.status, 'FAIL');
    assert.equal(failed.failReason, 'no capacity');
    assert.equal(failed.errorCode, 'Ecs.0319');
    assert.ok(failed.finishedAt);
  });
});

describe('a submit whose outcome is unknown (issue 12)', () => {
  const lost: JobRecord = {
    ...job,
    jobId: pendingSubmitId('46436810-d999-454c-bd85-e515fd258600'),
    status: 'UNKNOWN',
    outcome: 'unknown',
    serverIds: [],
    clientToken: '46436810-d999-454c-bd85-e515fd258600',
    fingerprint: 'a'.repeat(32),
    tokenFirstSentAt: '2026-01-01T10:00:00Z',
    failReason: 'HTTP 500',
  };

  it('is labelled "outcome unknown" and says that servers may exist, with the token', () => {
    const t = jobText(lost, now);
    assert.equal(t.description, 'outcome unknown · 5m 30s · web servers.ecs.yaml');
    assert.match(t.tooltip, /servers \*\*may exist\*\*/);
    assert.match(
      t.tooltip,
      /X-Client-Token: `46436810-d999-454c-bd85-e515fd258600` \(honoured until 2026-01-01T18:00:00\.000Z\)/,
    );
    assert.doesNotMatch(t.tooltip, /Job ID/);
    assert.equal(statusLook('UNKNOWN').icon, 'question');
  });

  it('has the retry and check actions, not the job actions, and is not polled', () => {
    assert.equal(jobContextValue(lost), 'ecsSubmit:unknown:file');
    assert.equal(jobContextValue({ ...lost, requestFile: undefined }), 'ecsSubmit:unknown');
    assert.ok(!hasJob(lost));
    assert.ok(hasJob(job));
    assert.equal(pendingSubmitId('t'), 'submit:t');
  });
});
