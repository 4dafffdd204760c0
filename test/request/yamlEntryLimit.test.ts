/**
 * Issue 12, bounded work: a YAML text with more lines and structure marks than any request body
 * is not handed to the yaml package (seconds per megabyte), the largest legal request is far below
 * that limit and checked in full, yaml errors are read without stack traces, and the blank-document
 * check of completion is linear in the number of comments.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { isBlankDocument } from '../../server/service/completion/documentText';
import { MAX_YAML_ENTRIES } from '../../request/parser/problems';
import { composeYaml, parseYaml, scanYamlText } from '../../request/parser/yamlParser';
import { MAX_CHECKED_NODES, MAX_DIAGNOSTICS } from '../../server/service/validation/limits';
import { countNodes } from '../../server/service/validation/validate';
import { check, parse } from '../server/parser.helpers';

const FIXTURES = resolve(__dirname, '../../../bench/fixtures/docs');
const timed = <T>(work: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
};

describe('the YAML entry limit', () => {
  it(
    'the largest legal request is under a tenth of the limit as YAML, under a fifth as indented JSON read as ' + 'YAML',
    () => {
      for (const name of ['large.yaml', 'large.json']) {
        const { entries, tooDeepAt } = scanYamlText(readFileSync(resolve(FIXTURES, name), 'utf8'));
        assert.equal(tooDeepAt, -1);
        assert.ok(entries * (name.endsWith('.yaml') ? 10 : 5) <= MAX_YAML_ENTRIES, `${name}: ${entries} entries`);
      }
    },
  );

  it('the largest legal request is checked in full (its one information finding, no size notice)', () => {
    const { doc, diagnostics } = check(readFileSync(resolve(FIXTURES, 'large.yaml'), 'utf8'), 'yaml');
    assert.ok(doc.root && doc.notReadBecause === undefined);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ECS-R05'],
    );
  });

  it('counts lines and marks outside quotes, comments and block scalars', () => {
    const base = scanYamlText('a: 1\n').entries;
    assert.equal(scanYamlText('a: "x, y: [z]"\n').entries, base, 'marks inside quotes do not count');
    assert.equal(scanYamlText('a: 1 # x, y: [z]\n').entries, base, 'marks inside comments do not count');
    assert.equal(
      scanYamlText('a: |\n  {}, [], - x: y\n').entries - scanYamlText('a: |\n  x\n').entries,
      0,
      'block scalars do not count',
    );
    assert.ok(scanYamlText('a: [1, 2, 3]\n').entries >= base + 4);
    assert.equal(scanYamlText('a: &x 1\nb: *x\n').entries, scanYamlText('a: 1\nb: x\n').entries + 2);
  });

  for (const [name, unit] of [
    ['50,000 list items of a flow mapping (1.2 MB)', '    - {"subnet_id": "x"}\n'],
    ['300,000 empty flow mappings on one line', '{}'],
    ['250,000 comment lines', '# c\n'],
    ['1,000,000 blank lines', '\n'],
    ['200,000 anchors on one line', '&a '],
  ] as const) {
    it(`${name}: not read, one information saying why, at once`, () => {
      const count = name.startsWith('50,000') ? 50_000 : Number(name.split(' ')[0].replace(/,/g, ''));
      const text = `server:\n  nics:\n${unit.repeat(count)}`;
      // The yaml package took 2 to 3 s on the first of these, 13 s on the second; a scan takes milliseconds.
      const {
        result: { doc, diagnostics },
        ms,
      } = timed(() => check(text, 'yaml'));
      assert.ok(ms < 2000, `took ${ms} ms`);
      assert.equal(doc.root, undefined);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [['document-too-large', 3]],
      );
      assert.match(diagnostics[0].message, /more than 8,000 lines and YAML marks/);
    });
  }

  it('yaml errors carry no stack trace (capturing 20,000 of them took most of a second)', () => {
    const before = Error.stackTraceLimit;
    const text = `a: 1\n${']'.repeat(100)}\n`;
    assert.ok(parseYaml(text).problems.length > 0);
    const { documents } = composeYaml(text);
    assert.equal(Error.stackTraceLimit, before, 'the limit is restored');
    const errors = documents.flatMap((document) => document.errors);
    assert.ok(errors.length >= 100);
    for (const error of errors) assert.ok(!/\n\s+at /.test(error.stack ?? ''), `a stack was captured: ${error.stack}`);
  });
});

describe('the blank-document check of completion', () => {
  it('is linear in the number of comments (100,000 comment lines)', () => {
    const lines = 100_000;
    const text = '# c\n'.repeat(lines);
    // A document model with 100,000 comments; each comment was once cut out of the whole text in turn.
    const doc = {
      ...parse('', 'yaml'),
      text,
      comments: Array.from({ length: lines }, (_, i) => ({ offset: 4 * i, length: 3 })),
    };
    const { result, ms } = timed(() => isBlankDocument(doc));
    assert.equal(result, true);
    assert.ok(ms < 1000, `took ${ms} ms`);
    assert.equal(isBlankDocument({ ...doc, text: `${text}x` }), false);
    assert.equal(
      isBlankDocument({
        ...parse('', 'yaml'),
        text: '# a\n\n  # b\n',
        comments: [
          { offset: 0, length: 3 },
          { offset: 7, length: 3 },
        ],
      }),
      true,
    );
  });
});

describe('the node limit of checking (JSON and YAML)', () => {
  it('the largest legal request is under an eighth of MAX_CHECKED_NODES', () => {
    for (const [name, format] of [
      ['large.json', 'json'],
      ['large.yaml', 'yaml'],
    ] as const) {
      const nodes = countNodes(parse(readFileSync(resolve(FIXTURES, name), 'utf8'), format).root, MAX_CHECKED_NODES);
      assert.ok(nodes * 8 <= MAX_CHECKED_NODES, `${name}: ${nodes}`);
    }
  });

  it('50,000 nics (fuzz seed 4242, document 163): syntax only, the first MAX_DIAGNOSTICS problems, at once', () => {
    // Validating every item took over a second per check (ajv errors and rules per item).
    const text = `{"server": {"nics": [${Array(50_000).fill('{}').join(',\u2028')}]}}`;
    const {
      result: { diagnostics },
      ms,
    } = timed(() => check(text, 'json'));
    assert.ok(ms < 3000, `took ${ms} ms`);
    assert.equal(diagnostics.length, MAX_DIAGNOSTICS + 1);
    assert.equal(diagnostics.filter((d) => d.code === 'document-too-large').length, 1);
    assert.match(diagnostics.find((d) => d.code === 'document-too-large')!.message, /more than 8,000 keys and values/);
    assert.ok(diagnostics.some((d) => d.code === 'too-many-problems'));
    assert.ok(
      !diagnostics.some((d) => d.code === 'schema' || String(d.code).startsWith('ECS-R')),
      'the content is not checked',
    );
  });
});
