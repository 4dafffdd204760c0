import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/service/languageService';
import { MAX_STORED_SECRET_NAMES, readStoredSecretNames } from '../../server/service/storedSecrets';
import { TextDocument } from 'vscode-languageserver-textdocument';

const CODE = 'ECS-SECRET-NOT-STORED';

function unstoredIn(text: string, languageId: 'ecs-yaml' | 'ecs-json', names?: string[]) {
  const service = createLanguageService();
  service.setStoredSecretNames(names && new Set(names));
  const uri = languageId === 'ecs-yaml' ? 'file:///s.ecs.yaml' : 'file:///s.ecs.json';
  const parsed = service.parse(TextDocument.create(uri, languageId, 1, text));
  return service.validate(parsed).filter((d) => d.code === CODE);
}

describe('${secret:NAME} with nothing stored', () => {
  const yaml = [
    'server:',
    '  adminPass: ${secret:ADMIN_PASS}',
    '  user_data: ${secret:BOOT}',
    '  tags:',
    '    - ${secret:TAG_SECRET}',
    '  metadata:',
    '    a: ${env:ADMIN_PASS}',
    '    b: "prefix ${secret:NOT_A_PLACEHOLDER}"',
    '',
  ].join('\n');

  test('nothing while the stored names are unknown', () => {
    assert.deepEqual(unstoredIn(yaml, 'ecs-yaml'), []);
  });

  test('one information diagnostic per unstored name, wherever the string is, on the value', () => {
    const found = unstoredIn(yaml, 'ecs-yaml', ['BOOT']);
    assert.deepEqual(
      found.map((d) => [d.range.start.line, d.range.start.character, d.severity]),
      [
        [1, 13, 3],
        [4, 6, 3],
      ],
    );
    assert.deepEqual(found[0].data, { fixes: [{ kind: 'storeSecret', name: 'ADMIN_PASS' }] });
    assert.equal(unstoredIn(yaml, 'ecs-yaml', ['BOOT', 'ADMIN_PASS', 'TAG_SECRET']).length, 0);
  });

  test('JSON alike; the code can be switched off with ecs.rules', () => {
    const json = '{ "server": { "adminPass": "${secret:ADMIN_PASS}" } }';
    assert.equal(unstoredIn(json, 'ecs-json', []).length, 1);
    const service = createLanguageService();
    service.setStoredSecretNames(new Set());
    const parsed = service.parse(TextDocument.create('file:///o.ecs.json', 'ecs-json', 1, json));
    const settings = {
      rules: { [CODE]: 'off' as const },
      warnOnLiteralPassword: true,
      allowJsonComments: true,
      inlayHintResourceNames: true,
    };
    const quiet = service.validate(parsed, { ...settings, maxDocumentSize: 2_000_000 });
    assert.deepEqual(
      quiet.filter((d) => d.code === CODE),
      [],
    );
  });

  test('the quick fix runs Store a Secret for the name, and edits nothing', () => {
    const service = createLanguageService();
    service.setStoredSecretNames(new Set());
    const parsed = service.parse(TextDocument.create('file:///q.ecs.yaml', 'ecs-yaml', 1, yaml));
    const [first] = service.validate(parsed).filter((d) => d.code === CODE);
    const [action, ...others] = service.codeActions(parsed, first.range, [first]);
    assert.deepEqual(others, []);
    assert.equal(action.title, 'Store a value for ${secret:ADMIN_PASS}…');
    assert.equal(action.edit, undefined);
    assert.deepEqual(action.command, {
      title: 'Store a Secret',
      command: 'ecs.secret.store',
      arguments: ['ADMIN_PASS'],
    });
  });
});

describe('readStoredSecretNames', () => {
  test('reads names, skips what no placeholder can spell, and treats null as unknown', () => {
    const read = readStoredSecretNames({ names: ['A', 'b.c-d_1', '', '1X', 'has space', 7, null] });
    assert.equal(read.kind, 'apply');
    assert.deepEqual([...(read.kind === 'apply' ? (read.names ?? []) : [])], ['A', 'b.c-d_1']);
    assert.deepEqual(readStoredSecretNames({ names: null }), { kind: 'apply', names: undefined });
  });

  test('ignores payloads that are not a list of names', () => {
    for (const params of [undefined, null, 'x', 3, {}, { names: 'A' }, { names: { A: true } }]) {
      assert.equal(readStoredSecretNames(params).kind, 'ignore', JSON.stringify(params));
    }
    const tooMany = Array.from({ length: MAX_STORED_SECRET_NAMES + 1 }, (_, i) => `N${i}`);
    assert.equal(readStoredSecretNames({ names: tooMany }).kind, 'ignore');
  });
});
