/**
 * The on-disk cache of account snapshots (client/account/snapshotCache.ts): one file per profile +
 * region, atomic writes, and reads that trust nothing (a damaged file is ignored and logged once).
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SnapshotCache, snapshotShapeProblem } from '../../client/account/snapshotCache';
import { CLOUD_TARGET, EMULATOR_TARGET, makeSnapshot, RecordingLog } from './accountClientFixtures';

const NOW = Date.parse('2026-12-07T08:00:00Z');

describe('SnapshotCache', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-account-cache-'));
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('reads back what it wrote, per profile and region, and leaves no temporary file', async () => {
    const cache = new SnapshotCache(path.join(folder, 'a'), new RecordingLog());
    const emulator = makeSnapshot(EMULATOR_TARGET, NOW);
    const work = makeSnapshot(CLOUD_TARGET, NOW, ['eips']);
    await cache.write(EMULATOR_TARGET, emulator);
    await cache.write(CLOUD_TARGET, work);
    assert.deepEqual(await cache.read(EMULATOR_TARGET), emulator);
    assert.deepEqual(await cache.read(CLOUD_TARGET), work);
    assert.equal(await cache.read({ ...CLOUD_TARGET, region: 'cn-north-4' }), undefined, 'another region: none');
    const files = fs.readdirSync(path.join(folder, 'a'));
    assert.equal(files.length, 2, files.join(', '));
    assert.ok(files.every((file) => file.endsWith('.json')));
  });

  it('a new write replaces the old file whole', async () => {
    const cache = new SnapshotCache(path.join(folder, 'b'), new RecordingLog());
    await cache.write(EMULATOR_TARGET, makeSnapshot(EMULATOR_TARGET, NOW));
    const newer = makeSnapshot(EMULATOR_TARGET, NOW + 60_000);
    await cache.write(EMULATOR_TARGET, newer);
    assert.equal((await cache.read(EMULATOR_TARGET))?.fetchedAt, newer.fetchedAt);
    assert.equal(fs.readdirSync(path.join(folder, 'b')).length, 1);
  });

  it('keeps files inside its folder whatever the profile ID holds, and apart for IDs that look alike', () => {
    const cache = new SnapshotCache(path.join(folder, 'c'), new RecordingLog());
    const odd = cache.fileOf({ profileId: '../../etc/passwd', profileName: 'x', region: 'r' });
    assert.equal(path.dirname(odd), path.join(folder, 'c'));
    const a = cache.fileOf({ profileId: 'a/b', profileName: 'x', region: 'r' });
    const b = cache.fileOf({ profileId: 'a_b', profileName: 'x', region: 'r' });
    assert.notEqual(a, b);
  });

  it('ignores a damaged file, logs it once, and reads a good one written over it', async () => {
    const log = new RecordingLog();
    const cache = new SnapshotCache(path.join(folder, 'd'), log);
    fs.mkdirSync(path.join(folder, 'd'), { recursive: true });
    fs.writeFileSync(cache.fileOf(EMULATOR_TARGET), '{"schemaVersion": 1, "profile": "Local em');
    assert.equal(await cache.read(EMULATOR_TARGET), undefined);
    assert.equal(await cache.read(EMULATOR_TARGET), undefined);
    assert.equal(log.warnings.length, 1, log.lines.join('\n'));
    assert.match(
      log.warnings[0],
      /Cached account data ignored \(.*\.json\): it is not valid JSON\. It is fetched again\./,
    );
    const good = makeSnapshot(EMULATOR_TARGET, NOW);
    await cache.write(EMULATOR_TARGET, good);
    assert.deepEqual(await cache.read(EMULATOR_TARGET), good);
  });

  it('ignores a snapshot of another schema version or shape, and one saved under another profile name', async () => {
    const log = new RecordingLog();
    const cache = new SnapshotCache(path.join(folder, 'e'), log);
    fs.mkdirSync(path.join(folder, 'e'), { recursive: true });
    const file = cache.fileOf(EMULATOR_TARGET);
    fs.writeFileSync(file, JSON.stringify({ ...makeSnapshot(EMULATOR_TARGET, NOW), schemaVersion: 2 }));
    assert.equal(await cache.read(EMULATOR_TARGET), undefined);
    assert.match(log.warnings[0], /its schemaVersion is 2/);
    await cache.write(EMULATOR_TARGET, makeSnapshot(EMULATOR_TARGET, NOW));
    assert.equal(await cache.read({ ...EMULATOR_TARGET, profileName: 'Renamed' }), undefined);
    assert.equal(log.warnings.length, 1, 'a renamed profile is not damage');
  });

  it('a missing file is no data and no log line', async () => {
    const log = new RecordingLog();
    assert.equal(await new SnapshotCache(path.join(folder, 'none'), log).read(EMULATOR_TARGET), undefined);
    assert.deepEqual(log.lines, []);
  });
});

describe('snapshotShapeProblem', () => {
  const good = makeSnapshot(EMULATOR_TARGET, NOW);
  const cases: [string, unknown, RegExp][] = [
    ['an array', [], /not a JSON object/],
    ['no fetchedAt', { ...good, fetchedAt: undefined }, /"fetchedAt" is missing/],
    ['a fetchedAt that is no date', { ...good, fetchedAt: 'yesterday' }, /not a date/],
    ['no parts', { ...good, parts: null }, /"parts" is missing/],
    ['a missing kind', { ...good, parts: { ...good.parts, eips: undefined } }, /the part "eips" is missing/],
    [
      'a known part without items',
      { ...good, parts: { ...good.parts, vpcs: { state: 'known' } } },
      /the part "vpcs" is neither/,
    ],
    [
      'an unknown part without a reason',
      { ...good, parts: { ...good.parts, vpcs: { state: 'unknown' } } },
      /the part "vpcs" is neither/,
    ],
  ];
  for (const [name, value, expected] of cases) {
    it(`refuses ${name}`, () => assert.match(snapshotShapeProblem(value) ?? 'accepted', expected));
  }
  it('accepts a snapshot the catalog writes', () => assert.equal(snapshotShapeProblem(good), undefined));
});
