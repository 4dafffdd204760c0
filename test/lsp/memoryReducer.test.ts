/**
 * The memory reducer (server/lsp/memoryReducer.ts): when it compacts, and that a compaction
 * really gives old-generation memory back (checked in a fresh Node process, as the flags it sets
 * are process-wide).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { COMPACT_AFTER_GROWTH_BYTES, MemoryReducer } from '../../server/lsp/memoryReducer';
import { freshNodeScript, requirePath } from '../support/freshNode';

const MiB = 1024 * 1024;

describe('memory reducer', () => {
  it('compacts on a close only after the old generation grew by the threshold since the last compaction', () => {
    let oldGeneration = 10 * MiB;
    let compactions = 0;
    const reducer = new MemoryReducer(
      2 * MiB,
      () => oldGeneration,
      () => {
        compactions++;
        oldGeneration -= 3 * MiB;
      },
    );
    oldGeneration += 1.5 * MiB;
    assert.equal(reducer.documentClosed(), false, 'grown by less than the threshold');
    oldGeneration += 0.5 * MiB;
    assert.equal(reducer.documentClosed(), true, 'grown by the threshold');
    assert.equal(compactions, 1);
    // The baseline is now what the compaction left (9 MiB), not the start (10 MiB).
    oldGeneration += 1.9 * MiB;
    assert.equal(reducer.documentClosed(), false);
    oldGeneration += 0.1 * MiB;
    assert.equal(reducer.documentClosed(), true);
    assert.equal(compactions, 2);
    assert.equal(COMPACT_AFTER_GROWTH_BYTES, 2 * MiB);
  });

  it('gives back old-generation pages that a plain full collection keeps', () => {
    // Objects reach the old generation, then all but every 50th die: fragmented pages. One
    // collection follows, a plain one or compactHeap; V8 alone evacuates such pages only from its
    // second collection on.
    const script = `
      const { compactHeap, oldGenerationBytes } = require(${requirePath('../../server/lsp/memoryReducer', require)});
      const v8 = require('node:v8');
      const vm = require('node:vm');
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc');
      let all = [];
      for (let i = 0; i < 200000; i++) all.push({ index: i, text: 'x' + i });
      gc();
      const survivors = all.filter((_, i) => i % 50 === 0);
      all = null;
      if (process.argv[2] === 'compact') compactHeap(); else gc();
      process.stdout.write(JSON.stringify({ bytes: oldGenerationBytes(), survivors: survivors.length }));`;
    const collect = freshNodeScript<{ bytes: number; survivors: number }>(script);
    try {
      const plain = collect.run('plain');
      const compacted = collect.run('compact');
      assert.equal(compacted.survivors, 4000);
      assert.ok(
        compacted.bytes < plain.bytes - 4 * MiB,
        `compaction returned old-generation memory (${(plain.bytes / MiB).toFixed(1)} MiB after a plain collection, ${(compacted.bytes / MiB).toFixed(1)} after compactHeap)`,
      );
    } finally {
      collect.dispose();
    }
  });
});
