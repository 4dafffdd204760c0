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
 * - they let go as soon as a new version is parsed (`TreeCaches.release`, called by the document
 *   cache of the service). The previous tree is then garbage before its successor is built, not after.
 *
 * The caches belong to one language service instance (languageService.ts builds a TreeCaches with
 * each service): two services, e.g. two servers or tests in one process, never answer from each
 * other's trees, and one service's parse never empties another's caches.
 */

/** Remembers one result: the value computed for the last key, until it is cleared. */
export class LastResultMemo<K extends object, V> {
  private key: K | undefined;
  private value: V | undefined;

  /** The value for `key`: the remembered one when `key` is the last key, else `compute()`'s. */
  get(key: K, compute: (key: K) => V): V {
    if (this.key !== key) {
      this.value = compute(key);
      this.key = key;
    }
    return this.value as V;
  }

  /** Forgets the entry (its key's tree is going away). */
  clear(): void {
    this.key = undefined;
    this.value = undefined;
  }
}

/** The per-tree caches of one language service instance, emptied together. */
export class TreeCaches {
  private readonly memos: { clear(): void }[] = [];

  /** A new memo of this instance, emptied by `release`. */
  memo<K extends object, V>(): LastResultMemo<K, V> {
    const memo = new LastResultMemo<K, V>();
    this.memos.push(memo);
    return memo;
  }

  /** Empties every memo: a new version is being parsed, or a document closed; the last tree is going away. */
  release(): void {
    for (const memo of this.memos) memo.clear();
  }
}
