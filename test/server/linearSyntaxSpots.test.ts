/**
 * Issue 12 leftovers: two spots that were bounded but not linear. Each test pairs a complexity
 * guard (an input that took seconds before, a cap at least 20x the linear code's time) with the
 * old code's answers on ordinary input.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ParsedDocument, SyntaxProblem } from '../../request/parser/ast';
import { parseDocument } from '../../request/parser/parse';
import { findTabIndentation, parseYaml } from '../../request/parser/yamlParser';
import { defaultSettings } from '../../server/service/types';
import { MAX_DIAGNOSTICS } from '../../server/service/validation/limits';
import { firstInDocumentOrder, syntaxDiagnostics } from '../../server/service/validation/syntax';
import { validateDocument } from '../../server/service/validation/validate';

const timed = <T>(work: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
};

type Scalar = { start: number; end: number };

/** The old check: every scalar searched for every tab. */
function oldTabOffsets(text: string, scalars: readonly Scalar[]): number[] {
  const offsets: number[] = [];
  const pattern = /^[ ]*\t[ \t]*(?=\S)/gm;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const tab = match.index + match[0].indexOf('\t');
    if (!scalars.some((s) => tab >= s.start && tab < s.end)) offsets.push(tab);
  }
  return offsets;
}

describe('findTabIndentation (YAML) is linear in tabs and scalars', () => {
  it('20,000 tab-indented lines after 20,000 quoted scalars', () => {
    // Each line is 8 characters; the scalars cover the first half of the text, the tabs the second.
    const lines = 20_000;
    const text = `${'a: "x"\n'.repeat(lines)}${'\tb: 1\n'.repeat(lines)}`;
    const scalars = Array.from({ length: lines }, (_, i) => ({ start: i * 7 + 3, end: i * 7 + 6 }));
    const { result, ms } = timed(() => findTabIndentation(text, scalars));
    assert.equal(result.length, lines);
    // About 10 ms now; the search of every scalar per tab (400 million checks) took seconds.
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  it('gives the old answers: tabs inside scalars are text, others are problems', () => {
    const cases: [string, Scalar[]][] = [
      ['a:\n\tb: 1\n', []],
      ['a: "x\n\ty"\n\tb: 1\n', [{ start: 3, end: 10 }]],
      ['a: |\n\t x\nb: 2\n\tc: 3\n', [{ start: 3, end: 9 }]],
      // Given out of order (the builder gives them in order; the sweep must not rely on it).
      [
        '\tq: 1\nk: "\n\t"\nm: "\n\t"\n\tz: 2\n',
        [
          { start: 17, end: 21 },
          { start: 9, end: 13 },
        ],
      ],
      ['x: 1\n', [{ start: 3, end: 4 }]],
    ];
    for (const [text, scalars] of cases) {
      assert.deepEqual(
        findTabIndentation(text, scalars).map((p) => p.offset),
        oldTabOffsets(text, scalars),
        JSON.stringify(text),
      );
    }
    // The parser's own list of multi-line scalars, end to end.
    const text = 'server:\n  name: "a\n    \tb"\n\tflavorRef: c\n';
    assert.deepEqual(
      parseYaml(text).problems.map((p) => p.offset),
      [text.lastIndexOf('\t')],
      'the tab before flavorRef indents; the one inside the quoted name is text',
    );
  });
});

/** A JSON document whose parser reported `count` problems (synthetic: only what syntax.ts reads). */
function documentWithProblems(count: number): ParsedDocument {
  const base = parseDocument('file:///many.json', 1, '{}\n'.repeat(count), 'json');
  const problems: SyntaxProblem[] = Array.from({ length: count }, (_, i) => ({
    code: 'json-syntax',
    message: 'Unexpected text.',
    offset: i * 3,
    length: 1,
    severity: 'error',
  }));
  return { ...base, syntaxProblems: problems };
}

describe('syntax problems are mapped only up to the diagnostics cap', () => {
  it('maps at most MAX_DIAGNOSTICS + 1 problems of 200,000', () => {
    const document = documentWithProblems(200_000);
    const { result, ms } = timed(() => syntaxDiagnostics(document, defaultSettings));
    assert.equal(result.length, MAX_DIAGNOSTICS + 1);
    assert.deepEqual(result[MAX_DIAGNOSTICS].range.start, { line: MAX_DIAGNOSTICS, character: 0 });
    assert.ok(ms < 500, `took ${ms} ms`);
  });

  it('validation of a list of 100,000 numbers without commas lists the first 1,000 and says so', () => {
    const document = parseDocument('file:///commas.json', 1, `[${'1 '.repeat(100_000)}]`, 'json');
    assert.ok(document.syntaxProblems.length > 90_000);
    const { result, ms } = timed(() => validateDocument(document, defaultSettings));
    assert.equal(result.length, MAX_DIAGNOSTICS + 1);
    assert.match(result[MAX_DIAGNOSTICS].message, /more than 1000 problems/);
    // Mapping and sorting all of them took about a second; the cap is far above the linear time.
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  it('takes the first ones in document order, also from a list out of order', () => {
    const spans = [5, 1, 9, 3].map((offset) => ({ offset, length: 1 }));
    assert.deepEqual(
      firstInDocumentOrder(spans, 2).map((s) => s.offset),
      [1, 3],
    );
    const ordered = [1, 2, 3].map((offset) => ({ offset, length: 1 }));
    assert.equal(firstInDocumentOrder(ordered, 5), ordered, 'a short list in order is used as it is');
  });
});
