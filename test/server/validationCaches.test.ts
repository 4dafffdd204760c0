/**
 * R09's user_data check, the plain value ajv checks, and the fast paths of the parser passes: a
 * changed input must never get a stale or different result.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUserData } from '../../server/service/rules/userData';
import { toValidationValue } from '../../server/service/validation/schemaValidator';
import { computeLineStarts } from '../../request/parser/positions';
import { BASE_JSON, check, parse } from './parser.helpers';

describe('R09 checks each user_data value on its own', () => {
  test('alternating values each get their own result', () => {
    const small = Buffer.alloc(100, 'a').toString('base64');
    const large = Buffer.alloc(32 * 1024 + 1, 'a').toString('base64');
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(checkUserData(small), { isBase64: true, hasLineBreaks: false, decodedBytes: 100 });
      assert.deepEqual(checkUserData(large), { isBase64: true, hasLineBreaks: false, decodedBytes: 32 * 1024 + 1 });
      assert.deepEqual(checkUserData(`${small}!`), { isBase64: false, hasLineBreaks: false, decodedBytes: 0 });
      assert.deepEqual(checkUserData(`${small.slice(0, 8)}\n${small.slice(8)}`), {
        isBase64: true,
        hasLineBreaks: true,
        decodedBytes: 100,
      });
    }
  });

  test('editing user_data between validations changes the finding', () => {
    const withUserData = (value: string) => BASE_JSON.replace('"count": 1', `"count": 1, "user_data": "${value}"`);
    const r09 = (value: string) =>
      check(withUserData(value), 'json').diagnostics.filter((d) => d.code === 'ECS-R09').length;
    const valid = Buffer.from('#!/bin/bash\necho hi\n').toString('base64');
    assert.equal(r09(valid), 0);
    assert.equal(r09(`${valid.slice(0, -4)}@@@@`), 1);
    assert.equal(r09(valid), 0);
  });
});

describe('the plain value ajv checks', () => {
  test('each version gives its own value', () => {
    const first = parse('{"server": {"name": "a", "count": 1}}', 'json', 1);
    const second = parse('{"server": {"name": "b", "count": 1}}', 'json', 2);
    assert.deepEqual(toValidationValue(first.root, 'json'), { server: { name: 'a', count: 1 } });
    assert.deepEqual(toValidationValue(second.root, 'json'), { server: { name: 'b', count: 1 } });
  });

  test('an empty YAML value is null, an empty JSON one is left out', () => {
    const doc = parse('server:\n  name:\n', 'yaml');
    assert.deepEqual(toValidationValue(doc.root, 'yaml'), { server: { name: null } });
    assert.deepEqual(toValidationValue(doc.root, 'json'), { server: {} });
  });

  test('a "__proto__" key stays an own, plain key', () => {
    const doc = parse('{"__proto__": {"polluted": true}, "server": {}}', 'json');
    const value = toValidationValue(doc.root, 'json') as Record<string, unknown>;
    assert.deepEqual(Object.keys(value), ['__proto__', 'server']);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('parser fast paths give the same result as the character loops', () => {
  /** The line table the way it was always computed: one character at a time. */
  function lineStartsByLoop(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10) starts.push(i + 1);
    }
    return starts;
  }

  test('line starts with \\n only, with \\r\\n, with lone \\r and at the edges', () => {
    for (const text of [
      '',
      '\n',
      'a',
      'a\nb',
      'a\n\nb\n',
      '\na\n',
      'a\r\nb\r\n',
      'a\rb\nc\r\n\r',
      'x'.repeat(50_000) + '\ny',
    ]) {
      assert.deepEqual(computeLineStarts(text), lineStartsByLoop(text), JSON.stringify(text.slice(0, 20)));
    }
  });

  test('nesting depth ignores brackets in strings with escapes, and unclosed strings end at the line', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const inString = '"\\\\[[[\\"[[[' + '['.repeat(100) + '"';
    // Brackets inside strings (also after escaped quotes and backslashes) never count.
    assert.ok(parse(`[${inString}, ${deep(60)}]`, 'json').syntaxProblems.every((p) => p.code !== 'nesting-too-deep'));
    // An unclosed string stops at its line end: the brackets on the next lines count again.
    assert.ok(parse(`["unclosed [[[\n${deep(70)}]`, 'json').syntaxProblems.some((p) => p.code === 'nesting-too-deep'));
    // A backslash just before the line end escapes it: the string then runs on.
    assert.ok(
      parse(`["escaped \\\n${'['.repeat(70)}"]`, 'json').syntaxProblems.every((p) => p.code !== 'nesting-too-deep'),
    );
    // A string closing right at the end of the text, and a backslash as the last character.
    assert.ok(parse(`${deep(70)}"`, 'json').syntaxProblems.some((p) => p.code === 'nesting-too-deep'));
    assert.ok(parse('["a\\', 'json').syntaxProblems.every((p) => p.code !== 'nesting-too-deep'));
    assert.ok(parse(deep(70), 'json').syntaxProblems.some((p) => p.code === 'nesting-too-deep'));
  });
});
