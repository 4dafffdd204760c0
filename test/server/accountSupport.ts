/** What the account tests of the language service share: a service that holds an account snapshot. */
import assert from 'node:assert/strict';
import { readAccountNotification } from '../../server/service/account/accountData';
import { createLanguageService } from '../../server/service/languageService';

/**
 * A language service whose clock reads `now`, given `snapshot` as the account data of the Local
 * emulator profile in cn-north-4, the way the client sends it. A snapshot the service would not
 * apply fails the test here, with the reason.
 */
export function serviceWithAccount(snapshot: unknown, now: Date) {
  const ls = createLanguageService({ validation: { now } });
  const read = readAccountNotification({ snapshot, profile: 'Local emulator', region: 'cn-north-4' });
  assert.equal(read.kind, 'apply', JSON.stringify(read));
  if (read.kind === 'apply') ls.setAccount(read.data);
  return ls;
}

/** An account snapshot of the Local emulator profile in cn-north-4 holding `parts`, fetched at `fetchedAt`. */
export function snapshotWith(parts: Record<string, unknown>, fetchedAt: string) {
  return {
    schemaVersion: 1,
    profile: 'Local emulator',
    region: 'cn-north-4',
    projectId: 'p',
    fetchedAt,
    durationMs: 1,
    parts,
  };
}

/** A list part of a snapshot, read in full at `fetchedAt`. */
export const knownPart = <T>(items: T[], fetchedAt: string) => ({ state: 'known', items, fetchedAt });
