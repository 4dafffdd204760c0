/**
 * Reproducers of issue 12 (items 4, 5, 7) against the pure modules, with complexity guards:
 * caps far above the fixed code's time (milliseconds) and far below the quadratic code's (seconds).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/service/languageService';
import { normalizeSettings } from '../../server/service/settings';
import { matchKey } from '../../server/service/completion/yamlLines';
import { sentence } from '../../request/parser/yamlParser';
import { MAX_OUTLINE_ENTRIES, MAX_TAB_SIZE } from '../../server/service/outputLimits';
import { MAX_DIAGNOSTICS } from '../../server/service/validation/limits';

const timed = <T>(work: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
};
const service = () => createLanguageService();
const open = (text: string, format: 'json' | 'yaml' = 'json') =>
  TextDocument.create(`file:///h.ecs.${format}`, `ecs-${format}`, 1, text);

describe('issue 12 reproducers (pure modules)', () => {
  it('sentence() is linear on a block-scalar header followed by 80,000 NBSP', () => {
    const message = `Block scalar header includes extra characters: |${'\u00a0'.repeat(80_000)}x at line 1, column 4`;
    const { result, ms } = timed(() => sentence(message));
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.ok(result.length < 300 && result.endsWith('…'), 'the quote is cut short');
  });

  it('the YAML key reader is linear on a + 80,000 spaces, and reads keys as before', () => {
    const { result, ms } = timed(() => matchKey(`a${' '.repeat(80_000)}`));
    assert.equal(result, undefined);
    assert.ok(ms < 2000, `took ${ms} ms`);
    assert.deepEqual(matchKey('name: x'), { raw: 'name', end: 5 });
    assert.deepEqual(matchKey('a b  : c'), { raw: 'a b', end: 6 });
    assert.deepEqual(matchKey('"q:x" : 1'), { raw: '"q:x"', end: 7 });
    assert.equal(matchKey('-: a'), undefined);
    assert.equal(matchKey('a#b: c'), undefined);
  });

  it('ecs.rules keeps only severities; "constructor" falls back and is reported once per call', () => {
    const reports: string[] = [];
    const settings = normalizeSettings(
      { rules: { R01: 'constructor', R02: 'toString', R03: 'warn', __proto__x: 'off' } },
      (m) => reports.push(m),
    );
    assert.deepEqual(Object.keys(settings.rules).sort(), ['R03', '__proto__x']);
    assert.equal(reports.length, 2);
    assert.match(reports[0], /not a severity/);
    const doc = open('{"server": {"count": 600}}');
    const svc = service();
    const withBad = svc.validate(svc.parse(doc), normalizeSettings({ rules: { R03: 'constructor' } }));
    assert.ok(
      withBad.every((d) => typeof d.severity === 'number'),
      'every diagnostic has a severity',
    );
  });

  it('formatting [ x 4000 ] x 4000 answers at once with no edits (nesting past the limit)', () => {
    const text = `${'['.repeat(4000)}${']'.repeat(4000)}`;
    const svc = service();
    const { result, ms } = timed(() => svc.format(svc.parse(open(text)), { tabSize: 2, insertSpaces: true }));
    assert.deepEqual(result, []);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  it('formatting with tabSize 1,000,000 indents by at most MAX_TAB_SIZE', () => {
    const svc = service();
    const edits = svc.format(svc.parse(open('{"server": {"name": "a"}}')), { tabSize: 1_000_000, insertSpaces: true });
    assert.ok(edits.length > 0);
    assert.ok(
      edits.every((edit) => edit.newText.length <= 1 + 2 * MAX_TAB_SIZE),
      JSON.stringify(edits),
    );
  });

  it('40,000 keys: diagnostics in linear time and at most MAX_DIAGNOSTICS + 1', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `"k${i}": ${i}`);
    const svc = service();
    const parsed = svc.parse(open(`{"server": {${keys.join(',')}, "k7": 1}}`));
    const { result, ms } = timed(() => svc.validate(parsed));
    assert.ok(ms < 60_000, `took ${ms} ms`);
    assert.ok(result.length <= MAX_DIAGNOSTICS + 1);
    // Far more keys than a request has: the duplicate is still found, the content is not checked.
    assert.deepEqual(result.map((d) => d.code).sort(), ['document-too-large', 'duplicate-key']);
  });

  it('100,000 keys and 100,000 items: hover at the end is fast', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(',\n');
    const items = Array.from({ length: 100_000 }, (_, i) => `{"a": ${i}}`).join(',\n');
    for (const text of [`{"server": {${keys}}}`, `{"server": {"nics": [${items}]}}`]) {
      const svc = service();
      const doc = open(text);
      const parsed = svc.parse(doc);
      const { ms } = timed(() => svc.hover(parsed, doc.positionAt(text.length - 6)));
      assert.ok(ms < 10_000, `took ${ms} ms`);
    }
  });

  it('7,000 {} items: the outline and folding stop at MAX_OUTLINE_ENTRIES', () => {
    const text = `[${Array(7000).fill('{\n}').join(',')}]`;
    const svc = service();
    const parsed = svc.parse(open(text));
    const symbols = svc.documentSymbols(parsed);
    assert.equal(symbols.length, MAX_OUTLINE_ENTRIES);
    assert.ok(svc.foldingRanges(parsed).length <= MAX_OUTLINE_ENTRIES);
  });

  it('200,000 {} items (beyond MAX_CHECKED_NODES): no outline or folding, syntax only', () => {
    const text = `[${Array(200_000).fill('{\n}').join(',')}]`;
    const svc = service();
    const parsed = svc.parse(open(text));
    assert.deepEqual(svc.documentSymbols(parsed), []);
    assert.deepEqual(svc.foldingRanges(parsed), []);
    assert.deepEqual(
      svc.validate(parsed).map((d) => d.code),
      ['document-too-large'],
    );
  });

  it('beyond ecs.maxDocumentSize: no outline, folding or formatting', () => {
    const svc = service();
    const parsed = svc.parse(open(`{"server": {"name": "${'a'.repeat(2000)}"}}`));
    const small = normalizeSettings({ maxDocumentSize: 1000 });
    assert.deepEqual(svc.documentSymbols(parsed, small), []);
    assert.deepEqual(svc.foldingRanges(parsed, small), []);
    assert.deepEqual(svc.format(parsed, { tabSize: 2, insertSpaces: true }, small), []);
    assert.ok(svc.documentSymbols(parsed).length > 0);
  });
});
