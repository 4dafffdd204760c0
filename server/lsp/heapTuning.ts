/**
 * Keeps the server's resident memory small. Without this, V8 grows the young generation to
 * 16 MiB semi-spaces during allocation bursts (parsing a large request) and keeps the pages,
 * while our live data stays under 10 MiB. Measured with the benchmark: RSS about 101 → 85 MiB,
 * edit → diagnostics unchanged. (Set at run time, `--max-semi-space-size` has no effect: the
 * heap is already configured; the growth factor is read at each growth, so it works.)
 * Deliberately not used: --optimize-for-size (about 78 MiB, but YAML parsing 3-4 times slower)
 * and --lite-mode / --no-opt (60-65 MiB, but validating the largest request 3-10 times slower).
 * Imported first by server.ts, before anything allocates.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_FLAGS = [
  // Semi-spaces that keep their initial size: scavenges stay short on our small live set.
  '--semi-space-growth-factor=1',
  // A full collection once the old generation has grown 30 % past what survived the last one,
  // instead of V8's default of up to 4x for small heaps: the trees of earlier versions of a
  // document die there, and with a live set under 10 MiB a collection costs a few milliseconds.
  // Measured with the benchmark (JSON documents): RSS after the documents ~78 -> ~72 MiB, edit
  // -> diagnostics unchanged. Read at each collection, so setting it at run time works.
  '--heap-growing-percent=30',
  // Young collections on the main thread only. With a 1 MiB semi-space there is little to copy,
  // and handing it to V8's worker threads costs more than it saves: the threads must wake up and
  // share two cores with the editor. Interleaved benchmark runs (4 pairs, large.json, pull
  // diagnostics): edit -> diagnostics 2.33-2.49 ms against 2.86-3.33 ms with parallel
  // scavenging; large.yaml open -> diagnostics 13-14 against 17 ms. Read at each collection.
  '--no-parallel-scavenge',
] as const;

for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
