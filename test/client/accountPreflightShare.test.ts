/**
 * One fetch for the pre-flight and the background account data (client/account/accountRefresher.ts,
 * freshSnapshot): the pre-flight takes the refresher's recent snapshot or its fetch, and what it
 * fetched becomes the data the language server checks with. Clock, timer and fetch are fakes the
 * test drives: nothing waits for real time.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { PREFLIGHT_FRESH_MS, type AccountSnapshotParams } from '../../client/account/accountRefresher';
import { RESOURCE_KINDS, type AccountSnapshot } from '../../request/accountSnapshot';
import {
  CLOUD_TARGET,
  EMULATOR_TARGET,
  makeSnapshot,
  makeRefresher,
  MINUTE,
  settle,
  START,
} from './accountClientFixtures';

/** A refresher on the emulator target whose first (automatic) fetch is under way. */
async function started(cachedAtMs?: number) {
  const cached = new Map<string, AccountSnapshot>();
  if (cachedAtMs !== undefined) cached.set(EMULATOR_TARGET.profileId, makeSnapshot(EMULATOR_TARGET, cachedAtMs));
  const setup = makeRefresher({ cached });
  setup.refresher.setTarget(EMULATOR_TARGET);
  await settle();
  return setup;
}

const lastSent = (sent: AccountSnapshotParams[]) => sent[sent.length - 1].snapshot;

describe('AccountRefresher.freshSnapshot (the pre-flight shares the background fetch)', () => {
  it('with no data yet: one fetch serves both; the result is sent to the server and cached', async () => {
    const { clock, fetcher, sent, cache, refresher } = await started();
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    await settle();
    assert.equal(fetcher.calls.length, 1, 'one fetch, not one per reader');
    const snapshot = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot });
    const fresh = await asked;
    assert.deepEqual(fresh, { ok: true, snapshot, fetched: true });
    assert.equal(lastSent(sent), snapshot, 'the server checks with the data the pre-flight reports on');
    assert.equal(cache.get(EMULATOR_TARGET.profileId), snapshot);
    clock.advance(0);
    assert.equal(fetcher.calls.length, 1, 'no background fetch right after');
  });

  it('a background fetch under way is joined, not repeated', async () => {
    const { clock, fetcher, refresher } = await started();
    clock.advance(0);
    assert.equal(fetcher.calls.length, 1);
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    const snapshot = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot });
    assert.deepEqual(await asked, { ok: true, snapshot, fetched: true });
    assert.equal(fetcher.calls.length, 1);
  });

  it(`data fetched within ${PREFLIGHT_FRESH_MS / 1000} s is used as it is; older data is fetched again`, async () => {
    const { clock, fetcher, refresher } = await started(START - 30_000);
    assert.equal(fetcher.calls.length, 0);
    const recent = await refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    assert.ok(recent.ok && !recent.fetched);
    assert.equal(recent.snapshot.fetchedAt, new Date(START - 30_000).toISOString());
    assert.equal(fetcher.calls.length, 0, 'no fetch for data under a minute old');

    clock.nowMs += MINUTE;
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    await settle();
    assert.equal(fetcher.calls.length, 1, 'data 90 s old is fetched again');
    fetcher.last.answer({ ok: true, snapshot: makeSnapshot(EMULATOR_TARGET, clock.nowMs) });
    const fresh = await asked;
    assert.ok(fresh.ok && fresh.fetched);
  });

  it('a failed fetch: the pre-flight gets the reason and the older data the server keeps', async () => {
    const { clock, fetcher, sent, refresher } = await started(START - 5 * MINUTE);
    const kept = lastSent(sent);
    assert.ok(kept);
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    await settle();
    fetcher.last.answer({ ok: false, cancelled: false, offline: true, reason: 'the network is down' });
    assert.deepEqual(await asked, { ok: false, reason: 'the network is down', kept });
    assert.equal(lastSent(sent), kept, 'the server keeps the last good data');

    // Recent data, but a fetch failed since: the next pre-flight tries again.
    clock.nowMs += 1000;
    const again = refresher.freshSnapshot(EMULATOR_TARGET, 10 * MINUTE);
    await settle();
    assert.equal(fetcher.calls.length, 2);
    fetcher.last.answer({ ok: true, snapshot: makeSnapshot(EMULATOR_TARGET, clock.nowMs) });
    assert.ok((await again).ok);
  });

  it('a fetch where every list was refused is no data for the pre-flight either', async () => {
    const { clock, fetcher, refresher } = await started();
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    await settle();
    fetcher.last.answer({ ok: true, snapshot: makeSnapshot(EMULATOR_TARGET, clock.nowMs, RESOURCE_KINDS) });
    const fresh = await asked;
    assert.ok(!fresh.ok);
    assert.match(fresh.reason, /No permission to list/);
  });

  it('cancelling the pre-flight stops its wait, not the fetch: the editor still gets the data', async () => {
    const { clock, fetcher, sent, refresher } = await started();
    const abort = new AbortController();
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS, abort.signal);
    await settle();
    abort.abort();
    const fresh = await asked;
    assert.ok(!fresh.ok);
    assert.equal(fetcher.last.signal.aborted, false);
    const snapshot = makeSnapshot(EMULATOR_TARGET, clock.nowMs);
    fetcher.last.answer({ ok: true, snapshot });
    await settle();
    assert.equal(lastSent(sent), snapshot);
  });

  it('another profile than the active one: nothing is fetched for it', async () => {
    const { fetcher, refresher } = await started();
    const fresh = await refresher.freshSnapshot(CLOUD_TARGET, PREFLIGHT_FRESH_MS);
    assert.ok(!fresh.ok);
    await settle();
    assert.equal(fetcher.calls.length, 0);
  });

  it('the profile changes while the pre-flight waits: the other profile data is not handed to it', async () => {
    const { clock, fetcher, refresher } = await started();
    const asked = refresher.freshSnapshot(EMULATOR_TARGET, PREFLIGHT_FRESH_MS);
    await settle();
    refresher.setTarget(CLOUD_TARGET);
    const fresh = await asked;
    assert.ok(!fresh.ok);
    assert.match(fresh.reason, /profile changed/);
    fetcher.calls[0].answer({ ok: true, snapshot: makeSnapshot(EMULATOR_TARGET, clock.nowMs) });
  });
});
