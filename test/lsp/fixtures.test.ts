/** The position helpers the protocol tests share (fixtures.ts). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { positionAfter, positionOf } from './fixtures';

describe('protocol test fixtures: positions in a text', () => {
  const text = 'server:\n  flavorRef: s6.small.1\n  name: web-01\n';

  it('puts a position at a needle, or just after it, as 0-based line and character', () => {
    assert.deepEqual(positionOf(text, 'flavorRef'), { line: 1, character: 2 });
    assert.deepEqual(positionAfter(text, 'flavorRef: '), { line: 1, character: 13 });
    assert.deepEqual(positionAfter(text, 'web-01\n'), { line: 3, character: 0 });
  });

  it('names a needle the text lacks instead of giving a position', () => {
    assert.throws(() => positionAfter(text, 'imageRef'), /fixture lacks "imageRef"/);
  });
});
