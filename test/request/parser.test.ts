import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ObjectNode, PropertyNode, ValueNode } from '../../request/parser/ast';
import { findNodeAtOffset, getProperty, nodeAtPath, pathOf, toPlainValue } from '../../request/parser/nodes';
import { formatFromUri } from '../../request/parser/parse';
import { parse, readFixture, SEED_EXAMPLES, spanOf, textOf } from '../server/parser.helpers';

/** Every node's parent link points at the node that lists it, and children lie inside parents. */
function assertWellFormed(node: ValueNode | PropertyNode, text: string): void {
  const pending: (ValueNode | PropertyNode)[] = [node];
  while (pending.length > 0) {
    const current = pending.pop()!;
    assert.ok(
      current.offset >= 0 && current.offset + current.length <= text.length,
      `${current.type} range inside text`,
    );
    const children: (ValueNode | PropertyNode)[] =
      current.type === 'object'
        ? current.properties
        : current.type === 'array'
          ? current.items
          : current.type === 'property'
            ? current.valueNode
              ? [current.valueNode]
              : []
            : [];
    if (current.type === 'property') assert.equal(current.keyNode.parent, current);
    for (const child of children) {
      assert.equal(child.parent, current, 'parent link');
      assert.ok(
        child.offset >= current.offset && child.offset + child.length <= current.offset + current.length,
        `${child.type} at ${child.offset} inside ${current.type} at ${current.offset}`,
      );
      pending.push(child);
    }
  }
}

describe('formatFromUri', () => {
  test('language id wins, then the file extension', () => {
    assert.equal(formatFromUri('file:///a/b.ecs.json'), 'json');
    assert.equal(formatFromUri('file:///a/b.ecs.yaml'), 'yaml');
    assert.equal(formatFromUri('file:///a/b.YML'), 'yaml');
    assert.equal(formatFromUri('untitled:Untitled-1', 'ecs-yaml'), 'yaml');
    assert.equal(formatFromUri('file:///a/b.yaml', 'ecs-json'), 'json');
    assert.equal(formatFromUri('file:///a/b.yaml', 'json'), 'json');
    assert.equal(formatFromUri('file:///a/b.json', 'yaml'), 'yaml');
  });
});

describe('seed examples parse cleanly into the same model in both formats', () => {
  for (const seed of SEED_EXAMPLES) {
    test(seed, () => {
      const json = parse(readFixture('seed-examples', `${seed}.json`), 'json');
      const yaml = parse(readFixture('seed-examples', `${seed}.yaml`), 'yaml');
      assert.deepEqual(json.syntaxProblems, []);
      assert.deepEqual(yaml.syntaxProblems, []);
      assert.deepEqual(toPlainValue(json.root), JSON.parse(json.text));
      assert.deepEqual(toPlainValue(yaml.root), toPlainValue(json.root));
      assertWellFormed(json.root!, json.text);
      assertWellFormed(yaml.root!, yaml.text);
    });
  }
});

describe('JSON parser', () => {
  test('ranges, raw text and colon offsets land on the right nodes', () => {
    const text = '{\n  "server": {\n    "name": "web-1",\n    "count": 2, "ok": true, "x": null, "f": 1.5\n  }\n}';
    const doc = parse(text, 'json');
    const name = nodeAtPath(doc.root, ['server', 'name'])!;
    assert.deepEqual({ offset: name.offset, length: name.length }, spanOf(text, '"name": [["web-1"]]'));
    assert.equal(name.type === 'string' && name.raw, '"web-1"');
    assert.equal(name.type === 'string' && name.style, 'double');
    const server = getProperty(doc.root as ObjectNode, 'server')!;
    assert.equal(textOf(doc, server.keyNode), '"server"');
    assert.equal(text[server.colonOffset!], ':');
    assert.equal(
      server.offset + server.length,
      text.lastIndexOf('}', text.length - 2) + 1,
      'property ends with its value',
    );
    const count = nodeAtPath(doc.root, ['server', 'count'])!;
    assert.ok(count.type === 'number' && count.isInteger && count.value === 2);
    const f = nodeAtPath(doc.root, ['server', 'f'])!;
    assert.ok(f.type === 'number' && !f.isInteger);
    assert.equal(nodeAtPath(doc.root, ['server', 'ok'])?.type, 'boolean');
    assert.equal(nodeAtPath(doc.root, ['server', 'x'])?.type, 'null');
    assert.deepEqual(pathOf(count), ['server', 'count']);
    assertWellFormed(doc.root!, text);
  });

  test('a half-typed document still gives a usable partial tree', () => {
    const text = '{"server": {"na';
    const doc = parse(text, 'json');
    assert.ok(doc.syntaxProblems.length > 0);
    const server = nodeAtPath(doc.root, ['server']) as ObjectNode;
    assert.equal(server.type, 'object');
    assert.equal(server.properties[0].key, 'na');
    assert.equal(server.properties[0].valueNode, undefined);
    assert.equal(server.offset + server.length, text.length, 'an unclosed object runs to the end');
    assertWellFormed(doc.root!, text);
    const atCursor = findNodeAtOffset(doc.root, text.length);
    assert.ok(atCursor, 'a node is found at the cursor');
  });

  test('a property with a colon but no value keeps its key and colon', () => {
    const text = '{"server": {"name": }}';
    const doc = parse(text, 'json');
    const name = getProperty(nodeAtPath(doc.root, ['server']) as ObjectNode, 'name')!;
    assert.equal(name.valueNode, undefined);
    assert.equal(text[name.colonOffset!], ':');
    assert.equal(doc.syntaxProblems[0].code, 'json-syntax');
  });

  test('a missing comma is reported in plain words at the next property', () => {
    const text = '{"a": 1 "b": 2}';
    const [problem] = parse(text, 'json').syntaxProblems;
    assert.equal(problem.code, 'json-syntax');
    assert.match(problem.message, /comma between properties/);
    assert.equal(problem.offset, text.indexOf('"b"'));
  });

  test('the broken-syntax fixture reports the missing colon on the flavorRef line', () => {
    const text = readFixture('validation', 'broken-syntax.json');
    const doc = parse(text, 'json');
    const expected = spanOf(text, '[["flavorRef" "s2.small.1"]]');
    assert.ok(
      doc.syntaxProblems.some(
        (p) => p.offset < expected.offset + expected.length && p.offset + p.length > expected.offset,
      ),
    );
    // The rest of the document is still there.
    assert.equal(nodeAtPath(doc.root, ['server', 'vpcid'])?.type, 'string');
  });

  test('duplicate keys are reported on the second key and name it', () => {
    const text = '{"server": {"name": "a", "count": 1, "name": "b"}}';
    const doc = parse(text, 'json');
    const duplicates = doc.syntaxProblems.filter((p) => p.code === 'duplicate-key');
    assert.equal(duplicates.length, 1);
    assert.deepEqual({ offset: duplicates[0].offset, length: duplicates[0].length }, spanOf(text, '1, [["name"]]'));
    assert.match(duplicates[0].message, /"name"/);
    assert.equal(
      nodeAtPath(doc.root, ['server', 'name'])?.type === 'string' &&
        (nodeAtPath(doc.root, ['server', 'name']) as { value: string }).value,
      'b',
      'last wins',
    );
  });

  test('the same key in different objects is not a duplicate', () => {
    const doc = parse('{"a": {"name": 1}, "b": {"name": 2}}', 'json');
    assert.deepEqual(doc.syntaxProblems, []);
  });

  test('trailing commas are reported on the comma', () => {
    const text = '{"a": [1, 2,], "b": 1,}';
    const problems = parse(text, 'json').syntaxProblems;
    assert.deepEqual(
      problems.map((p) => p.offset),
      [text.indexOf(',]'), text.indexOf(',}')],
    );
    assert.ok(problems.every((p) => /trailing comma/.test(p.message)));
  });

  test('comments are recorded and are not syntax errors', () => {
    const text = '// top\n{ /* inline */ "a": 1 // end\n}';
    const doc = parse(text, 'json');
    assert.deepEqual(doc.syntaxProblems, []);
    assert.deepEqual(
      doc.comments.map((c) => textOf(doc, c)),
      ['// top', '/* inline */', '// end'],
    );
  });

  test('empty and comment-only documents have no root and no problems', () => {
    for (const text of ['', '   \n', '// nothing yet\n']) {
      const doc = parse(text, 'json');
      assert.equal(doc.root, undefined);
      assert.deepEqual(doc.syntaxProblems, []);
    }
  });

  test('line table is filled', () => {
    const doc = parse('{\n"a": 1\r\n}', 'json');
    assert.deepEqual(doc.lineStarts, [0, 2, 10]);
  });
});

describe('YAML parser', () => {
  test('ranges, styles and raw text land on the right nodes', () => {
    const text =
      'server:\n  name: web-1\n  description: \'single\'\n  key_name: "double"\n  user_data: |\n    line\n  count: 2\n';
    const doc = parse(text, 'yaml');
    const expectNode = (path: string[], anchor: string, style: string, raw?: string) => {
      const node = nodeAtPath(doc.root, path)!;
      assert.deepEqual({ offset: node.offset, length: node.length }, spanOf(text, anchor), path.join('.'));
      assert.equal((node as { style: string }).style, style);
      if (raw !== undefined) assert.equal((node as { raw: string }).raw, raw);
    };
    expectNode(['server', 'name'], 'name: [[web-1]]', 'plain', 'web-1');
    expectNode(['server', 'description'], "description: [['single']]", 'single', "'single'");
    expectNode(['server', 'key_name'], 'key_name: [["double"]]', 'double', '"double"');
    expectNode(['server', 'count'], 'count: [[2]]', 'plain');
    const userData = nodeAtPath(doc.root, ['server', 'user_data'])!;
    assert.equal(userData.type === 'string' && userData.style, 'block');
    assert.equal(userData.type === 'string' && userData.value, 'line\n');
    const server = getProperty(doc.root as ObjectNode, 'server')!;
    assert.equal(textOf(doc, server.keyNode), 'server');
    assert.equal(server.colonOffset, 6);
    assertWellFormed(doc.root!, text);
  });

  test('plain scalars are typed as YAML 1.2 reads them', () => {
    const doc = parse('a: true\nb: 1\nc: ~\nd: "true"\ne: 1.5\nf: yes\ng: 0x1F\n', 'yaml');
    const types = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => nodeAtPath(doc.root, [key])?.type);
    assert.deepEqual(types, ['boolean', 'number', 'null', 'string', 'number', 'string', 'number']);
    const hex = nodeAtPath(doc.root, ['g'])!;
    assert.ok(hex.type === 'number' && hex.value === 31 && hex.isInteger);
  });

  test('a half-typed key gives a usable partial tree', () => {
    const text = 'server:\n  na';
    const doc = parse(text, 'yaml');
    const server = nodeAtPath(doc.root, ['server'])!;
    assert.equal(server.type, 'string');
    assert.deepEqual({ offset: server.offset, length: server.length }, spanOf(text, '  [[na]]'));
    const found = findNodeAtOffset(doc.root, text.length);
    assert.equal(found, server);
  });

  test('`key:` with nothing after has no value node', () => {
    const text = 'server:\n  name:\n  count: 1\n';
    const doc = parse(text, 'yaml');
    const name = getProperty(nodeAtPath(doc.root, ['server']) as ObjectNode, 'name')!;
    assert.equal(name.valueNode, undefined);
    assert.equal(text[name.colonOffset!], ':');
    assert.deepEqual(doc.syntaxProblems, []);
  });

  test('an empty list item is a null item', () => {
    const doc = parse('a:\n  -\n  - 1\n', 'yaml');
    assert.deepEqual(toPlainValue(doc.root), { a: [null, 1] });
  });

  test('syntax errors carry a range on the offending line', () => {
    const text = readFixture('validation', 'broken-syntax.yaml');
    const doc = parse(text, 'yaml');
    const expected = spanOf(text, '\n[[   flavorRef: s2.small.1]]');
    const problem = doc.syntaxProblems.find((p) => p.code === 'yaml-syntax')!;
    assert.ok(problem, 'a yaml-syntax problem');
    assert.ok(problem.length > 0);
    assert.ok(
      problem.offset >= expected.offset && problem.offset + problem.length <= expected.offset + expected.length,
      `problem at ${problem.offset}+${problem.length} inside the flavorRef line`,
    );
  });

  test('duplicate keys are reported on the second key', () => {
    const text = 'server:\n  name: a\n  name: b\n';
    const doc = parse(text, 'yaml');
    const [duplicate] = doc.syntaxProblems;
    assert.equal(duplicate.code, 'duplicate-key');
    assert.deepEqual({ offset: duplicate.offset, length: duplicate.length }, spanOf(text, 'a\n  [[name]]'));
    assert.match(duplicate.message, /"name"/);
  });

  test('comments are recorded', () => {
    const text = '# header\nserver: # trailing\n  name: a\n  # own line\n';
    const doc = parse(text, 'yaml');
    assert.deepEqual(
      doc.comments.map((c) => textOf(doc, c)),
      ['# header', '# trailing', '# own line'],
    );
  });

  test('a second document is an error on the second one', () => {
    const text = 'a: 1\n---\nb: 2\n';
    const doc = parse(text, 'yaml');
    assert.equal(doc.syntaxProblems.length, 1);
    assert.equal(doc.syntaxProblems[0].offset, text.indexOf('---'));
    assert.deepEqual(toPlainValue(doc.root), { a: 1 });
  });

  test('tabs used for indentation are reported', () => {
    const doc = parse('server:\n\tname: a\n', 'yaml');
    assert.ok(doc.syntaxProblems.some((p) => p.code === 'yaml-syntax' && /[Tt]abs/.test(p.message) && p.offset === 8));
  });

  test('tabs inside a block scalar are just text', () => {
    const doc = parse('user_data: |\n  line\n  \tindented\n', 'yaml');
    assert.deepEqual(doc.syntaxProblems, []);
  });

  test('aliases are resolved to their anchor value', () => {
    const text = 'base: &sg {id: x}\nlist:\n  - *sg\nname: &n web\nother: *n\n';
    const doc = parse(text, 'yaml');
    assert.deepEqual(doc.syntaxProblems, []);
    assert.deepEqual(toPlainValue(doc.root), { base: { id: 'x' }, list: [{ id: 'x' }], name: 'web', other: 'web' });
    const other = nodeAtPath(doc.root, ['other'])!;
    assert.equal(textOf(doc, other), '*n', 'the alias node sits where the alias is written');
  });

  test('an unknown alias and a self-referencing alias are reported, not expanded', () => {
    const unknown = parse('a: *missing\n', 'yaml');
    assert.ok(unknown.syntaxProblems.some((p) => /no anchor/.test(p.message)));
    const cycle = parse('a: &x [1, *x]\n', 'yaml');
    assert.ok(cycle.syntaxProblems.length > 0);
    assert.deepEqual(toPlainValue(cycle.root), { a: [1, null] });
  });

  test('alias bombs are cut off', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    const doc = parse(lines.join('\n'), 'yaml');
    assert.ok(doc.syntaxProblems.some((p) => /too much data/.test(p.message)));
  });

  test('aliases that resolve to nothing spend the expansion budget too (fuzz seed 4242, document 31251)', () => {
    // `a` holds 3,000 aliases to an anchor that does not exist; `server` expands `a` 9^4 times. When
    // only scalars and collections spent the budget, this built 22 million null nodes (minutes).
    const nineOf = (alias: string) => Array(9).fill(alias).join(',');
    const lines = [`a: &a [${Array(3000).fill('*none').join(',')}]`, `l0: &l0 [${nineOf('*a')}]`];
    for (let i = 1; i < 4; i++) lines.push(`l${i}: &l${i} [${nineOf(`*l${i - 1}`)}]`);
    lines.push('server: *l3');
    const started = performance.now();
    const doc = parse(lines.join('\n'), 'yaml');
    const ms = performance.now() - started;
    // A complexity guard: the bounded walk takes tens of milliseconds; the cap is far above that.
    assert.ok(ms < 3000, `took ${Math.round(ms)} ms`);
    assert.ok(doc.syntaxProblems.some((p) => /too much data/.test(p.message)));
    assert.ok(doc.syntaxProblems.length <= 3100, `${doc.syntaxProblems.length} problems`);
  });

  test('empty and comment-only documents have no root and no problems', () => {
    for (const text of ['', '\n\n', '# just a comment\n']) {
      const doc = parse(text, 'yaml');
      assert.equal(doc.root, undefined);
      assert.deepEqual(doc.syntaxProblems, []);
    }
  });
});

describe('broken input still gives a well-formed tree', () => {
  test('an unclosed flow bracket: children stay inside their parents', () => {
    for (const text of [
      'server:\n  name: a\n  [root_volume:\n    volumetype: SSD\n  count: 1\n',
      'server:\n  {root_volume:\n    volumetype: SSD\n',
    ]) {
      const doc = parse(text, 'yaml');
      assert.ok(doc.syntaxProblems.length > 0);
      assertWellFormed(doc.root!, text);
    }
  });

  test('random edits of a seed example (both formats): parents and ranges stay consistent', () => {
    let state = 7;
    const next = (n: number) => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state % n;
    };
    const characters = ':-[]{}#|>\'",\n \t?%@`'; // no & or *: aliases legitimately point outside their parent
    for (const format of ['json', 'yaml'] as const) {
      const original = readFixture('seed-examples', `seed-ex1-prepaid-keypair.${format}`);
      for (let run = 0; run < 150; run++) {
        let text = original;
        for (let edit = 0; edit <= next(4); edit++) {
          const at = next(text.length);
          const kind = next(3);
          if (kind === 0) text = text.slice(0, at) + characters[next(characters.length)] + text.slice(at);
          else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + next(5));
          else text = text.slice(0, at) + text.slice(at, at + next(30)) + text.slice(at);
        }
        const doc = parse(text, format);
        if (doc.root) assertWellFormed(doc.root, text);
      }
    }
  });
});
