import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../server/service/codeActions';
import type { DocumentFormat } from '../../request/parser/ast';
import { applyTextEdits } from '../../server/service/fixes/textEdits';
import type { FixData } from '../../server/service/types';
import { parse } from './completionHelpers';

const anyRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function actionsFor(
  text: string,
  format: DocumentFormat,
  fix: FixData,
): { actions: CodeAction[]; diagnostic: Diagnostic } {
  const parsed = parse(text, format);
  const diagnostic: Diagnostic = { range: anyRange, message: 'test', data: { fixes: [fix] } };
  return { actions: getCodeActions(parsed, anyRange, [diagnostic]), diagnostic };
}

/** The text after applying the action at `index` (the preferred one by default). */
function fixed(text: string, format: DocumentFormat, fix: FixData, index = 0): string {
  const { actions, diagnostic } = actionsFor(text, format, fix);
  const action = actions[index];
  assert.ok(action, 'expected a quick fix');
  assert.equal(action.kind, CodeActionKind.QuickFix);
  assert.deepEqual(action.diagnostics, [diagnostic]);
  const edits = action.edit?.changes?.['file:///test.ecs.' + format] ?? [];
  return applyTextEdits(text, edits);
}

describe('quick fix: add missing properties', () => {
  test('JSON: after the last property, in its indentation, with skeleton values', () => {
    const text = '{\n  "server": {\n    "name": "a"\n  }\n}\n';
    assert.equal(
      fixed(text, 'json', { kind: 'addProperties', path: ['server'], properties: ['flavorRef', 'root_volume'] }),
      '{\n  "server": {\n    "name": "a",\n    "flavorRef": "",\n    "root_volume": {\n      "volumetype": ' +
        '"SATA"\n    }\n  }\n}\n',
    );
  });

  test('JSON: into an empty object', () => {
    assert.equal(
      fixed('{\n  "server": {}\n}', 'json', { kind: 'addProperties', path: ['server'], properties: ['vpcid'] }),
      '{\n  "server": {\n    "vpcid": ""\n  }\n}',
    );
  });

  test('YAML: lines after the block, comments kept, items aligned after the dash', () => {
    const text = 'server:\n  # the name\n  name: a # inline\n  data_volumes:\n    - volumetype: SSD\n# end\n';
    assert.equal(
      fixed(text, 'yaml', { kind: 'addProperties', path: ['server', 'data_volumes', 0], properties: ['size'] }),
      'server:\n  # the name\n  name: a # inline\n  data_volumes:\n    - volumetype: SSD\n      size: 0\n# end\n',
    );
    assert.equal(
      fixed(text, 'yaml', { kind: 'addProperties', path: ['server'], properties: ['nics'] }),
      'server:\n  # the name\n  name: a # inline\n  data_volumes:\n    - volumetype: SSD\n  nics: []\n# end\n',
    );
  });

  test('YAML: an empty flow mapping becomes a block', () => {
    assert.equal(
      fixed('server:\n  root_volume: {} # disk\n  name: a\n', 'yaml', {
        kind: 'addProperties',
        path: ['server', 'root_volume'],
        properties: ['volumetype'],
      }),
      'server:\n  root_volume:\n    volumetype: SATA # disk\n  name: a\n',
    );
  });

  test('YAML: under a key that has no value yet', () => {
    assert.equal(
      fixed('server:\n  root_volume:\n', 'yaml', {
        kind: 'addProperties',
        path: ['server', 'root_volume'],
        properties: ['volumetype'],
      }),
      'server:\n  root_volume:\n    volumetype: SATA\n',
    );
  });
});

describe('quick fix: replace an invalid value', () => {
  test('one action per candidate, the first preferred', () => {
    const text = 'server:\n  root_volume:\n    volumetype: SDD # typo\n';
    const fix: FixData = {
      kind: 'replaceValue',
      path: ['server', 'root_volume', 'volumetype'],
      candidates: ['SSD', 'SAS'],
    };
    const { actions } = actionsFor(text, 'yaml', fix);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [
        ['Change the value to SSD', true],
        ['Change the value to SAS', false],
      ],
    );
    assert.equal(fixed(text, 'yaml', fix), 'server:\n  root_volume:\n    volumetype: SSD # typo\n');
    assert.equal(fixed(text, 'yaml', fix, 1), 'server:\n  root_volume:\n    volumetype: SAS # typo\n');
  });

  test('JSON strings are written with quotes', () => {
    assert.equal(
      fixed('{"server": {"extendparam": {"chargingMode": "monthly"}}}', 'json', {
        kind: 'replaceValue',
        path: ['server', 'extendparam', 'chargingMode'],
        candidates: ['prePaid'],
      }),
      '{"server": {"extendparam": {"chargingMode": "prePaid"}}}',
    );
  });
});

describe('quick fix: quote a YAML scalar', () => {
  test('keeps the text as written, now a string', () => {
    assert.equal(
      fixed('server:\n  extendparam:\n    isAutoPay: true\n', 'yaml', {
        kind: 'quoteScalar',
        path: ['server', 'extendparam', 'isAutoPay'],
      }),
      'server:\n  extendparam:\n    isAutoPay: "true"\n',
    );
  });
});

describe('quick fix: rename a deprecated property', () => {
  test('shareable → multiattach (JSON and YAML)', () => {
    assert.equal(
      fixed('{"server": {"data_volumes": [{"shareable": true}]}}', 'json', {
        kind: 'renameProperty',
        path: ['server', 'data_volumes', 0, 'shareable'],
        newName: 'multiattach',
      }),
      '{"server": {"data_volumes": [{"multiattach": true}]}}',
    );
    assert.equal(
      fixed('server:\n  data_volumes:\n    - shareable: true # shared\n', 'yaml', {
        kind: 'renameProperty',
        path: ['server', 'data_volumes', 0, 'shareable'],
        newName: 'multiattach',
      }),
      'server:\n  data_volumes:\n    - multiattach: true # shared\n',
    );
  });

  test('shareable next to multiattach is removed instead', () => {
    assert.equal(
      fixed('server:\n  data_volumes:\n    - size: 10\n      shareable: true\n      multiattach: true\n', 'yaml', {
        kind: 'renameProperty',
        path: ['server', 'data_volumes', 0, 'shareable'],
        newName: 'multiattach',
      }),
      'server:\n  data_volumes:\n    - size: 10\n      multiattach: true\n',
    );
  });

  test('tags → server_tags converts "key.value" strings into objects', () => {
    assert.equal(
      fixed('server:\n  name: a\n  tags:\n    - env.test\n    - owner.team.a\n  count: 1\n', 'yaml', {
        kind: 'renameProperty',
        path: ['server', 'tags'],
        newName: 'server_tags',
      }),
      'server:\n  name: a\n  server_tags:\n    - key: env\n      value: test\n    - key: owner\n      value: ' +
        'team.a\n  count: 1\n',
    );
    assert.equal(
      fixed('{\n  "server": {\n    "tags": ["env.test"]\n  }\n}', 'json', {
        kind: 'renameProperty',
        path: ['server', 'tags'],
        newName: 'server_tags',
      }),
      '{\n  "server": {\n    "server_tags": [\n      { "key": "env", "value": "test" }\n    ]\n  }\n}',
    );
  });
});

describe('quick fix: tags next to an existing server_tags', () => {
  test('YAML: the tags are appended (known keys skipped) and tags is removed', () => {
    assert.equal(
      fixed(
        'server:\n  tags:\n    - env.test\n    - team.web\n  server_tags:\n    - key: env\n      value: ' +
          'prod\n  name: a\n',
        'yaml',
        { kind: 'renameProperty', path: ['server', 'tags'], newName: 'server_tags' },
      ),
      'server:\n  server_tags:\n    - key: env\n      value: prod\n    - key: team\n      value: web\n  name: a\n',
    );
  });

  test('JSON: appended after the last item, the comma before tags removed', () => {
    assert.equal(
      fixed(
        '{\n  "server": {\n    "server_tags": [\n      { "key": "a", "value": "1" }\n    ],\n    "tags": ' +
          '["b.2"]\n  }\n}',
        'json',
        { kind: 'renameProperty', path: ['server', 'tags'], newName: 'server_tags' },
      ),
      '{\n  "server": {\n    "server_tags": [\n      { "key": "a", "value": "1" },\n      { "key": "b", ' +
        '"value": "2" }\n    ]\n  }\n}',
    );
  });
});

describe('quick fix: base64-encode user_data', () => {
  test('a plain script becomes its base64 text', () => {
    const encoded = Buffer.from('#!/bin/sh\necho hi\n').toString('base64');
    assert.equal(
      fixed('server:\n  user_data: |\n    #!/bin/sh\n    echo hi\n  name: a\n', 'yaml', {
        kind: 'base64Encode',
        path: ['server', 'user_data'],
      }),
      `server:\n  user_data: ${encoded}\n  name: a\n`,
    );
    assert.equal(
      fixed('{"server": {"user_data": "echo hi"}}', 'json', { kind: 'base64Encode', path: ['server', 'user_data'] }),
      `{"server": {"user_data": "${Buffer.from('echo hi').toString('base64')}"}}`,
    );
  });
});

describe('quick fix: remove a property', () => {
  const path = ['server', 'root_volume', 'throughput'];

  test('JSON: the property and its comma go, on their own line', () => {
    assert.equal(
      fixed(
        '{\n  "root": 1,\n  "server": {\n    "root_volume": {\n      "throughput": 125,\n      "volumetype": ' +
          '"SSD"\n    }\n  }\n}',
        'json',
        { kind: 'removeProperty', path },
      ),
      '{\n  "root": 1,\n  "server": {\n    "root_volume": {\n      "volumetype": "SSD"\n    }\n  }\n}',
    );
  });

  test('JSON: the last property takes the comma before it', () => {
    assert.equal(
      fixed(
        '{\n  "server": {\n    "root_volume": {\n      "volumetype": "SSD",\n      "throughput": 125\n    }\n  }\n}',
        'json',
        { kind: 'removeProperty', path },
      ),
      '{\n  "server": {\n    "root_volume": {\n      "volumetype": "SSD"\n    }\n  }\n}',
    );
    assert.equal(
      fixed('{"server": {"root_volume": {"volumetype": "SSD", "throughput": 125}}}', 'json', {
        kind: 'removeProperty',
        path,
      }),
      '{"server": {"root_volume": {"volumetype": "SSD"}}}',
    );
  });

  test('YAML: its lines go, comments on other lines stay', () => {
    assert.equal(
      fixed(
        'server:\n  root_volume:\n    # disk\n    volumetype: SSD\n    throughput: 125 # not for SSD\n    # ' +
          'after\n    size: 40\n',
        'yaml',
        { kind: 'removeProperty', path },
      ),
      'server:\n  root_volume:\n    # disk\n    volumetype: SSD\n    # after\n    size: 40\n',
    );
  });

  test('YAML: the first key of a list item hands the dash to the next key', () => {
    assert.equal(
      fixed('server:\n  data_volumes:\n    - throughput: 125\n      size: 10\n', 'yaml', {
        kind: 'removeProperty',
        path: ['server', 'data_volumes', 0, 'throughput'],
      }),
      'server:\n  data_volumes:\n    - size: 10\n',
    );
  });
});

describe('code actions without fix data', () => {
  test('diagnostics without data give no actions', () => {
    const parsed = parse('{}', 'json');
    assert.deepEqual(getCodeActions(parsed, anyRange, [{ range: anyRange, message: 'x' }]), []);
  });
});

describe('quick fix: array items', () => {
  test('a repeated list item is removed with its lines (YAML) or its comma (JSON)', () => {
    assert.equal(
      fixed('server:\n  security_groups:\n    - id: a\n    - id: a # again\n  name: x\n', 'yaml', {
        kind: 'removeProperty',
        path: ['server', 'security_groups', 1],
      }),
      'server:\n  security_groups:\n    - id: a\n  name: x\n',
    );
    assert.equal(
      fixed('{"server": {"security_groups": [{"id": "a"}, {"id": "a"}]}}', 'json', {
        kind: 'removeProperty',
        path: ['server', 'security_groups', 1],
      }),
      '{"server": {"security_groups": [{"id": "a"}]}}',
    );
  });
});
