/** The shared set-up of the account tests (accountSupport.ts). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceWithAccount } from './accountSupport';

const NOW = new Date('2026-12-07T06:00:00Z');
const snapshot = (profile: string) => ({
  schemaVersion: 1,
  profile,
  region: 'cn-north-4',
  projectId: 'p',
  fetchedAt: '2026-12-07T05:59:00Z',
  durationMs: 1,
  parts: { keyPairs: { state: 'known', items: [{ name: 'demo-keypair' }], fetchedAt: '2026-12-07T05:59:00Z' } },
});

describe('serviceWithAccount', () => {
  test("gives a service that holds the Local emulator profile's snapshot", () => {
    const ls = serviceWithAccount(snapshot('Local emulator'), NOW);
    assert.equal(ls.account?.profile, 'Local emulator');
    assert.equal(ls.account?.region, 'cn-north-4');
  });

  test('fails with the reason when the service would not take the snapshot', () => {
    assert.throws(() => serviceWithAccount(snapshot('Some other profile'), NOW), /mismatch.*another profile/);
  });
});
