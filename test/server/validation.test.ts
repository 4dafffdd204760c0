import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorObject } from 'ajv';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { collapseAlternatives } from '../../server/service/validation/schemaErrors';
import type { DiagnosticData, FixData } from '../../server/service/types';
import {
  BASE_JSON,
  BASE_YAML,
  check,
  diagnosticsAt,
  oneDiagnosticAt,
  readFixture,
  SEED_EXAMPLES,
  textUnder,
} from './parser.helpers';

function fixes(diagnostic: Diagnostic): FixData[] {
  return (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
}

const NO_RULES = [] as const;

describe('valid documents', () => {
  test('the base requests give no diagnostics at all', () => {
    assert.deepEqual(check(BASE_JSON, 'json', {}, NO_RULES).diagnostics, []);
    assert.deepEqual(check(BASE_YAML, 'yaml', {}, NO_RULES).diagnostics, []);
  });

  for (const seed of SEED_EXAMPLES) {
    test(`${seed} (JSON and YAML) has no syntax, schema, typing, deprecation or secret findings`, () => {
      for (const format of ['json', 'yaml'] as const) {
        const { diagnostics } = check(readFixture('seed-examples', `${seed}.${format}`), format, {}, NO_RULES);
        assert.deepEqual(
          diagnostics.map((d) => `${d.code}: ${d.message}`),
          [],
          format,
        );
      }
    });
  }

  test('an empty document gives no diagnostics', () => {
    assert.deepEqual(check('', 'json').diagnostics, []);
    assert.deepEqual(check('# nothing yet\n', 'yaml').diagnostics, []);
  });
});

describe('the schema-errors-10 fixture: each error on its node, in both formats', () => {
  const anchors = {
    json: [
      '"volumetype": [["SDD"]]',
      '"size": [[5]]',
      '"size": [["100"]]',
      '"name": [["web server#1"]]',
      '"count": [[0]]',
      '"subnet_id": [["not-a-uuid"]]',
      '[["hostname"]]',
      '"chargingMode": [["monthly"]]',
      '"description": [["<b>web</b>"]]',
      '"hw:cpu_threads": [[3]]',
    ],
    yaml: [
      'volumetype: [[SDD]]',
      'size: [[5]]\n',
      'size: [["100"]]',
      'name: [["web server#1"]]',
      'count: [[0]]',
      'subnet_id: [[not-a-uuid]]',
      '[[hostname]]: web-1',
      'chargingMode: [[monthly]]',
      'description: [["<b>web</b>"]]',
      'hw:cpu_threads: [[3]]',
    ],
  };
  for (const format of ['json', 'yaml'] as const) {
    test(format, () => {
      const checked = check(readFixture('validation', `schema-errors-10.${format}`), format);
      for (const anchor of anchors[format]) {
        const found = diagnosticsAt(checked, anchor).filter((d) => d.severity === DiagnosticSeverity.Error);
        assert.ok(found.length >= 1, `an error exactly at ${anchor}`);
      }
      // Without rules, the schema alone still finds every one of them, once each.
      const schemaOnly = check(checked.doc.text, format, {}, NO_RULES);
      for (const anchor of anchors[format]) oneDiagnosticAt(schemaOnly, anchor);
      assert.equal(schemaOnly.diagnostics.length, 10);
    });
  }
});

describe('where schema problems land', () => {
  test('a missing required property: on the key of the object that lacks it, one diagnostic for all', () => {
    const json = check(
      BASE_JSON.replace(/\s*"flavorRef": "s6.small.1",/, '').replace(/\s*"name": "web-1",/, ''),
      'json',
      {},
      NO_RULES,
    );
    const diagnostic = oneDiagnosticAt(json, '[["server"]]');
    assert.equal(diagnostic.message, '"server" is missing the required properties "flavorRef" and "name".');
    assert.deepEqual(fixes(diagnostic), [
      { kind: 'addProperties', path: ['server'], properties: ['flavorRef', 'name'] },
    ]);
    assert.equal(json.diagnostics.length, 1);

    const yaml = check(BASE_YAML.replace('  flavorRef: s6.small.1\n', ''), 'yaml', {}, NO_RULES);
    assert.equal(
      oneDiagnosticAt(yaml, '[[server]]:').message,
      '"server" is missing the required property "flavorRef".',
    );
  });

  test('missing in a list item: on the item', () => {
    const yaml = check(
      BASE_YAML.replace('  root_volume:\n', '  data_volumes:\n    - size: 10\n  root_volume:\n'),
      'yaml',
      {},
      NO_RULES,
    );
    const diagnostic = oneDiagnosticAt(yaml, '- [[size]]: 10');
    assert.match(diagnostic.message, /"data_volumes\[0\]" is missing the required property "volumetype"/);
    assert.deepEqual(fixes(diagnostic), [
      { kind: 'addProperties', path: ['server', 'data_volumes', 0], properties: ['volumetype'] },
    ]);
  });

  test('a missing "server": at the start of the root', () => {
    const json = check('{\n  "dry_run": true\n}', 'json', {}, NO_RULES);
    const [diagnostic] = json.diagnostics;
    assert.equal(textUnder(json.doc, diagnostic), '{');
    assert.match(diagnostic.message, /request body is missing the required property "server"/);
    const yaml = check('dry_run: true\n', 'yaml', {}, NO_RULES);
    assert.equal(textUnder(yaml.doc, yaml.diagnostics[0]), 'dry_run');
  });

  test('an unknown property: on its key, with "Did you mean" and a rename fix', () => {
    for (const [text, format, anchor] of [
      [BASE_JSON.replace('"count": 1', '"cuont": 1'), 'json', '[["cuont"]]'],
      [BASE_YAML.replace('  count: 1', '  cuont: 1'), 'yaml', '[[cuont]]'],
    ] as const) {
      const checked = check(text, format, {}, NO_RULES);
      const diagnostic = oneDiagnosticAt(checked, anchor);
      assert.equal(diagnostic.message, '"cuont" is not a known property of "server". Did you mean "count"?');
      assert.deepEqual(fixes(diagnostic)[0], { kind: 'renameProperty', path: ['server', 'cuont'], newName: 'count' });
      assert.equal(checked.diagnostics.length, 1);
    }
  });

  test('an unknown property with no close match offers removal only', () => {
    const checked = check(BASE_YAML + '  zzzzzzzz: 1\n', 'yaml', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(checked, '[[zzzzzzzz]]');
    assert.doesNotMatch(diagnostic.message, /Did you mean/);
    assert.deepEqual(fixes(diagnostic), [{ kind: 'removeProperty', path: ['server', 'zzzzzzzz'] }]);
  });

  test('a bad enum value: on the value, lists what is allowed, best candidate first', () => {
    for (const [text, format, anchor] of [
      [BASE_JSON.replace('"SSD"', '"SDD"'), 'json', '"volumetype": [["SDD"]]'],
      [BASE_YAML.replace('volumetype: SSD', 'volumetype: SDD'), 'yaml', 'volumetype: [[SDD]]'],
    ] as const) {
      const diagnostic = oneDiagnosticAt(check(text, format, {}, NO_RULES), anchor);
      assert.match(diagnostic.message, /^"volumetype" must be one of SATA, SAS, SSD, GPSSD, ESSD, GPSSD2, ESSD2\b/);
      const [fix] = fixes(diagnostic);
      assert.equal(fix.kind, 'replaceValue');
      assert.equal(fix.kind === 'replaceValue' && fix.candidates[0], 'SSD');
      assert.deepEqual(fix.kind === 'replaceValue' && fix.path, ['server', 'root_volume', 'volumetype']);
    }
  });

  test('out of range: on the value, in plain words', () => {
    const diagnostic = oneDiagnosticAt(
      check(BASE_YAML.replace('count: 1', 'count: 0'), 'yaml', {}, NO_RULES),
      'count: [[0]]',
    );
    assert.equal(diagnostic.message, '"count" must be at least 1.');
    assert.equal(diagnostic.code, 'schema');
    assert.equal(diagnostic.source, 'ECS');
  });

  test('a wrong type: on the value, naming what is wanted and what was found', () => {
    const diagnostic = oneDiagnosticAt(
      check(BASE_JSON.replace('"count": 1', '"count": "1"'), 'json', {}, NO_RULES),
      '"count": [["1"]]',
    );
    assert.equal(diagnostic.message, '"count" must be a whole number, not a string: write 1 without quotes.');
    assert.deepEqual(fixes(diagnostic), [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [1] }]);
    const other = oneDiagnosticAt(
      check(BASE_JSON.replace('"count": 1', '"count": "one"'), 'json', {}, NO_RULES),
      '"count": [["one"]]',
    );
    assert.equal(other.message, '"count" must be a whole number, not a string.');
    assert.deepEqual(fixes(other), []);
  });

  test('a too long string: on the value, with its length', () => {
    const long = 'a'.repeat(130);
    const diagnostic = oneDiagnosticAt(
      check(BASE_YAML.replace('name: web-1', `name: ${long}`), 'yaml', {}, NO_RULES),
      `name: [[${long}]]`,
    );
    assert.match(diagnostic.message, /"name" must be at most 128 characters long \(it has 130\)/);
  });

  test('a pattern mismatch explains the expected form', () => {
    const diagnostic = oneDiagnosticAt(
      check(BASE_YAML.replace('vpcid: 2b3c', 'vpcid: xx2b3c'), 'yaml', {}, NO_RULES),
      'vpcid: [[xx2b3c4d5e-0000-4000-8000-000000000001]]',
    );
    assert.match(diagnostic.message, /^"vpcid" does not have the allowed form\. Expected: .*UUID/);
  });

  test('an invalid IPv4 address: on the value', () => {
    const text = BASE_YAML.replace(
      '    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001',
      '    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001\n      ip_address: 10.0.1.300',
    );
    const diagnostic = oneDiagnosticAt(check(text, 'yaml', {}, NO_RULES), 'ip_address: [[10.0.1.300]]');
    assert.match(diagnostic.message, /"ip_address" must be an IPv4 address/);
  });

  test('a list item of the wrong type is named by its index', () => {
    const checked = check(BASE_YAML.replace('  nics:\n', '  nics:\n    - 5\n'), 'yaml', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(checked, '    - [[5]]');
    assert.equal(diagnostic.message, '"nics[0]" must be an object, not the number 5.');
  });

  test('a key with no value yet in YAML: on the key', () => {
    const checked = check(BASE_YAML.replace('name: web-1', 'name:'), 'yaml', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(checked, '[[name]]:');
    assert.equal(diagnostic.message, '"name" has no value; it must be a string.');
  });

  test('a JSON key typed without its value is only a syntax error (not also "missing")', () => {
    const checked = check(BASE_JSON.replace('"name": "web-1",', '"name" "web-1",'), 'json', {}, NO_RULES);
    assert.deepEqual(
      checked.diagnostics.map((d) => d.code),
      ['json-syntax'],
    );
  });
});

describe('syntax, duplicates and comments', () => {
  test('syntax problems become diagnostics at their range', () => {
    const checked = check(readFixture('validation', 'broken-syntax.yaml'), 'yaml', {}, NO_RULES);
    const syntax = checked.diagnostics.filter((d) => d.code === 'yaml-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(textUnder(checked.doc, syntax[0]), '   flavorRef: s2.small.1');
    assert.equal(syntax[0].severity, DiagnosticSeverity.Error);
  });

  test('duplicate keys: on the second key in both formats', () => {
    const json = check(BASE_JSON.replace('"count": 1', '"count": 1, "name": "web-2"'), 'json', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(json, '"count": 1, [["name"]]');
    assert.equal(diagnostic.code, 'duplicate-key');
    const yaml = check(BASE_YAML + '  name: web-2\n', 'yaml', {}, NO_RULES);
    assert.equal(oneDiagnosticAt(yaml, '[[name]]: web-2').code, 'duplicate-key');
  });

  test('JSON comments are fine by default and errors when switched off', () => {
    const text = BASE_JSON.replace('"count": 1', '"count": 1 // one server');
    assert.deepEqual(check(text, 'json', {}, NO_RULES).diagnostics, []);
    const strict = check(text, 'json', { allowJsonComments: false }, NO_RULES);
    const diagnostic = oneDiagnosticAt(strict, '[[// one server]]');
    assert.equal(diagnostic.code, 'json-syntax');
    assert.match(diagnostic.message, /ecs\.json\.allowComments/);
    // YAML comments are never affected.
    assert.deepEqual(check(`${BASE_YAML}# end\n`, 'yaml', { allowJsonComments: false }, NO_RULES).diagnostics, []);
  });
});

describe('deprecated properties', () => {
  test('shareable: warning on the key, rename to multiattach', () => {
    const text = BASE_YAML.replace(
      '  root_volume:',
      '  data_volumes:\n    - volumetype: SSD\n      size: 10\n      shareable: true\n  root_volume:',
    );
    const diagnostic = oneDiagnosticAt(check(text, 'yaml', {}, NO_RULES), '[[shareable]]: true');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.equal(diagnostic.code, 'deprecated');
    assert.match(diagnostic.message, /multiattach/);
    assert.deepEqual(fixes(diagnostic), [
      { kind: 'renameProperty', path: ['server', 'data_volumes', 0, 'shareable'], newName: 'multiattach' },
    ]);
  });

  describe('one diagnostic per shareable problem (deprecation and R18 together)', () => {
    const withDisk = (fields: string) =>
      BASE_YAML.replace(
        '  root_volume:',
        `  data_volumes:\n    - volumetype: SSD\n      size: 10\n${fields}  root_volume:`,
      );
    const onShareable = (text: string) => check(text, 'yaml').diagnostics.filter((d) => d.range.start.line === 10);

    test('shareable alone: only the deprecation warning, with the rename', () => {
      const found = onShareable(withDisk('      shareable: true\n'));
      assert.deepEqual(
        found.map((d) => [d.code, d.severity]),
        [['deprecated', DiagnosticSeverity.Warning]],
      );
      assert.deepEqual(fixes(found[0]), [
        { kind: 'renameProperty', path: ['server', 'data_volumes', 0, 'shareable'], newName: 'multiattach' },
      ]);
    });
    test('contradicting multiattach: only R18, an error that removes shareable', () => {
      const found = onShareable(withDisk('      shareable: true\n      multiattach: false\n'));
      assert.deepEqual(
        found.map((d) => [d.code, d.severity]),
        [['ECS-R18', DiagnosticSeverity.Error]],
      );
      assert.deepEqual(fixes(found[0]), [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'shareable'] }]);
    });
    test('equal multiattach: only R18, a warning that removes shareable', () => {
      const found = onShareable(withDisk('      shareable: true\n      multiattach: true\n'));
      assert.deepEqual(
        found.map((d) => [d.code, d.severity]),
        [['ECS-R18', DiagnosticSeverity.Warning]],
      );
      assert.deepEqual(fixes(found[0]), [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'shareable'] }]);
    });
  });

  test('a bad legacy tag: the move to server_tags is advised once, by the R40 hint', () => {
    const checked = check(BASE_JSON.replace('"count": 1', '"count": 1, "tags": ["bad"]'), 'json');
    const mentions = checked.diagnostics.filter((d) => d.message.includes('server_tags'));
    assert.deepEqual(
      mentions.map((d) => [d.code, d.severity]),
      [['ECS-R40', DiagnosticSeverity.Hint]],
    );
    assert.equal(oneDiagnosticAt(checked, '[["bad"]]').code, 'ECS-R40');
  });

  test('tags is not deprecated: no deprecation diagnostic, even with the rules off', () => {
    const text = BASE_JSON.replace('"count": 1', '"count": 1, "tags": ["env.test"]');
    assert.deepEqual(
      check(text, 'json', {}, NO_RULES).diagnostics.map((d) => d.code),
      [],
    );
  });
});

describe('anyOf/oneOf noise is collapsed to the closest branch', () => {
  const error = (
    keyword: string,
    schemaPath: string,
    instancePath = '/server/x',
    params: Record<string, unknown> = {},
  ): ErrorObject => ({ keyword, schemaPath, instancePath, params, message: keyword });

  test('keeps the branch with the fewest errors and drops the wrapper', () => {
    const errors = [
      error('type', '#/anyOf/0/type'),
      error('required', '#/anyOf/1/required', '/server/x', { missingProperty: 'id' }),
      error('additionalProperties', '#/anyOf/1/additionalProperties'),
      error('required', '#/anyOf/2/required', '/server/x', { missingProperty: 'eip' }),
      error('anyOf', '#/anyOf'),
      error('minimum', '#/properties/count/minimum', '/server/count'),
    ];
    assert.deepEqual(
      collapseAlternatives(errors).map((e) => e.schemaPath),
      ['#/anyOf/2/required', '#/properties/count/minimum'],
    );
  });

  test('a oneOf that matched twice keeps only its own error; if-wrappers are dropped', () => {
    const errors = [error('oneOf', '#/oneOf', '/server/x', { passingSchemas: [0, 1] }), error('if', '#/if')];
    assert.deepEqual(
      collapseAlternatives(errors).map((e) => e.keyword),
      ['oneOf'],
    );
  });
});
