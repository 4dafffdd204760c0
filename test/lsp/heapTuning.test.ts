/**
 * The V8 flags the server sets at start: V8 ignores a misspelt flag silently, so check each
 * one against the flags this Node's V8 knows.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { HEAP_FLAGS } from '../../server/lsp/heapTuning';

describe('heap tuning', () => {
  it('sets only flags that this V8 knows', () => {
    const known = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    for (const flag of HEAP_FLAGS) {
      // "--no-x" turns off the boolean flag "--x".
      const name = flag.replace(/=.*$/, '').replace(/^--no-/, '--');
      assert.ok(known.includes(`  ${name} (`), `${name} is not a V8 flag of Node ${process.version}`);
    }
  });
});
