/**
 * detectIndentUnit was rewritten as a single character pass for speed (completion calls it on
 * every request); it must answer exactly as the straightforward split-by-lines version does.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { detectIndentUnit } from '../../server/service/completion/documentText';

/** The reference: split into lines, skip blank and comment lines, count indentation increases. */
function byLines(text: string, fallback: string): string {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of text.split(/\r?\n|\r/)) {
    if (line.trim() === '' || /^\s*(#|\/\/)/.test(line)) continue;
    if (line.startsWith('\t')) return '\t';
    const indent = line.length - line.trimStart().length;
    if (indent > previous) counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
    previous = indent;
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  }
  return best > 0 ? ' '.repeat(best) : fallback;
}

const SAMPLES: Record<string, string> = {
  empty: '',
  flat: '{"server": {}}',
  jsonFour: '{\n    "server": {\n        "name": "a"\n    }\n}\n',
  yamlTwoCrlf: 'server:\r\n  name: a\r\n  root_volume:\r\n    size: 40\r\n',
  oldMacBreaks: 'server:\r   name: a\r   nics:\r      - subnet_id: x\r',
  tabs: 'server:\n\tname: a\n',
  tabAfterSpaces: 'server:\n  \tname: a\n',
  comments: '# top\nserver:\n    # four here\n  name: a\n  // slash\n  tags: []\n',
  blankAndUnicodeSpace: 'server:\n   \n\u00a0\u00a0name: a\n  \u3000\n  other: b\n',
  trailingNoBreak: 'a:\n  b:\n    c: 1',
  mixed: 'a:\n  b: 1\n  c:\n      d: 2\n  e:\n    f: 3\n',
};

describe('detectIndentUnit', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    it(`matches the line-by-line reading: ${name}`, () => {
      assert.equal(detectIndentUnit(text, '<fallback>'), byLines(text, '<fallback>'));
    });
  }

  it('finds the usual units', () => {
    assert.equal(detectIndentUnit(SAMPLES.jsonFour, ''), '    ');
    assert.equal(detectIndentUnit(SAMPLES.yamlTwoCrlf, ''), '  ');
    assert.equal(detectIndentUnit(SAMPLES.tabs, ''), '\t');
    assert.equal(detectIndentUnit(SAMPLES.flat, 'fallback'), 'fallback');
  });
});
