/**
 * R09's base64 check is written without a regexp group (see isBase64 in userData.ts). It must
 * accept exactly what the plain definition accepts: groups of four alphabet characters, the last
 * one optionally `xx==` or `xxx=`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isBase64 } from '../../../server/service/rules/userData';

const DEFINITION = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

describe('R09 base64 check', () => {
  test('agrees with the definition on every string of up to 8 characters over A / = !', () => {
    const symbols = ['A', '/', '=', '!'];
    let strings = [''];
    let compared = 0;
    for (let length = 0; length <= 8; length++) {
      for (const text of strings) {
        assert.equal(isBase64(text), DEFINITION.test(text), JSON.stringify(text));
        compared++;
      }
      strings = strings.flatMap((prefix) => symbols.map((symbol) => prefix + symbol));
    }
    assert.ok(compared > 80_000);
  });

  test('agrees with the definition on long encoder output and on damaged copies of it', () => {
    let seed = 7;
    const random = (below: number): number => (seed = (seed * 48271) % 2147483647) % below;
    for (let round = 0; round < 300; round++) {
      const encoded = Buffer.from(Array.from({ length: random(200) }, () => random(256))).toString('base64');
      const damaged = [...encoded];
      if (damaged.length > 0 && round % 2 === 1) damaged[random(damaged.length)] = '=-_ A'[random(5)];
      for (const text of [encoded, damaged.join('')]) assert.equal(isBase64(text), DEFINITION.test(text), text);
    }
    const large = Buffer.alloc(33_000, 7).toString('base64');
    assert.equal(isBase64(large), true);
    assert.equal(isBase64(`${large.slice(0, -1)}=`), DEFINITION.test(`${large.slice(0, -1)}=`));
  });
});
