/**
 * Per-tree caches of completion (the only users left: validation, the rules and the schema value
 * no longer memoise, since what they saved was microseconds), kept so that a replaced tree dies young.
 *
 * A parsed tree of the largest request is about 200 KB, which is a fair part of V8's 1 MiB young
 * generation (see server/lsp/heapTuning.ts). A tree that is still referenced when two young
 * collections pass is promoted to the old generation. That makes the collections slower and
 * leaves garbage for the full collections.
 *
 * So the caches hold as little as they can, for as short a time as they can:
 * - they keep one strong entry, never a WeakMap. An entry in an old WeakMap table whose value
 *   points back into its key's tree (a disk list holds the disk nodes) kept every tree alive
 *   through young collections: about 400 KB promoted per scavenge on the largest request;
 * - they let go as soon as a new version is parsed (`releaseTreeCaches`, called by the document
 *   cache). The previous tree is then garbage before its successor is built, not after.
 */

const releases = new Set<() => void>();

/** Registers a cache to empty when a new version of a document is parsed. */
export function registerTreeCache(release: () => void): void {
  releases.add(release);
}

/** Empties every per-tree cache: a new version is being parsed, the last tree is going away. */
export function releaseTreeCaches(): void {
  for (const release of releases) release();
}

/** Remembers one result: the value computed for the last key, until the caches are released. */
export class LastResultMemo<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  constructor() {
    registerTreeCache(() => {
      this.key = undefined;
      this.value = undefined;
    });
  }

  /** The value for `key`: the remembered one when `key` is the last key, else `compute()`'s. */
  get(key: K, compute: (key: K) => V): V {
    if (this.key !== key) {
      this.value = compute(key);
      this.key = key;
    }
    return this.value as V;
  }
}
