/**
 * server/service/jsoncWhitespaceCache.ts replaces jsonc-parser's `impl/string-intern` in the
 * server bundle: the same strings, built on first use instead of when the bundle loads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as lazy from '../../server/service/jsoncWhitespaceCache';
import { importEsm } from '../support/importEsm';

type StringIntern = typeof lazy;

test('holds the same strings as the jsonc-parser module it replaces', async () => {
  const original = await importEsm<StringIntern>('node_modules/jsonc-parser/lib/esm/impl/string-intern.js');
  assert.deepEqual([...lazy.supportedEols], [...original.supportedEols]);
  assert.deepEqual(lazy.cachedSpaces, original.cachedSpaces);
  for (const unit of [' ', '\t'] as const) {
    for (const eol of original.supportedEols) {
      assert.deepEqual(
        lazy.cachedBreakLinesWithSpaces[unit][eol],
        original.cachedBreakLinesWithSpaces[unit][eol],
        `${JSON.stringify(unit)} after ${JSON.stringify(eol)}`,
      );
    }
  }
});

test('builds each list of line starts only when it is first read, then keeps it', () => {
  const descriptor = Object.getOwnPropertyDescriptor(lazy.cachedBreakLinesWithSpaces['\t'], '\r');
  assert.equal(typeof descriptor?.get, 'function', 'a getter, not a list built at load');
  assert.equal(lazy.cachedBreakLinesWithSpaces['\t']['\r'], lazy.cachedBreakLinesWithSpaces['\t']['\r']);
});
