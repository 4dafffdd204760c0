/**
 * Issue 15, item 8: the first diagnostics after a window reload must not wait for the extension
 * host, which is busy starting every extension. The client sends its `ecs` settings with
 * `initialize` (docs/lsp-extensions.md); the server validates with them at once, without a
 * `workspace/configuration` round trip. Here the client never answers that request at all.
 */
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import { BROKEN_YAML, CLEAN_YAML, WARNING_YAML } from './fixtures';
import { TestClient } from './lspClient';

describe('first diagnostics with the settings sent at initialize', () => {
  const clients: TestClient[] = [];
  after(() => clients.forEach((client) => client.kill()));

  it('arrive although workspace/configuration is never answered, and follow those settings', async () => {
    const client = new TestClient({
      configurationNeverAnswers: true,
      initializationOptions: { settings: { ecs: { rules: { R02: 'off' } } } },
    });
    clients.push(client);
    await client.initialize();
    const codes = (await client.open('file:///w/first.ecs.yaml', 'ecs-yaml', BROKEN_YAML)).map((d) => d.code);
    assert.ok(codes.includes('ECS-R03'), codes.join(', '));
    // The rule the sent settings turn off stays off.
    const warning = await client.open('file:///w/warning.ecs.yaml', 'ecs-yaml', WARNING_YAML);
    assert.deepEqual(
      warning.map((d) => d.code),
      [],
    );
    assert.equal(client.configurationRequests.length, 0, 'the server did not pull what it was given');
  });

  it('a client that sends no settings is still asked for them (workspace/configuration)', async () => {
    const client = new TestClient({ settings: { rules: { R02: 'off' } } });
    clients.push(client);
    await client.initialize();
    assert.deepEqual(
      (await client.open('file:///w/warning.ecs.yaml', 'ecs-yaml', WARNING_YAML)).map((d) => d.code),
      [],
    );
    assert.ok(client.configurationRequests.length >= 1);
  });
});

/**
 * What VS Code's client sends while a window starts, before the first pull is answered: the
 * settings again (didChangeConfiguration with the `ecs` section), the stored secret names and the
 * account data. A refresh for those makes VS Code cancel its pull and ask again, a round trip to
 * the busy extension host each; re-reading the settings holds the pull until the host answers.
 */
/** A request whose password is a stored secret (no other finding depends on the stored names). */
const SECRET_YAML = CLEAN_YAML.replace('  key_name: demo-keypair\n', '  adminPass: ${secret:ADMIN_PASS}\n');

describe('first pulled diagnostics while the client sends its start-up notifications', () => {
  const clients: TestClient[] = [];
  after(() => clients.forEach((client) => client.kill()));
  const uri = 'file:///w/start.ecs.yaml';
  const settings = { ecs: { rules: { R02: 'off' } } };

  const started = async () => {
    const client = new TestClient({ pullDiagnostics: true, initializationOptions: { settings } });
    clients.push(client);
    await client.initialize();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: BROKEN_YAML },
    });
    return client;
  };
  type Report = { kind: string; resultId?: string; items?: { code?: unknown }[] };
  const pull = (client: TestClient, previousResultId?: string) =>
    client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

  it('no refresh and no settings request for notifications that came before any answer', async () => {
    const client = await started();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    await client.connection.sendNotification('ecs/storedSecretNames', { names: ['DB_PASSWORD'] });
    const report = await pull(client);
    assert.ok(
      report.items?.some((d) => d.code === 'ECS-R03'),
      JSON.stringify(report),
    );
    // The server writes in order: a refresh caused by the notifications would have come first.
    assert.equal(client.diagnosticRefreshes, 0, 'nothing shown was out of date');
    assert.equal(client.configurationRequests.length, 0, 'the sent section was used as it is');
  });

  it('the same settings again refresh nothing; a change after an answer refreshes it', async () => {
    const client = await started();
    const first = await pull(client);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    assert.equal((await pull(client, first.resultId)).kind, 'unchanged');
    assert.equal(client.diagnosticRefreshes, 0);
    // R02 back on: this request has no R02 finding, so its answer stands.
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { ecs: {} } });
    await pull(client, first.resultId);
    assert.equal(client.diagnosticRefreshes, 0, 'a setting that changed no answer refreshes nothing');
    const r03Off = { ecs: { rules: { R03: 'off' } } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: r03Off });
    await pull(client, first.resultId);
    assert.equal(client.diagnosticRefreshes, 1, 'a setting that changed the answer refreshes');
    assert.equal(client.configurationRequests.length, 0);
  });

  // VS Code's client sends the stored secret names just after the first answer: a refresh for them
  // made it drop that answer and pull again, a round trip to the busy extension host.
  it('names that change no answer refresh nothing; names that change one refresh it', async () => {
    const client = await started();
    const secretUri = 'file:///w/secret.ecs.yaml';
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: secretUri, languageId: 'ecs-yaml', version: 1, text: SECRET_YAML },
    });
    await pull(client);
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: secretUri } });
    await client.connection.sendNotification('ecs/storedSecretNames', { names: ['ADMIN_PASS'] });
    // The server writes in order: a refresh would have come before this answer.
    const after = await pull(client);
    assert.equal(client.diagnosticRefreshes, 0, 'neither answer changed with the names');
    assert.equal(after.kind, 'full');
    await client.connection.sendNotification('ecs/storedSecretNames', { names: [] });
    await pull(client, after.resultId);
    assert.equal(client.diagnosticRefreshes, 1, 'ADMIN_PASS is no longer stored: that answer changed');
  });
});

describe('warm-up after the first diagnostics', () => {
  const client = new TestClient({ initializationOptions: { settings: { ecs: {} } } });
  after(() => client.kill());

  it('a YAML session warms YAML only: no JSON warm-up is queued ahead of the first diagnostics', async () => {
    await client.initialize();
    assert.ok((await client.open('file:///w/only.ecs.yaml', 'ecs-yaml', BROKEN_YAML)).length > 0);
    // The warm-ups run one after the other in the order queued: a JSON one queued at start-up
    // would have finished first.
    await client.waitForLog(/Warm-up of the YAML features finished/);
    assert.deepEqual(
      client.logs.filter((message) => /Warm-up of the JSON/.test(message)),
      [],
      'the JSON warm-up ran, though no JSON document was open',
    );
  });
});
