/**
 * Issue 12 item 5, the regex audit: each expression found to backtrack quadratically on user input
 * was replaced by a scan. Every test pairs a complexity guard (an input that took seconds before,
 * a cap far above the scan's milliseconds) with the old expression's answers on ordinary input.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Alias } from 'yaml';
import { parseAuthorization } from '../../cloud/signing';
import { fuzzDocument, loadSeeds } from '../fuzz/documents';
import { withoutComment } from '../../server/service/completion/yamlContext';
import { createLanguageService } from '../../server/service/languageService';
import { formatFromUri, parseDocument } from '../../request/parser/parse';
import { contentEnd } from '../../server/service/fixes/fixContext';
import { endsWithBlockScalarHeader, parseYaml, scanYamlText } from '../../request/parser/yamlParser';

const timed = <T>(work: () => T): { result: T; ms: number } => {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
};

describe('regex audit: linear replacements', () => {
  it('block scalar headers: ` |#` x 50,000 ending in a carriage return (the scan of every YAML text)', () => {
    const { ms } = timed(() => endsWithBlockScalarHeader(`${' |#'.repeat(50_000)}\r`));
    assert.ok(ms < 1000, `took ${ms} ms`); // the regex took about 1.5 s on 8,000, a minute on 50,000
    // Under the entry limit, so the whole scan reaches the line.
    assert.ok(timed(() => scanYamlText(`${' |#'.repeat(7000)}\r`)).ms < 1000);
    const old = /(^|[\s:?-])[|>][0-9+-]*\s*(#.*)?$/;
    for (const text of [
      'a: |',
      'a: >-',
      '- |2 # note',
      '|',
      'a: | x',
      'a:|',
      'a: |\r',
      'a: | #c\r',
      'x|',
      'a: "|"',
      'a: |+1  ',
      'k: > # c \u2028',
      ' |#',
      ' |# |#\r',
      'a: >\t',
      'b',
      '',
    ]) {
      assert.equal(endsWithBlockScalarHeader(text), old.test(text), JSON.stringify(text));
    }
  });

  it('a YAML value without its comment: `a:` + 80,000 spaces (completion after the colon)', () => {
    const text = `server:\n  a:${' '.repeat(80_000)}x\n`;
    const service = createLanguageService();
    const doc = TextDocument.create('file:///r.ecs.yaml', 'ecs-yaml', 1, text);
    const { ms } = timed(() => service.complete(service.parse(doc), { line: 1, character: 4 }));
    assert.ok(ms < 2000, `took ${ms} ms`); // the regex took about 1 s on 20,000 spaces, 15 s on 80,000
    const old = (value: string) => value.replace(/(^|\s+)#.*$/, '');
    for (const value of [' x # c', ' x', '#c', ' # c', ' a#b # c', '   ', ' x\t#c', ' "a # b"', '']) {
      assert.equal(withoutComment(value), old(value), JSON.stringify(value));
    }
  });

  it('the format from a URI: `#` x 50,000 and a line break', () => {
    const uri = `file:///a.ecs.yaml${'#'.repeat(50_000)}\n`;
    const { result, ms } = timed(() => formatFromUri(uri));
    assert.ok(ms < 1000, `took ${ms} ms`); // the regex took about 1 s on 20,000
    assert.equal(result, 'yaml');
    assert.equal(formatFromUri('file:///a.ecs.yml?x=1#y.json'), 'yaml');
    assert.equal(formatFromUri('file:///a.ecs.json#b.yaml'), 'json');
  });

  it('an Authorization header: 30,000 blanks after the scheme and a line break', () => {
    const header = `SDK-HMAC-SHA256${' '.repeat(30_000)}Access=a, SignedHeaders=host, Signature=s\u2028`;
    const { result, ms } = timed(() => parseAuthorization(header));
    assert.ok(ms < 1000, `took ${ms} ms`); // the regex took about 0.3 s on 8,000
    assert.equal(result, undefined);
    assert.deepEqual(parseAuthorization('  SDK-HMAC-SHA256 Access=ak, SignedHeaders=host;x-sdk-date, Signature=ab12'), {
      algorithm: 'SDK-HMAC-SHA256',
      ak: 'ak',
      signedHeaders: ['host', 'x-sdk-date'],
      signature: 'ab12',
    });
    assert.equal(parseAuthorization('SDK-HMAC-SHA256 Access=ak,\nSignedHeaders=host, Signature=s'), undefined);
    assert.equal(parseAuthorization('SDK-HMAC-SHA256'), undefined);
  });
});

describe('fuzz seed 4242 reproducers', () => {
  it(
    'document 1777: formatting 50,000 items past a syntax error gives no edits, the largest request on one line ' +
      'does',
    () => {
      const service = createLanguageService();
      const fuzzed = fuzzDocument(4242, 1777, loadSeeds());
      const broken = TextDocument.create('file:///f.ecs.json', 'ecs-json', 1, fuzzed.text);
      const { result, ms } = timed(() => service.format(service.parse(broken), { tabSize: 3.5, insertSpaces: false }));
      assert.deepEqual(result, []);
      assert.ok(ms < 5000, `took ${ms} ms`);
      const large = readFileSync(resolve(__dirname, '../../../bench/fixtures/docs/large.json'), 'utf8');
      const oneLine = TextDocument.create('file:///l.ecs.json', 'ecs-json', 1, JSON.stringify(JSON.parse(large)));
      assert.ok(service.format(service.parse(oneLine), { tabSize: 2, insertSpaces: true }).length > 900);
    },
  );
});

describe('fuzz seed 4242 reproducers (formatting past a syntax error)', () => {
  it('document 115341: brackets nested 20,000 deep after an unclosed string are refused before indenting', () => {
    const service = createLanguageService();
    const fuzzed = fuzzDocument(4242, 115341, loadSeeds());
    const broken = TextDocument.create('file:///f.ecs.json', 'ecs-json', 1, fuzzed.text);
    const parsed = service.parse(broken);
    const { result, ms } = timed(() => service.format(parsed, { tabSize: 1_000_000, insertSpaces: true }));
    assert.deepEqual(result, []);
    // About 15 ms; it did not answer within 30 s before.
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  it('the same shape, small: our tree ends at the unclosed string, formatting is still refused', () => {
    const service = createLanguageService();
    const depth = 20_000;
    const text = `{"server": {"name": "web\n${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const parsed = service.parse(TextDocument.create('file:///s.ecs.json', 'ecs-json', 1, text));
    const { result, ms } = timed(() => service.format(parsed, { tabSize: 2, insertSpaces: true }));
    assert.deepEqual(result, []);
    assert.ok(ms < 2000, `took ${ms} ms`);
    // A few brackets past the same error still format (the budget is 8 times the text and 64 KiB).
    const shallow = `{"server": {"name": "web\n${'['.repeat(5)}${']'.repeat(5)}}}`;
    const edits = service.format(service.parse(TextDocument.create('file:///t.ecs.json', 'ecs-json', 1, shallow)), {
      tabSize: 2,
      insertSpaces: true,
    });
    assert.ok(edits.length > 0);
  });
});

describe('fuzz seed 4242 reproducers (YAML aliases)', () => {
  it(
    'documents 3347 and 3463: an alias bomb resolves its aliases in one walk and reports the overflow where it ' +
      'is written',
    () => {
      const resolve = Alias.prototype.resolve;
      let resolved = 0;
      Alias.prototype.resolve = function counted(this: Alias, ...args: Parameters<Alias['resolve']>) {
        resolved++;
        return resolve.apply(this, args);
      };
      try {
        for (const index of [3347, 3463]) {
          const { text } = fuzzDocument(4242, index, loadSeeds());
          const { result, ms } = timed(() => parseYaml(text));
          // Alias.resolve walked the document on every use of an alias: 3 to 4 s on 800 characters.
          assert.ok(ms < 10_000, `took ${ms} ms`);
          const overflow = result.problems.filter((problem) => /expand to too much data/.test(problem.message));
          assert.ok(
            overflow.length >= 1 && result.problems.length < 300,
            `document ${index}: ${result.problems.length} problems`,
          );
        }
        assert.equal(resolved, 0, 'Alias.resolve walks the document per call');
      } finally {
        Alias.prototype.resolve = resolve;
      }
    },
  );
});

describe('fuzz seed 4242 reproducer (outline)', () => {
  it('document 27452: symbols that end after one long run of whitespace are trimmed once, not each', () => {
    const { text } = fuzzDocument(4242, 27452, loadSeeds());
    const service = createLanguageService();
    const parsed = service.parse(TextDocument.create('file:///o.ecs.yaml', 'ecs-yaml', 1, text));
    const { result, ms } = timed(() => service.documentSymbols(parsed));
    // Trimming per symbol took 3 to 4.5 s on a quiet machine; trimmed once it is tens of milliseconds.
    assert.ok(ms < 1500, `took ${Math.round(ms)} ms`);
    assert.ok(result.length > 0);
  });

  it('document 27452: folding ranges that end after one long run of whitespace are trimmed once, not each', () => {
    // The reproducer's shape with a longer run: aliases nested 8 deep, all expanded from an anchor whose
    // flow sequence ends after 160,000 U+3000. Trimming per range took 2 s on the reproducer (41,000),
    // 8 s on this; trimmed once, about 0.2 s.
    const levels = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'l0: &l0 [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'l1: &l1 [*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0]',
      `l2: &l2 [*a: >${'\u3000'.repeat(160_000)}\nl1,*l1,*l1,*l1,*l1,*l1,*l1,*l1,*l1]`,
    ];
    for (let level = 3; level <= 7; level++)
      levels.push(
        `l${level}: &l${level} [${Array(9)
          .fill(`*l${level - 1}`)
          .join(',')}]`,
      );
    levels.push('server: *l7', '');
    const service = createLanguageService();
    const parsed = service.parse(TextDocument.create('file:///f.ecs.yaml', 'ecs-yaml', 1, levels.join('\n')));
    const { ms } = timed(() => service.foldingRanges(parsed));
    assert.ok(ms < 4000, `took ${Math.round(ms)} ms`);
  });

  it('contentEnd: the same ends as a walk back to the node start, in any order of calls', () => {
    const text = `a: x${' '.repeat(100)}\n${'\u3000'.repeat(70)}b: y \n\n`;
    const doc = parseDocument('file:///e.ecs.yaml', 1, text, 'yaml');
    const naive = (node: { offset: number; length: number }) => {
      let end = node.offset + node.length;
      while (end > node.offset && /\s/.test(text[end - 1])) end--;
      return end;
    };
    const nodes = [];
    for (let offset = 0; offset <= text.length; offset += 7)
      for (let length = 0; offset + length <= text.length; length += 11) nodes.push({ offset, length });
    // Longest first, then shortest first: remembered runs are read back from both sides.
    for (const node of [...nodes].sort((x, y) => y.offset + y.length - (x.offset + x.length)))
      assert.equal(contentEnd(doc, node), naive(node), JSON.stringify(node));
    for (const node of nodes) assert.equal(contentEnd(doc, node), naive(node), JSON.stringify(node));
  });
});
