import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { nodeAtPath } from '../../request/parser/nodes';
import { defaultSettings } from '../../server/service/types';
import { MAX_YAML_ENTRIES } from '../../request/parser/problems';
import { BASE_JSON, BASE_YAML, check, parse } from './parser.helpers';

/** Deterministic pseudo-random bytes (no flaky inputs). */
function garbage(length: number, seed: number): string {
  let state = seed;
  let result = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    result += String.fromCharCode(state % 256);
  }
  return result;
}

describe('robustness: the pipeline never throws and always answers', () => {
  test('a 1 MB user_data string (JSON and YAML) is read in full and validated', () => {
    const userData = 'QUJD'.repeat(256 * 1024); // 1 MiB of valid base64
    const json = check(BASE_JSON.replace('"count": 1', `"count": 1, "user_data": "${userData}"`), 'json');
    const yaml = check(BASE_YAML.replace('count: 1', `count: 1\n  user_data: ${userData}`), 'yaml');
    for (const { doc, diagnostics } of [json, yaml]) {
      const node = nodeAtPath(doc.root, ['server', 'user_data']);
      assert.equal(node?.type === 'string' && node.value.length, userData.length);
      assert.ok(diagnostics.every((d) => d.code !== 'json-syntax' && d.code !== 'yaml-syntax'));
    }
  });

  for (const [name, text, format] of [
    ['10k-deep JSON arrays', '['.repeat(10_000) + ']'.repeat(10_000), 'json'],
    ['10k-deep JSON objects', '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000), 'json'],
    ['10k-deep YAML flow collections', '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000), 'yaml'],
    ['10k-deep YAML compact sequences', `${'- '.repeat(10_000)}x\n`, 'yaml'],
    ['10k unclosed JSON brackets', '['.repeat(10_000), 'json'],
  ] as const) {
    test(`${name}: one "too deep" error, no stack overflow`, () => {
      const { doc, diagnostics } = check(text, format);
      assert.equal(doc.root, undefined);
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['nesting-too-deep'],
      );
    });
  }

  test('deep YAML block indentation is refused as well', () => {
    let text = '';
    for (let i = 0; i < 200; i++) text += `${' '.repeat(i)}k:\n`;
    const { diagnostics } = check(text, 'yaml');
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['nesting-too-deep'],
    );
  });

  test('normal depth is not mistaken for deep nesting (brackets in strings, comments and block scalars)', () => {
    const brackets = '[[[[[[[[[[{{{{{{{{{{'.repeat(10);
    const yaml =
      `server:\n  name: "${brackets}"\n  description: '${brackets}'\n  # ${brackets}\n  user_data: ` +
      `|\n    ${brackets}\n`;
    assert.ok(parse(yaml, 'yaml').syntaxProblems.every((p) => p.code !== 'nesting-too-deep'));
    const json = `{"server": {"name": "${brackets}"} // ${brackets}\n}`;
    assert.deepEqual(parse(json, 'json').syntaxProblems, []);
  });

  for (const format of ['json', 'yaml'] as const) {
    test(`binary garbage (${format}) gives syntax diagnostics, not an exception`, () => {
      for (const seed of [1, 2, 3]) {
        const { diagnostics } = check(garbage(20_000, seed), format);
        assert.ok(diagnostics.length > 0, `seed ${seed}`);
        assert.ok(diagnostics.every((d) => d.range.start.line >= 0 && d.range.end.line >= d.range.start.line));
      }
    });
  }

  test('NUL characters and lone surrogates are handled', () => {
    for (const format of ['json', 'yaml'] as const) {
      assert.ok(check('\0\0\0', format).diagnostics.length > 0);
      assert.doesNotThrow(() => check(`{"server": {"name": "\uD800"}}`, format));
    }
  });

  test('empty documents give no diagnostics', () => {
    for (const format of ['json', 'yaml'] as const) {
      for (const text of ['', '\n', '   \n\t\n'])
        assert.deepEqual(check(text, format).diagnostics, [], JSON.stringify(text));
    }
  });

  test('over maxDocumentSize: syntax only, plus one information diagnostic', () => {
    const text = BASE_YAML.replace('count: 1', 'count: 0\n  name: twice');
    const full = check(text, 'yaml');
    assert.ok(full.diagnostics.some((d) => d.code === 'schema'));
    const limited = check(text, 'yaml', { maxDocumentSize: 50 });
    assert.deepEqual(limited.diagnostics.map((d) => d.code).sort(), ['document-too-large', 'duplicate-key']);
    const info = limited.diagnostics.find((d) => d.code === 'document-too-large')!;
    assert.equal(info.severity, DiagnosticSeverity.Information);
    assert.match(info.message, /ecs\.maxDocumentSize/);
  });

  test('the default size limit is 2,000,000 characters, and a 1 MB one-line user_data is still fully validated', () => {
    assert.equal(defaultSettings.maxDocumentSize, 2_000_000);
    const userData = 'QUJD'.repeat(256 * 1024); // 1 MiB of valid base64, far more than user_data may hold
    for (const [text, format] of [
      [BASE_JSON.replace('"count": 1', `"count": 1, "user_data": "${userData}"`), 'json'],
      [BASE_YAML.replace('count: 1', `count: 1\n  user_data: ${userData}`), 'yaml'],
    ] as const) {
      const codes = check(text, format).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('ECS-R09'), `the user_data rule ran (${format}): ${codes.join(', ')}`);
      assert.ok(!codes.includes('document-too-large'), format);
    }
  });

  test('a YAML file with more lines and marks than MAX_YAML_ENTRIES: not read, one information saying why', () => {
    const filler = '# note\n'.repeat(MAX_YAML_ENTRIES);
    const broken = `${BASE_YAML.replace('count: 1', 'count: 0')}  name: [unclosed\n`;
    const huge = check(broken + filler, 'yaml');
    assert.equal(huge.doc.root, undefined, 'no tree is built for such a file');
    assert.deepEqual(
      huge.diagnostics.map((d) => d.code),
      ['document-too-large'],
    );
    assert.equal(huge.diagnostics[0].severity, DiagnosticSeverity.Information);
    assert.match(huge.diagnostics[0].message, /more than 8,000 lines and YAML marks.*not checked, not even its syntax/);
    // Well under the limit the same file is validated in full.
    const codes = check(
      `${BASE_YAML.replace('count: 1', 'count: 0')}${'# note\n'.repeat(MAX_YAML_ENTRIES - 200)}`,
      'yaml',
    ).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('schema') && !codes.includes('document-too-large'), codes.join(', '));
  });

  test('a root that is not an object gets one clear diagnostic', () => {
    for (const [text, format] of [
      ['[1, 2]', 'json'],
      ['"text"', 'json'],
      ['just text', 'yaml'],
      ['- a\n- b\n', 'yaml'],
    ] as const) {
      const { diagnostics } = check(text, format);
      assert.equal(diagnostics.length, 1, text);
      assert.match(diagnostics[0].message, /request body must be an object/);
    }
  });

  test('a "__proto__" key is just an unknown property', () => {
    const { diagnostics } = check(BASE_JSON.replace('"count": 1', '"count": 1, "__proto__": {"x": 1}'), 'json', {}, []);
    assert.equal(diagnostics.length, 1);
    assert.match(diagnostics[0].message, /"__proto__" is not a known property/);
  });

  test('every prefix of a request (typing it out) parses and validates without throwing', () => {
    for (const [text, format] of [
      [BASE_JSON, 'json'],
      [BASE_YAML, 'yaml'],
    ] as const) {
      for (let end = 0; end <= text.length; end += 3) {
        assert.doesNotThrow(() => check(text.slice(0, end), format), `${format} prefix ${end}`);
      }
    }
  });
});
