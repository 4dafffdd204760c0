/**
 * Gives memory back when a request document closes.
 *
 * V8 runs a full collection only once the old generation has grown by at least 8 MiB past what
 * survived the last one, or after about 8 s without work (its own memory reducer), and it
 * compacts only pages it judges fragmented enough. Parsed trees of a large request that outlive
 * two young collections (one reused across completions and hovers, say) pile up there as
 * garbage: about 2-3 MiB in a benchmark session on the largest request, which a busy server never
 * returns. So when a document closes and the old generation has grown by `growthBytes` since the
 * last compaction, the server collects and compacts it once: about 30 ms, two to six times in a
 * benchmark run. Measured on the benchmark's documents with push diagnostics (interleaved runs,
 * RSS after the documents): JSON ~62-64 -> 59-61 MiB, YAML ~68 -> 61-62 MiB.
 *
 * Such a collection also frees the hidden classes that optimised parser code depends on, unless
 * the service keeps an exemplar of each (service/shapeExemplars.ts): without the exemplars,
 * open -> diagnostics on the largest YAML request went from ~15 to ~30 ms after compactions.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Old-generation growth since the last compaction that makes a close compact again. */
export const COMPACT_AFTER_GROWTH_BYTES = 2 * 1024 * 1024;

const OLD_GENERATION_SPACES = new Set(['old_space', 'code_space', 'large_object_space']);

/** Committed memory of V8's old generation (what a compaction can give back). */
export function oldGenerationBytes(): number {
  let bytes = 0;
  for (const space of getHeapSpaceStatistics()) {
    if (OLD_GENERATION_SPACES.has(space.space_name)) bytes += space.physical_space_size;
  }
  return bytes;
}

let fullCollection: (() => void) | undefined;

/**
 * A full collection that also compacts every page. `gc` exists only in contexts created after
 * --expose-gc is set, hence the one extra context; --compact-on-every-full-gc is read at each
 * collection, so it applies to this one only.
 */
export function compactHeap(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    fullCollection = runInNewContext('gc') as () => void;
  }
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    fullCollection();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

export class MemoryReducer {
  private baseline: number;

  constructor(
    private readonly growthBytes = COMPACT_AFTER_GROWTH_BYTES,
    private readonly measure: () => number = oldGenerationBytes,
    private readonly compact: () => void = compactHeap,
  ) {
    this.baseline = measure();
  }

  /** Call after a closed document's data is forgotten; true when it compacted. */
  documentClosed(): boolean {
    if (this.measure() - this.baseline < this.growthBytes) return false;
    this.compact();
    this.baseline = this.measure();
    return true;
  }
}
