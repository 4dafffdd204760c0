/**
 * Remembers one result: the value computed for the last key. Used for the per-tree caches of the
 * language service (a parsed document, its root, its server object), in place of WeakMaps.
 *
 * Why not a WeakMap: its entries live in an old table, and V8's young-generation collector keeps
 * an entry's value alive while that table does. When the value points back into the tree (a disk
 * list holds the disk nodes, and through their parents the whole tree), every tree that was ever
 * cached survives its first collection and is promoted to the old generation. On the largest
 * request that was about 400 KB promoted per scavenge, slower collections and a bigger heap. One
 * strong entry keeps only the latest tree alive, which the document cache keeps anyway, and a
 * replaced tree dies young.
 */
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
}
