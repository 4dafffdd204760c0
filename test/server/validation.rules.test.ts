import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { ObjectNode } from '../../request/parser/ast';
import { asObject, getProperty, getValue, nodeAtPath } from '../../request/parser/nodes';
import type { CrossFieldRule, RuleContext } from '../../server/service/types';
import { allRules } from '../../server/service/rules';
import { BASE_JSON, BASE_YAML, FIXED_NOW, check, oneDiagnosticAt, parse } from './parser.helpers';

/** A rule that flags `server.count` (value) with a fix, at its default severity. */
const countRule: CrossFieldRule = {
  id: 'R90',
  defaultSeverity: 'warning',
  title: 'test rule on count',
  fields: ['count'],
  check({ server }) {
    const node = nodeAtPath(server, ['count']);
    return node
      ? [
          {
            node,
            message: 'count looks odd.',
            fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [2] }],
          },
        ]
      : [];
  },
};

/** A rule that puts an error on the `name` key, overriding its default severity per finding. */
const nameRule: CrossFieldRule = {
  id: 'R91',
  defaultSeverity: 'hint',
  title: 'test rule on name',
  fields: ['name'],
  check({ server }) {
    const property = getProperty(server, 'name');
    return property ? [{ node: property.keyNode, message: 'name is odd.', severity: 'error' }] : [];
  },
};

const throwingRule: CrossFieldRule = {
  id: 'R92',
  defaultSeverity: 'error',
  title: 'always throws',
  fields: [],
  check() {
    throw new Error('rule bug');
  },
};

describe('cross-field rules in the pipeline', () => {
  test('findings become diagnostics with code ECS-<id>, source ECS, the rule severity and fix data', () => {
    for (const [text, format, anchor] of [
      [BASE_JSON, 'json', '"count": [[1]]'],
      [BASE_YAML, 'yaml', 'count: [[1]]'],
    ] as const) {
      const checked = check(text, format, {}, [countRule]);
      const diagnostic = oneDiagnosticAt(checked, anchor);
      assert.equal(diagnostic.code, 'ECS-R90');
      assert.equal(diagnostic.source, 'ECS');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
      assert.deepEqual(diagnostic.data, {
        fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [2] }],
      });
    }
  });

  test('a finding can carry its own severity', () => {
    const diagnostic = oneDiagnosticAt(check(BASE_YAML, 'yaml', {}, [nameRule]), '[[name]]: web-1');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
  });

  test('a throwing rule is skipped and the others still report', () => {
    const checked = check(BASE_YAML.replace('count: 1', 'count: 0'), 'yaml', {}, [throwingRule, countRule]);
    assert.deepEqual(checked.diagnostics.map((d) => d.code).sort(), ['ECS-R90', 'schema']);
  });

  test('the rules get the document, root, server and the injected now', () => {
    let seen: RuleContext | undefined;
    const spy: CrossFieldRule = {
      ...countRule,
      id: 'R93',
      check(context) {
        seen = context;
        return [];
      },
    };
    const checked = check(BASE_YAML, 'yaml', {}, [spy]);
    assert.equal(seen?.document, checked.doc);
    assert.equal(seen?.root, checked.doc.root);
    assert.equal(seen?.server, nodeAtPath(checked.doc.root, ['server']));
    assert.equal(seen?.now, FIXED_NOW);
  });

  test('rules do not run on a document whose root is not an object', () => {
    let ran = false;
    const spy: CrossFieldRule = {
      ...countRule,
      id: 'R94',
      check() {
        ran = true;
        return [];
      },
    };
    check('- 1\n- 2\n', 'yaml', {}, [spy]);
    assert.equal(ran, false);
  });
});

describe('ecs.rules severity settings', () => {
  test("'off' removes a rule's diagnostics, by id or by code", () => {
    assert.deepEqual(check(BASE_YAML, 'yaml', { rules: { R90: 'off' } }, [countRule]).diagnostics, []);
    assert.deepEqual(check(BASE_YAML, 'yaml', { rules: { 'ECS-R90': 'off' } }, [countRule]).diagnostics, []);
  });

  test('a severity re-grades a rule, even one whose finding set its own', () => {
    const [warning] = check(BASE_YAML, 'yaml', { rules: { R90: 'error' } }, [countRule]).diagnostics;
    assert.equal(warning.severity, DiagnosticSeverity.Error);
    const [hint] = check(BASE_YAML, 'yaml', { rules: { R91: 'hint' } }, [nameRule]).diagnostics;
    assert.equal(hint.severity, DiagnosticSeverity.Hint);
  });

  test('non-rule codes can be re-graded too, but syntax errors cannot be switched off', () => {
    const text = BASE_YAML.replace('count: 1', 'count: 0');
    const [schema] = check(text, 'yaml', { rules: { schema: 'warning' } }, []).diagnostics;
    assert.equal(schema.severity, DiagnosticSeverity.Warning);
    const broken = check('{"server": }', 'json', { rules: { 'json-syntax': 'off' } }, []);
    assert.ok(broken.diagnostics.some((d) => d.code === 'json-syntax'));
  });

  test(
    'a rule error on the same node replaces the generic ' + 'schema message; switching the rule off brings it back',
    () => {
      const zero: CrossFieldRule = {
        ...countRule,
        id: 'R95',
        defaultSeverity: 'error',
        check: ({ server }) => [{ node: nodeAtPath(server, ['count'])!, message: 'count must be 1 to 500.' }],
      };
      const text = BASE_YAML.replace('count: 1', 'count: 0');
      const withRule = check(text, 'yaml', {}, [zero]);
      assert.deepEqual(
        withRule.diagnostics.map((d) => d.code),
        ['ECS-R95'],
      );
      const withoutRule = check(text, 'yaml', { rules: { R95: 'off' } }, [zero]);
      assert.deepEqual(
        withoutRule.diagnostics.map((d) => d.code),
        ['schema'],
      );
    },
  );
});

describe('the real rule set', () => {
  test('no rule throws on the base requests, and its diagnostics carry its code', () => {
    for (const [text, format] of [
      [BASE_JSON, 'json'],
      [BASE_YAML, 'yaml'],
    ] as const) {
      const doc = parse(text, format);
      const root = doc.root as ObjectNode;
      const context: RuleContext = { document: doc, root, server: asObject(getValue(root, 'server')), now: FIXED_NOW };
      for (const rule of allRules) {
        assert.doesNotThrow(() => rule.check(context), rule.id);
        for (const diagnostic of check(text, format, {}, [rule]).diagnostics)
          assert.equal(diagnostic.code, `ECS-${rule.id}`);
      }
    }
  });
});
