/** Issue 12, item 5 through the built CLI: lint shares the YAML parser, so its sentence() fix covers lint too. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { runCli } from './runCli';

it('lint reads a block-scalar header followed by 80,000 NBSP quickly and reports it briefly', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-lint-'));
  try {
    const file = join(dir, 'nbsp.ecs.yaml');
    writeFileSync(file, `server:\n  name: |${'\u00a0'.repeat(80_000)}x\n`);
    const start = performance.now();
    const run = await runCli(['lint', file]);
    const ms = performance.now() - start;
    // The quadratic regex took about 16 s here; the fixed code well under a second (cap 20x that and more).
    assert.ok(ms < 10_000, `lint took ${Math.round(ms)} ms`);
    assert.notEqual(run.code, 0);
    assert.ok(run.stdout.length + run.stderr.length < 20_000, 'the message quotes the text only briefly');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
