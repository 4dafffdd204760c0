/**
 * The JSON fast path must build exactly the tree of the recovering parser for every valid
 * document, and give up (undefined) on everything it does not handle, so that the recovering
 * parser reports it.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PropertyNode, ValueNode } from '../../request/parser/ast';
import { parseValidJson } from '../../request/parser/jsonFastPath';
import { parseJson, parseJsonWithRecovery } from '../../request/parser/jsonParser';
import type { FormatParseResult } from '../../request/parser/problems';
import { MAX_NESTING_DEPTH } from '../../request/parser/problems';
import { warmUpJson } from '../../server/lsp/warmUpDocument';
import { fixturePath } from '../server/parser.helpers';

const repoPath = (...parts: string[]) => resolve(__dirname, '../../..', ...parts);

/** The tree as plain data: every field of every node, parents as the path of their owner. */
function describeTree(node: ValueNode | PropertyNode | undefined, path = '$'): unknown {
  if (!node) return undefined;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') fields.parentType = (value as { type: string } | undefined)?.type;
    else if (key === 'properties')
      fields.properties = (value as PropertyNode[]).map((p, i) => describeTree(p, `${path}.${i}`));
    else if (key === 'items') fields.items = (value as ValueNode[]).map((v, i) => describeTree(v, `${path}[${i}]`));
    else if (key === 'keyNode' || key === 'valueNode') fields[key] = describeTree(value as ValueNode, `${path}/${key}`);
    else fields[key] = value;
  }
  // The order of the fields is part of the result: the same order keeps V8's object shapes shared.
  fields.fieldOrder = Object.keys(node).join(',');
  return fields;
}

function assertSameResult(text: string, label: string): void {
  const fast = parseValidJson(text);
  assert.ok(fast, `${label}: the fast path should read a valid document`);
  const slow = parseJsonWithRecovery(text);
  assert.deepEqual(describeTree(fast.root), describeTree(slow.root), `${label}: same tree`);
  assert.deepEqual(fast.problems, slow.problems, `${label}: same problems`);
  assert.deepEqual(fast.comments, slow.comments, `${label}: same comments`);
  assertParentLinks(fast);
}

/**
 * Every node is created with every field it gets later (`parent`, also on the root; `colonOffset`
 * and `valueNode` on properties), in one order per kind. A field added to an object literal after
 * its creation makes V8 allocate a separate property store for it: about 8 % of what a parse of the
 * largest request allocated, and more young collections.
 */
const FIELDS: Record<string, string> = {
  object: 'type,offset,length,properties,parent',
  array: 'type,offset,length,items,parent',
  property: 'type,offset,length,key,keyNode,parent,colonOffset,valueNode',
  key: 'type,offset,length,value,raw,style,parent',
  string: 'type,offset,length,raw,style,value,parent',
  number: 'type,offset,length,raw,style,value,isInteger,parent',
  boolean: 'type,offset,length,raw,style,value,parent',
  null: 'type,offset,length,raw,style,value,parent',
};

function assertCreatedWhole(node: ValueNode | PropertyNode): void {
  const kind = node.parent?.type === 'property' && node.parent.keyNode === node ? 'key' : node.type;
  assert.equal(Object.keys(node).join(','), FIELDS[kind], `the fields of the ${kind} node at ${node.offset}`);
}

function assertParentLinks(result: FormatParseResult): void {
  const pending: (ValueNode | PropertyNode)[] = result.root ? [result.root] : [];
  assert.equal(result.root?.parent, undefined);
  while (pending.length > 0) {
    const node = pending.pop()!;
    assertCreatedWhole(node);
    const children =
      node.type === 'object'
        ? node.properties
        : node.type === 'array'
          ? node.items
          : node.type === 'property'
            ? [node.keyNode, ...(node.valueNode ? [node.valueNode] : [])]
            : [];
    for (const child of children) {
      assert.equal(child.parent, node);
      pending.push(child);
    }
  }
}

describe('JSON fast path', () => {
  test('builds the same tree as the recovering parser for every JSON fixture and example', () => {
    const files = [
      ...readdirSync(fixturePath('seed-examples'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => fixturePath('seed-examples', f)),
      ...readdirSync(repoPath('bench/fixtures/docs'))
        .filter((f) => f.endsWith('.json') && !f.startsWith('broken') && !f.includes('plan'))
        .map((f) => repoPath('bench/fixtures/docs', f)),
      ...readdirSync(repoPath('examples'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => repoPath('examples', f)),
    ];
    assert.ok(files.length >= 8, 'fixtures found');
    for (const file of files) assertSameResult(readFileSync(file, 'utf8'), file);
  });

  test('builds the same tree for a large request, compact and indented', () => {
    const large = warmUpJson(1);
    assertSameResult(large, 'indented');
    assertSameResult(JSON.stringify(JSON.parse(large)), 'compact');
    assertSameResult(large.replace(/\n/g, '\r\n').replace(/ {4}/g, '\t'), 'CRLF and tabs');
  });

  test('builds the same tree for every kind of scalar, escape and nesting', () => {
    const cases = [
      '{}',
      '[]',
      '{ }',
      '[ ]',
      '"text"',
      '0',
      '-0',
      '12',
      '-12.5',
      '1e3',
      '1E+3',
      '2.5e-3',
      '1.0',
      'true',
      'false',
      'null',
      '{"a":1,"b":[true,false,null],"c":{"d":"e"}}',
      '{"esc":"quote \\" backslash \\\\ slash \\/ controls \\b\\f\\n\\r\\t unicode \\u00e9\\u4E2D"}',
      '{"key with \\"quotes\\"": "v", "\\u0061": 1}',
      '{"non-ascii": "中文 — ünïcödé 😀", "empty": ""}',
      '{"dup": 1, "other": 2, "dup": 3, "dup": 4}',
      '[{"a": 1, "a": 2}, {"b": {"b": 1, "b": 2}}]',
      '{"nested": [[[[]]], [{}], [[1, [2, [3]]]]]}',
      `${'['.repeat(MAX_NESTING_DEPTH)}${']'.repeat(MAX_NESTING_DEPTH)}`,
      '  \t\r\n {"a" \n : \t 1 \r\n , "b":2}  \n',
    ];
    for (const text of cases) assertSameResult(text, JSON.stringify(text));
  });

  test('gives up on everything else, and parseJson then reports it as before', () => {
    const cases = [
      '',
      '   ',
      '{',
      '{"a":}',
      '{"a" 1}',
      '{"a":1,}',
      '[1,]',
      '[1 2]',
      '{a: 1}',
      "{'a': 1}",
      '{"a": 01}',
      '{"a": 1.}',
      '{"a": 1e}',
      '{"a": -}',
      '{"a": tru}',
      '{"a": truex}',
      '{"a": "unclosed}',
      '{"a": "line\nbreak"}',
      '{"a": "tab\there"}',
      '{"a": "\\x"}',
      '{"a": "\\u12G4"}',
      '{"a": 1} extra',
      '{"a": 1}{}',
      '// comment\n{}',
      '{"a": /* c */ 1}',
      '\uFEFF{}',
      '{"a":\u00a01}',
      '\u000b{}',
      `${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}`,
    ];
    for (const text of cases) {
      assert.equal(parseValidJson(text), undefined, `gives up on ${JSON.stringify(text)}`);
      const viaParseJson = parseJson(text);
      const slow = parseJsonWithRecovery(text);
      assert.deepEqual(
        describeTree(viaParseJson.root),
        describeTree(slow.root),
        `same tree for ${JSON.stringify(text)}`,
      );
      assert.deepEqual(viaParseJson.problems, slow.problems);
      assert.deepEqual(viaParseJson.comments, slow.comments);
    }
  });

  test('reports the duplicate keys of a valid document, in document order', () => {
    const result = parseJson('{"a": {"x": 1, "x": 2}, "a": 3}');
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.offset]),
      [
        ['duplicate-key', 15],
        ['duplicate-key', 24],
      ],
    );
  });
});
