/**
 * The account refresher (client/account/accountRefresher.ts): when account data is fetched, what
 * the language server is sent, and what a failure keeps. Clock, timer and fetch are fakes the test
 * drives: no test waits for real time.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { FIRST_RETRY_MS, nextFetchDelayMs, type AccountSnapshotParams } from '../../client/account/accountRefresher';
import { RESOURCE_KINDS } from '../../request/accountSnapshot';
import {
  CLOUD_TARGET,
  EMULATOR_TARGET,
  makeSnapshot,
  makeRefresher,
  MINUTE,
  settle,
  START,
} from './accountClientFixtures';

const sentOf = (params: AccountSnapshotParams) =>
  params.snapshot === null ? `null for ${params.profile}` : `${params.snapshot.profile} @ ${params.snapshot.fetchedAt}`;

describe('nextFetchDelayMs', () => {
  it('fetches at once without data, then when the data is as old as the interval', () => {
    assert.equal(nextFetchDelayMs({ nowMs: START, refreshMinutes: 10, failures: 0 }), 0);
    const fetchedAt = START - 3 * MINUTE;
    assert.equal(
      nextFetchDelayMs({ nowMs: START, refreshMinutes: 10, snapshotFetchedAtMs: fetchedAt, failures: 0 }),
      7 * MINUTE,
    );
    assert.equal(
      nextFetchDelayMs({ nowMs: START, refreshMinutes: 10, snapshotFetchedAtMs: START - 60 * MINUTE, failures: 0 }),
      0,
    );
  });

  it('never schedules with 0 minutes (on demand only)', () => {
    assert.equal(nextFetchDelayMs({ nowMs: START, refreshMinutes: 0, failures: 0 }), undefined);
    assert.equal(nextFetchDelayMs({ nowMs: START, refreshMinutes: 0, failures: 3, lastFailureAtMs: START }), undefined);
  });

  it('backs off after failures: 1, 2, 4 minutes, never beyond the interval', () => {
    const delays = [1, 2, 3, 4, 5, 30].map((failures) =>
      nextFetchDelayMs({ nowMs: START, refreshMinutes: 10, failures, lastFailureAtMs: START }),
    );
    assert.deepEqual(delays, [FIRST_RETRY_MS, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE, 10 * MINUTE, 10 * MINUTE]);
  });

  it('a snapshot from the future (a clock set back) is fetched again within one interval', () => {
    const future = START + 24 * 60 * MINUTE;
    assert.equal(
      nextFetchDelayMs({ nowMs: START, refreshMinutes: 10, snapshotFetchedAtMs: future, failures: 0 }),
      10 * MINUTE,
    );
  });
});

describe('AccountRefresher', () => {
  it('without a cache: drops old data, fetches at once, sends and caches the snapshot, then waits', async () => {
    const { clock, fetcher, sent, cache, refresher } = makeRefresher();
    refresher.setTarget(EMULATOR_TARGET);
    assert.deepEqual(sent, [{ snapshot: null, profile: 'Local emulator', region: 'cn-north-4' }]);
    await settle();
    assert.deepEqual(clock.delays(), [0]);
    clock.advance(0);
    assert.equal(fetcher.calls.length, 1);
    const state = refresher.state();
    assert.ok(state.kind === 'on' && state.fetching);
    const snapshot = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot });
    await settle();
    assert.equal(sent.length, 2);
    assert.equal(sent[1].snapshot, snapshot);
    assert.deepEqual([sent[1].profile, sent[1].region], ['Local emulator', 'cn-north-4']);
    assert.equal(cache.get('local-emulator'), snapshot);
    assert.deepEqual(clock.delays(), [10 * MINUTE]);
    clock.advance(10 * MINUTE);
    assert.equal(fetcher.calls.length, 2, 'fetched again after 10 minutes');
  });

  it('with a fresh cache: sends it at once and fetches only when it is due', async () => {
    const cached = makeSnapshot(EMULATOR_TARGET, START - 4 * MINUTE);
    const { clock, fetcher, sent, refresher } = makeRefresher({ cached: new Map([['local-emulator', cached]]) });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    assert.deepEqual(sent.map(sentOf), ['null for Local emulator', `Local emulator @ ${cached.fetchedAt}`]);
    assert.deepEqual(clock.delays(), [6 * MINUTE]);
    assert.equal(fetcher.calls.length, 0);
  });

  // Issue 15, item 8: after a window reload the cached snapshot goes with `initialize`, once.
  it('what went with initialize is not sent again when the server has started', async () => {
    const cached = makeSnapshot(EMULATOR_TARGET, START - 4 * MINUTE);
    const { sent, refresher } = makeRefresher({ cached: new Map([['local-emulator', cached]]) });
    refresher.setTarget(EMULATOR_TARGET);
    // What the client waits for before its first `initialize`.
    await refresher.cachedSnapshotRead();
    const before = sent.length;
    const handed = refresher.handOverAtInitialize();
    assert.equal(handed.snapshot, cached);
    assert.deepEqual([handed.profile, handed.region], ['Local emulator', 'cn-north-4']);
    refresher.serverStarted();
    assert.equal(sent.length, before, 'the server has it already');
    // A restart without a new `initialize` hand-over (another client): sent as before.
    refresher.serverStarted();
    assert.equal(sent.length, before + 1);
    assert.equal(sent[before].snapshot, cached);
  });

  it('data that came after initialize was sent is sent when the server has started', async () => {
    const cached = makeSnapshot(EMULATOR_TARGET, START - 4 * MINUTE);
    const { sent, refresher } = makeRefresher({ cached: new Map([['local-emulator', cached]]) });
    refresher.setTarget(EMULATOR_TARGET);
    // `initialize` goes before the cache is read: it carries no snapshot yet.
    assert.equal(refresher.handOverAtInitialize().snapshot, null);
    await settle();
    const before = sent.length;
    refresher.serverStarted();
    assert.equal(sent.length, before + 1);
    assert.equal(sent[before].snapshot, cached);
  });

  it('another target since initialize: the server gets the new one', async () => {
    const { sent, refresher } = makeRefresher();
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    refresher.handOverAtInitialize();
    refresher.setTarget(undefined, 'untrusted');
    const before = sent.length;
    refresher.serverStarted();
    assert.deepEqual(sent.slice(before), [{ snapshot: null }]);
  });

  it('a failure keeps the last good snapshot, is logged once, and is retried with backoff', async () => {
    const cached = makeSnapshot(EMULATOR_TARGET, START - 20 * MINUTE);
    const { clock, fetcher, sent, log, refresher } = makeRefresher({ cached: new Map([['local-emulator', cached]]) });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    clock.advance(0);
    const offline = {
      ok: false as const,
      cancelled: false,
      offline: true,
      reason: 'Could not complete the call to ecs.example: the connection was refused.',
    };
    fetcher.last.answer(offline);
    await settle();
    let state = refresher.state();
    assert.ok(state.kind === 'on');
    assert.equal(state.snapshot, cached, 'the last good data stays');
    assert.deepEqual(state.failure && [state.failure.offline, state.failure.reason], [true, offline.reason]);
    assert.equal(sent.length, 2, 'nothing new is sent: the server keeps the cached data');
    assert.deepEqual(clock.delays(), [FIRST_RETRY_MS]);
    clock.advance(FIRST_RETRY_MS);
    fetcher.last.answer(offline);
    await settle();
    assert.deepEqual(clock.delays(), [2 * MINUTE]);
    assert.equal(log.warnings.length, 1, log.lines.join('\n'));
    assert.match(log.warnings[0], /Account data of Local emulator \/ cn-north-4 not refreshed: Could not complete/);
    assert.match(log.warnings[0], /The last data fetched is kept/);
    clock.advance(2 * MINUTE);
    const fresh = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot: fresh });
    await settle();
    state = refresher.state();
    assert.ok(state.kind === 'on' && state.failure === undefined && state.snapshot === fresh);
    assert.equal(sent[sent.length - 1].snapshot, fresh);
  });

  it('a fetch where every list was refused is a failure: the last good snapshot stays', async () => {
    const { clock, fetcher, sent, log, refresher } = makeRefresher();
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    clock.advance(0);
    const good = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot: good });
    await settle();
    void refresher.refresh();
    const nothing = makeSnapshot(EMULATOR_TARGET, clock.nowMs, RESOURCE_KINDS);
    fetcher.last.answer({ ok: true, snapshot: nothing });
    await settle();
    const state = refresher.state();
    assert.ok(state.kind === 'on');
    assert.equal(state.snapshot, good);
    assert.equal(state.failure?.offline, false);
    assert.match(state.failure?.reason ?? '', /No permission to list availabilityZones/);
    assert.equal(sent[sent.length - 1].snapshot, good, 'the refused fetch was not sent');
    assert.equal(log.warnings.length, 1);
  });

  it('a partial snapshot is applied, and said once in the log', async () => {
    const { clock, fetcher, sent, log, refresher } = makeRefresher();
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    clock.advance(0);
    for (let i = 0; i < 2; i++) {
      const partial = makeSnapshot(EMULATOR_TARGET, clock.nowMs, ['eips']);
      if (i > 0) void refresher.refresh();
      fetcher.last.answer({ ok: true, snapshot: partial });
      await settle();
      assert.equal(sent[sent.length - 1].snapshot, partial);
    }
    assert.equal(log.warnings.length, 1, log.lines.join('\n'));
    assert.match(log.warnings[0], /is partial; checks that need these lists are skipped\. EIPs: No permission/);
  });

  it('a profile switch aborts the fetch under way; its late answer is never sent', async () => {
    const { clock, fetcher, sent, refresher } = makeRefresher();
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    clock.advance(0);
    const emulatorFetch = fetcher.last;
    refresher.setTarget(CLOUD_TARGET);
    assert.equal(emulatorFetch.signal.aborted, true, 'the old fetch is aborted');
    assert.deepEqual(sent[sent.length - 1], { snapshot: null, profile: 'Work', region: 'ap-southeast-1' });
    emulatorFetch.answer({ ok: true, snapshot: makeSnapshot(EMULATOR_TARGET, clock.nowMs) });
    await settle();
    assert.ok(
      sent.every((p) => p.snapshot === null || p.snapshot.profile === p.profile),
      'no snapshot of another profile is ever sent',
    );
    clock.advance(0);
    assert.equal(fetcher.last.target, CLOUD_TARGET);
    const work = makeSnapshot(CLOUD_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot: work });
    await settle();
    assert.equal(sent[sent.length - 1].snapshot, work);
  });

  it('a fetch that answers after a profile switch anyway (signal ignored) is dropped', async () => {
    const { clock, fetcher, sent, refresher } = makeRefresher({ ignoreAbort: true });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    clock.advance(0);
    const emulatorFetch = fetcher.last;
    refresher.setTarget({ ...EMULATOR_TARGET, region: 'cn-south-1' });
    emulatorFetch.answer({ ok: true, snapshot: makeSnapshot(EMULATOR_TARGET, clock.nowMs) });
    await settle();
    assert.deepEqual(sent.map(sentOf), ['null for Local emulator', 'null for Local emulator']);
    const state = refresher.state();
    assert.ok(state.kind === 'on' && state.snapshot === undefined && state.failure === undefined);
  });

  it('a fetch answering with another profile or region is refused', async () => {
    const { clock, fetcher, sent, refresher } = makeRefresher();
    refresher.setTarget(CLOUD_TARGET);
    await settle();
    clock.advance(0);
    fetcher.last.answer({ ok: true, snapshot: makeSnapshot({ ...CLOUD_TARGET, region: 'cn-north-4' }, clock.nowMs) });
    await settle();
    assert.deepEqual(sent.map(sentOf), ['null for Work']);
    const state = refresher.state();
    assert.ok(state.kind === 'on');
    assert.match(state.failure?.reason ?? '', /of Work \/ cn-north-4, not of the active profile/);
  });

  it('Restricted Mode (no target): nothing is fetched and the server is told to drop its data', async () => {
    const { clock, fetcher, sent, refresher } = makeRefresher();
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    clock.advance(0);
    const running = fetcher.last;
    refresher.setTarget(undefined, 'untrusted');
    assert.equal(running.signal.aborted, true);
    assert.deepEqual(sent[sent.length - 1], { snapshot: null });
    assert.deepEqual(refresher.state(), { kind: 'off', why: 'untrusted' });
    await refresher.refresh();
    clock.advance(60 * MINUTE);
    assert.equal(fetcher.calls.length, 1, 'no fetch without a target');
  });

  it('0 minutes: no automatic fetch; the command fetches', async () => {
    const { clock, fetcher, sent, refresher } = makeRefresher({ refreshMinutes: 0 });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    assert.deepEqual(clock.delays(), []);
    const done = refresher.refresh();
    const snapshot = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot });
    await done;
    assert.equal(sent[sent.length - 1].snapshot, snapshot);
    assert.deepEqual(clock.delays(), []);
    refresher.setRefreshMinutes(5);
    assert.deepEqual(clock.delays(), [5 * MINUTE]);
  });

  it('a second refresh joins the fetch under way; restart aborts it and fetches again', async () => {
    const { fetcher, refresher } = makeRefresher({ refreshMinutes: 0 });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    const first = refresher.refresh();
    assert.equal(refresher.refresh(), first);
    assert.equal(fetcher.calls.length, 1);
    void refresher.refresh({ restart: true });
    assert.equal(fetcher.calls[0].signal.aborted, true);
    assert.equal(fetcher.calls.length, 2);
  });

  it('resend repeats the current data (a restarted server has none)', async () => {
    const cached = makeSnapshot(EMULATOR_TARGET, START);
    const { sent, refresher } = makeRefresher({ cached: new Map([['local-emulator', cached]]) });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    refresher.resend();
    assert.equal(sent[sent.length - 1].snapshot, cached);
    assert.equal(sent[sent.length - 1].profile, 'Local emulator');
  });

  it('a profile rename is a new target: the snapshot under the old name is not sent for it', async () => {
    const cached = makeSnapshot(EMULATOR_TARGET, START);
    const { sent, refresher } = makeRefresher({ cached: new Map([['local-emulator', cached]]) });
    refresher.setTarget(EMULATOR_TARGET);
    await settle();
    refresher.setTarget({ ...EMULATOR_TARGET, profileName: 'Renamed' });
    await settle();
    assert.deepEqual(sent[sent.length - 1], { snapshot: null, profile: 'Renamed', region: 'cn-north-4' });
    assert.ok(sent.every((p) => p.snapshot === null || p.snapshot.profile === p.profile));
  });
});
