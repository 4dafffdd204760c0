import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { EcsJob } from '../../cloud/apiTypes';
import { JobTracker, idsToLookUp, serverLabel, withServerNames, type JobTrackerState } from '../../cloud/jobTracker';
import { requestedServerNames } from '../../request/requestFacts';
import { applyJobAnswer, initialServers, serverText, type JobRecord } from '../../client/jobs/jobModel';
import { jobDetailLines, jobJson } from '../../cli/jobWatch';

const job = (status: string, subJobs: EcsJob['subJobs']): EcsJob => ({
  jobId: 'j1',
  status,
  subJobs,
  subJobsTotal: subJobs.length,
});

describe('server names: pure helpers', () => {
  it('labels a server "name (id)", or whichever is known', () => {
    assert.equal(serverLabel('web-0001', 's1'), 'web-0001 (s1)');
    assert.equal(serverLabel(undefined, 's1'), 's1');
    assert.equal(serverLabel('web', undefined), 'web');
    assert.equal(serverLabel(undefined, undefined), undefined);
  });
  it('predicts the names the service gives: -0001… only when count > 1 and no auto-rename', () => {
    assert.deepEqual(requestedServerNames({ name: 'web', count: 1 }), ['web']);
    assert.deepEqual(requestedServerNames({ name: 'web', count: 3 }), ['web-0001', 'web-0002', 'web-0003']);
    assert.deepEqual(requestedServerNames({ name: 'web', count: 2, isAutoRename: true }), ['web', 'web']);
    assert.deepEqual(requestedServerNames({ name: undefined, count: 2 }), []);
  });
  it('numbers on from a -NNNN the name already ends with (request-fields.md, name)', () => {
    assert.deepEqual(requestedServerNames({ name: 'web-0005', count: 2 }), ['web-0005', 'web-0006']);
    assert.deepEqual(requestedServerNames({ name: 'web-0005', count: 1 }), ['web-0005']);
  });
  it('lists at most the 500 servers one request may create, whatever count says', () => {
    assert.equal(requestedServerNames({ name: 'web', count: 1e9 }).length, 500);
  });
  it('looks up only when an unnamed server ID is new, or once more at the end', () => {
    assert.deepEqual(idsToLookUp(['a', 'b'], {}, [], false), ['a', 'b']);
    assert.deepEqual(idsToLookUp(['a', 'b'], {}, ['a', 'b'], false), [], 'asked already: no call on the next poll');
    assert.deepEqual(
      idsToLookUp(['a', 'b', 'c'], { a: 'web-0001' }, ['a', 'b'], false),
      ['b', 'c'],
      'a new ID brings a call',
    );
    assert.deepEqual(idsToLookUp(['a', 'b'], { a: 'web-0001' }, ['a', 'b'], true), ['b'], 'last chance at the end');
    assert.deepEqual(idsToLookUp(['a'], { a: 'web' }, [], true), [], 'all named: no call');
  });
  it('fills names into sub-jobs without one', () => {
    const named = withServerNames(
      job('RUNNING', [
        { status: 'RUNNING', serverId: 'a' },
        { status: 'INIT' },
        { status: 'RUNNING', serverId: 'b', serverName: 'own' },
      ]),
      { a: 'web-0001', b: 'other' },
    );
    assert.deepEqual(
      named.subJobs.map((s) => s.serverName),
      ['web-0001', undefined, 'own'],
    );
  });
});

describe('server names: the job tracker looks them up once', () => {
  it('asks when IDs appear, not on every poll, and keeps the names in its state', async () => {
    const answers = [
      job('INIT', [{ status: 'INIT' }, { status: 'INIT' }]),
      job('RUNNING', [{ status: 'RUNNING', serverId: 'a' }, { status: 'INIT' }]),
      job('RUNNING', [{ status: 'RUNNING', serverId: 'a' }, { status: 'INIT' }]),
      job('RUNNING', [
        { status: 'SUCCESS', serverId: 'a' },
        { status: 'RUNNING', serverId: 'b' },
      ]),
      job('SUCCESS', [
        { status: 'SUCCESS', serverId: 'a' },
        { status: 'SUCCESS', serverId: 'b' },
      ]),
    ];
    const calls: string[][] = [];
    const listed: Record<string, string> = { a: 'web-0001', b: 'web-0002' };
    const tracker = new JobTracker('j1', {
      fetchJob: async () => answers.shift() ?? assert.fail('polled after the end'),
      lookUpServerNames: async (ids) => {
        calls.push(ids);
        return Object.fromEntries(ids.filter((id) => listed[id]).map((id) => [id, listed[id]]));
      },
      sleep: async () => undefined,
    });
    const final = await tracker.track();
    assert.equal(final.phase, 'success');
    assert.deepEqual(calls, [['a'], ['b']]);
    assert.deepEqual(
      final.job?.subJobs.map((s) => s.serverName),
      ['web-0001', 'web-0002'],
    );
    assert.deepEqual(final.serverNames, { a: 'web-0001', b: 'web-0002' });
  });

  it('survives a failed look-up and tries once more at the end; a restored state does not ask again', async () => {
    const answers = [
      job('RUNNING', [{ status: 'RUNNING', serverId: 'a' }]),
      job('RUNNING', [{ status: 'RUNNING', serverId: 'a' }]),
      job('SUCCESS', [{ status: 'SUCCESS', serverId: 'a' }]),
    ];
    let calls = 0;
    const tracker = new JobTracker('j1', {
      fetchJob: async () => answers.shift() ?? assert.fail('polled after the end'),
      lookUpServerNames: async () => {
        calls += 1;
        if (calls === 1) throw new Error('list failed');
        return { a: 'db' };
      },
      sleep: async () => undefined,
    });
    const final = await tracker.track();
    assert.equal(calls, 2);
    assert.equal(final.job?.subJobs[0].serverName, 'db');

    const saved: JobTrackerState = JSON.parse(JSON.stringify(final));
    let later = 0;
    const resumed = JobTracker.fromJSON(
      { ...saved, phase: 'tracking' },
      {
        fetchJob: async () => job('SUCCESS', [{ status: 'SUCCESS', serverId: 'a' }]),
        lookUpServerNames: async () => {
          later += 1;
          return {};
        },
      },
    );
    const again = await resumed.track();
    assert.equal(later, 0, 'names are cached in the saved state');
    assert.equal(again.job?.subJobs[0].serverName, 'db');
  });
});

describe('server names in the ECS Jobs model', () => {
  const record: JobRecord = {
    jobId: 'j1',
    profileId: 'emu',
    profileName: 'Local emulator',
    region: 'cn-north-4',
    projectId: 'p1',
    requestName: 'web',
    count: 2,
    submittedAt: '2026-01-01T10:00:00Z',
    status: 'INIT',
    serverIds: [],
    servers: [],
  };
  const now = new Date('2026-01-01T10:01:00Z');

  it('shows the requested names before the servers exist', () => {
    assert.deepEqual(
      initialServers(record).map((s) => serverText(s).label),
      ['web-0001', 'web-0002'],
    );
    const single = initialServers({ ...record, count: 1, serverIds: ['s9'] });
    assert.deepEqual(
      single.map((s) => serverText(s).label),
      ['web (s9)'],
    );
    assert.match(serverText(single[0]).tooltip, /Name from the request/);
  });
  it('keeps one name for every server when the request sets isAutoRename (as the CLI does)', () => {
    const same = { ...record, isAutoRename: true };
    assert.deepEqual(
      initialServers(same).map((s) => serverText(s).label),
      ['web', 'web'],
    );
    const answered = applyJobAnswer(
      same,
      { status: 'RUNNING', subJobs: [{ status: 'RUNNING', serverId: 'a' }, { status: 'INIT' }] },
      now,
    );
    assert.deepEqual(
      answered.servers.map((s) => serverText(s).label),
      ['web (a)', 'web'],
    );
    assert.deepEqual(
      jobDetailLines(job('RUNNING', [{ status: 'INIT' }, { status: 'INIT' }]), {
        name: 'web',
        count: 2,
        isAutoRename: true,
      })
        .slice(1)
        .map((l) => l.trim().split(/\s+/)[0]),
      ['web', 'web'],
    );
  });
  it('shows "name (id)" once names are known and keeps them with the job', () => {
    const first = applyJobAnswer(
      record,
      {
        status: 'RUNNING',
        subJobs: [{ status: 'RUNNING', serverId: 'a', serverName: 'web-0002' }, { status: 'INIT' }],
      },
      now,
    );
    assert.deepEqual(first.serverNames, { a: 'web-0002' });
    assert.deepEqual(
      first.servers.map((s) => serverText(s).label),
      ['web-0002 (a)', 'web-0002'],
      'the second falls back to the requested name at its position',
    );
    // A later answer without names (e.g. from a tracker restarted on a refresh) keeps the cached name.
    const later = applyJobAnswer(
      first,
      {
        status: 'SUCCESS',
        subJobs: [
          { status: 'SUCCESS', serverId: 'a' },
          { status: 'SUCCESS', serverId: 'b', serverName: 'web-0001' },
        ],
      },
      now,
    );
    assert.deepEqual(
      later.servers.map((s) => serverText(s).label),
      ['web-0002 (a)', 'web-0001 (b)'],
    );
    assert.doesNotMatch(serverText(later.servers[0]).tooltip, /Name from the request/);
  });
});

describe('server names in the CLI output', () => {
  const answer = job('FAIL', [
    { status: 'SUCCESS', serverId: 'a', serverName: 'web-0001' },
    { status: 'FAIL', serverId: 'b', failReason: 'no capacity', errorCode: 'Ecs.0319' },
    { status: 'FAIL' },
  ]);
  it('prints "name (id)  STATUS" per server, with the requested name as fallback', () => {
    assert.deepEqual(jobDetailLines(answer, { name: 'web', count: 3 }), [
      'job j1: FAIL (1/3 servers ready)',
      '  web-0001 (a)  SUCCESS',
      '  web-0002 (b)  FAIL: no capacity [Ecs.0319]',
      '  web-0003  FAIL: no reason given',
    ]);
    assert.equal(jobDetailLines(answer)[3], '  (no server ID yet)  FAIL: no reason given');
  });
  it('puts real and requested names into --json', () => {
    const json = jobJson(answer, { name: 'web', count: 3 }) as {
      subJobs: { serverName: string | null; requestedName: string | null }[];
    };
    assert.deepEqual(
      json.subJobs.map((s) => [s.serverName, s.requestedName]),
      [
        ['web-0001', 'web-0001'],
        [null, 'web-0002'],
        [null, 'web-0003'],
      ],
    );
  });
});
