/**
 * Issue 15, item 8: the first diagnostics after a window reload must not wait for the extension
 * host, which is busy starting every extension. The client sends its `ecs` settings with
 * `initialize` (docs/lsp-extensions.md); the server validates with them at once, without a
 * `workspace/configuration` round trip. Here the client never answers that request at all.
 */
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import { BROKEN_YAML, WARNING_YAML } from './fixtures';
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
