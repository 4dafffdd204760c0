/**
 * The fuzz driver confirms a slow answer by replaying the document on a fresh server before it
 * counts (test/fuzz/driver.ts). Both outcomes, with limits no answer can meet or miss.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { runFuzz } from '../fuzz/driver';

it('records a slow answer whose replays are slow too, with a reproducer', { timeout: 60_000 }, async () => {
  const artifactDir = mkdtempSync(join(tmpdir(), 'fuzz-slow-'));
  const report = await runFuzz({ seed: 7, documents: 1, sizeScale: 0.05, answerLimitMs: 0.001, artifactDir });
  assert.equal(report.counts.slow, 1);
  assert.equal(report.slowUnderLoad.length, 0);
  assert.ok(readdirSync(artifactDir).some((name) => name.endsWith('-slow.json')));
});

it(
  'counts a slow answer whose replay fits the limit as slow under load, not as a failure',
  { timeout: 60_000 },
  async () => {
    const artifactDir = mkdtempSync(join(tmpdir(), 'fuzz-slow-'));
    const report = await runFuzz({
      seed: 7,
      documents: 1,
      sizeScale: 0.05,
      answerLimitMs: 0.001,
      replayLimitMs: 30_000,
      artifactDir,
    });
    assert.deepEqual(report.failures, []);
    assert.equal(report.slowUnderLoad.length, 1);
    assert.equal(report.slowUnderLoad[0].index, 0);
    assert.ok(report.slowUnderLoad[0].replayMs <= 30_000);
    assert.deepEqual(readdirSync(artifactDir), []);
  },
);

it(
  'a hang is recorded, its server replaced, and the run goes on to the next document',
  { timeout: 60_000 },
  async () => {
    const artifactDir = mkdtempSync(join(tmpdir(), 'fuzz-hang-'));
    // No answer can come within a microsecond: the first request of each document counts as a hang.
    const report = await runFuzz({ seed: 7, documents: 3, sizeScale: 0.05, hangMs: 0.001, artifactDir });
    assert.equal(report.documents, 3);
    assert.equal(report.counts.hang, 3);
    assert.equal(report.counts.crash, 0, 'a server the driver stopped is no crash');
    assert.equal(readdirSync(artifactDir).filter((name) => name.endsWith('-hang.json')).length, 3);
  },
);
