/**
 * The words of the account language status item (client/account/accountStatus.ts): profile,
 * region, age, and fetching / offline / failed / partial.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { AccountState } from '../../client/account/accountRefresher';
import { describeAccountState } from '../../client/account/accountStatus';
import { EMULATOR_TARGET, makeSnapshot } from './accountClientFixtures';

const NOW = Date.parse('2026-12-07T08:00:00Z');
const MINUTE = 60_000;
const on = (extra: Partial<Extract<AccountState, { kind: 'on' }>>): AccountState => ({
  kind: 'on',
  target: EMULATOR_TARGET,
  fetching: false,
  refreshMinutes: 10,
  ...extra,
});

describe('describeAccountState', () => {
  it('names the profile and region, and the data age', () => {
    const status = describeAccountState(on({ snapshot: makeSnapshot(EMULATOR_TARGET, NOW - 3 * MINUTE) }), NOW);
    assert.deepEqual(status, {
      text: 'Local emulator · cn-north-4',
      detail: 'data from 3 min ago',
      severity: 'information',
      busy: false,
    });
  });

  it('says when it is fetching, with or without data', () => {
    assert.deepEqual(describeAccountState(on({ fetching: true }), NOW), {
      text: 'Local emulator · cn-north-4',
      detail: 'fetching account data…',
      severity: 'information',
      busy: true,
    });
    const refreshing = describeAccountState(on({ fetching: true, snapshot: makeSnapshot(EMULATOR_TARGET, NOW) }), NOW);
    assert.equal(refreshing.detail, 'data from less than a minute ago; refreshing…');
    assert.equal(refreshing.busy, true);
  });

  it('offline or failed: keeps the age of the data it still has, as a warning', () => {
    const snapshot = makeSnapshot(EMULATOR_TARGET, NOW - 12 * MINUTE);
    const offline = describeAccountState(
      on({ snapshot, failure: { offline: true, reason: 'Could not complete the call to x: refused.', atMs: NOW } }),
      NOW,
    );
    assert.equal(offline.detail, 'data from 12 min ago; offline: Could not complete the call to x: refused');
    assert.equal(offline.severity, 'warning');
    const refused = describeAccountState(
      on({ snapshot, failure: { offline: false, reason: 'APIGW.0301: the credentials were refused.', atMs: NOW } }),
      NOW,
    );
    assert.equal(refused.detail, 'data from 12 min ago; refresh failed: APIGW.0301: the credentials were refused');
  });

  it('failed without any data: an error with the reason, shortened', () => {
    const reason = `Listing flavors failed: ${'x'.repeat(400)}`;
    const status = describeAccountState(on({ failure: { offline: false, reason, atMs: NOW } }), NOW);
    assert.equal(status.severity, 'error');
    assert.match(status.detail, /^no account data, fetch failed: Listing flavors failed: x+…$/);
    assert.ok(status.detail.length < 200);
  });

  it('partial: names the lists that are unknown', () => {
    const snapshot = makeSnapshot(EMULATOR_TARGET, NOW, ['eips', 'keyPairs']);
    const status = describeAccountState(on({ snapshot }), NOW);
    assert.equal(status.detail, 'data from less than a minute ago; partial, unknown: key pairs, EIPs');
    assert.equal(status.severity, 'warning');
  });

  it('off in Restricted Mode; on demand only says how to fetch', () => {
    assert.equal(
      describeAccountState({ kind: 'off', why: 'untrusted' }, NOW).detail,
      'Restricted Mode: no account data is fetched',
    );
    assert.equal(
      describeAccountState(on({ refreshMinutes: 0 }), NOW).detail,
      'no account data yet: run "ECS: Refresh Account Data"',
    );
  });
});
