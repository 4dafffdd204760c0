/**
 * The `ecs/storedSecretNames` notification over real LSP stdio (docs/lsp-extensions.md): the built
 * server marks a `${secret:NAME}` with nothing stored only once the client has said which names are
 * stored, offers the Store a Secret command as the fix, and drops the mark when the name is stored.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { CLEAN_YAML } from './fixtures';
import { SERVER_JS, TestClient } from './lspClient';

const NOTIFICATION = 'ecs/storedSecretNames';
const CODE = 'ECS-SECRET-NOT-STORED';
const REQUEST = CLEAN_YAML.replace(
  '  key_name: demo-keypair\n',
  '  adminPass: ${secret:ADMIN_PASS}\n  metadata:\n    note: ${secret:OTHER}\n    env: ${env:HOME}\n',
);
const unstored = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === CODE);

describe('ecs/storedSecretNames over stdio', () => {
  const client = new TestClient({ settings: {} });
  const uri = 'file:///work/secrets.ecs.yaml';

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS), 'run npm run build first');
    await client.initialize();
  });
  after(() => client.kill());

  it('says nothing before the client has sent the names (unknown is not missing)', async () => {
    assert.deepEqual(unstored(await client.open(uri, 'ecs-yaml', REQUEST)), []);
  });

  it('marks each ${secret:NAME} not stored, as information, with Store a Secret as the fix', async () => {
    const published = client.nextDiagnostics(uri, (p) => unstored(p.diagnostics).length > 0);
    await client.connection.sendNotification(NOTIFICATION, { names: ['OTHER', 'UNUSED'] });
    const [missing, ...rest] = unstored((await published).diagnostics);
    assert.deepEqual(rest, [], 'OTHER is stored and ${env:} is not a secret');
    assert.equal(missing.severity, 3);
    assert.equal(missing.range.start.line, REQUEST.split('\n').indexOf('  adminPass: ${secret:ADMIN_PASS}'));
    assert.match(missing.message, /^No value is stored for \$\{secret:ADMIN_PASS\}/);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].command, {
      title: 'Store a Secret',
      command: 'ecs.secret.store',
      arguments: ['ADMIN_PASS'],
    });
  });

  it('drops the mark once the name is stored, and again says nothing when the names are unknown', async () => {
    const stored = client.nextDiagnostics(uri, (p) => unstored(p.diagnostics).length === 0);
    await client.connection.sendNotification(NOTIFICATION, { names: ['OTHER', 'ADMIN_PASS'] });
    await stored;
    const missingAgain = client.nextDiagnostics(uri, (p) => unstored(p.diagnostics).length === 2);
    await client.connection.sendNotification(NOTIFICATION, { names: [] });
    await missingAgain;
    const unknown = client.nextDiagnostics(uri, (p) => unstored(p.diagnostics).length === 0);
    await client.connection.sendNotification(NOTIFICATION, { names: null });
    await unknown;
  });

  it('ignores a bad payload, keeps what it had, and logs why', async () => {
    await client.connection.sendNotification(NOTIFICATION, { names: 'ADMIN_PASS' });
    await client.waitForLog(/Stored secret names ignored: "names" is neither a list nor null/);
    await client.connection.sendNotification(NOTIFICATION, 7);
    await client.waitForLog(/Stored secret names ignored: the params are not an object/);
    // Still unknown (the last good payload was null): an edit publishes no mark.
    const edited = REQUEST.replace('web-01', 'web-02');
    assert.deepEqual(unstored(await client.replace(uri, REQUEST, edited)), []);
  });
});
