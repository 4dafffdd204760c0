/**
 * Protocol test of the warm-up (warmUp.ts): requests that arrive while it runs get their normal
 * answers, and its throw-away documents never reach the client.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { BROKEN_JSON, CLEAN_YAML, positionOf } from './fixtures';
import { TestClient } from './lspClient';

const JSON_DONE = /Warm-up of the JSON features finished/;
const YAML_DONE = /Warm-up of the YAML features finished/;

describe('warm-up over stdio', () => {
  const client = new TestClient({ settings: {} });
  before(async () => {
    await client.initialize();
  });
  after(() => client.kill());

  it('answers requests that arrive during the warm-up, and publishes nothing for its own documents', async () => {
    const uri = 'file:///work/during-warm-up.ecs.json';
    // Sent right after `initialized`, while the service loads and the warm-up is queued.
    const diagnostics = await client.open(uri, 'ecs-json', BROKEN_JSON);
    assert.ok(
      !client.logs.some((message) => JSON_DONE.test(message)),
      'the open was answered before the warm-up ended',
    );
    const line = positionOf(BROKEN_JSON, '"SDD"').line;
    assert.ok(
      diagnostics.some((d) => d.range.start.line === line),
      `the misspelt disk type is reported on its line: ${JSON.stringify(diagnostics)}`,
    );
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(BROKEN_JSON, 'flavorRef', 3),
    });
    assert.match(String((hover?.contents as MarkupContent | undefined)?.value ?? ''), /flavor/i);

    await client.waitForLog(JSON_DONE);
    const yamlUri = 'file:///work/after-warm-up.ecs.yaml';
    assert.deepEqual(await client.open(yamlUri, 'ecs-yaml', CLEAN_YAML), []);
    await client.waitForLog(YAML_DONE);

    assert.deepEqual(
      client.publishedUris.sort(),
      [uri, yamlUri].sort(),
      'only the real documents had diagnostics published',
    );
  });
});
