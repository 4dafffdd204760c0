/**
 * The server bundle loads the yaml package (dist/server-yaml.js) with the first YAML document
 * (scripts/build.mjs, `yamlOnFirstUse`): a JSON-only session never loads it, a YAML document
 * gets it at once. A preload reports each load of the file on the server's stderr.
 */
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { BROKEN_YAML, CLEAN_JSON, positionOf } from './fixtures';
import { TestClient } from './lspClient';
import { scriptFile } from '../support/freshNode';

const LOADED = 'yaml chunk loaded';
const REPORT_CHUNK_LOADS = `
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/server-yaml\\.js$/.test(request)) process.stderr.write(${JSON.stringify(`${LOADED}\n`)});
  return load.call(this, request, ...rest);
};
`;

describe('the yaml package is loaded on first use', () => {
  const preload = scriptFile(REPORT_CHUNK_LOADS, 'report-chunk-loads.cjs');
  const client = new TestClient({ settings: {}, nodeOptions: ['--require', preload.path] });
  const loads = () => client.logs.filter((line) => line.includes(LOADED)).length;
  before(async () => {
    await client.initialize();
  });
  after(() => {
    client.kill();
    preload.dispose();
  });

  it('not for JSON documents, then once for the first YAML document', async () => {
    const jsonUri = 'file:///work/only-json.ecs.json';
    await client.open(jsonUri, 'ecs-json', CLEAN_JSON);
    await client.waitForLog(/Warm-up of the JSON features finished/);
    const completion = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri: jsonUri },
      position: positionOf(CLEAN_JSON, '"name"'),
    });
    assert.ok(completion.items.length > 0);
    assert.equal(loads(), 0, `a JSON session does not load the yaml package: ${client.logs.join(' | ')}`);

    const yamlUri = 'file:///work/first.ecs.yaml';
    const diagnostics = await client.open(yamlUri, 'ecs-yaml', BROKEN_YAML);
    assert.ok(
      diagnostics.some((d) => d.code === 'ECS-R03'),
      `the YAML document is parsed and checked: ${JSON.stringify(diagnostics)}`,
    );
    await client.waitForLog(/Warm-up of the YAML features finished/);
    assert.equal(loads(), 1, 'loaded once, with the first YAML document');
  });
});

/**
 * Issue 15 item 8: the editor names the formats open when it starts the server. With a YAML request
 * open, the server loads the parser right after answering `initialize`, while the client takes the
 * answer in, instead of in the first YAML diagnostics after a window reload.
 */
describe('the yaml package with --open-formats=yaml', () => {
  const preload = scriptFile(REPORT_CHUNK_LOADS, 'report-chunk-loads-open.cjs');
  const started: TestClient[] = [];
  after(() => {
    started.forEach((client) => client.kill());
    preload.dispose();
  });
  const start = (serverArgs: string[]) => {
    const client = new TestClient({ settings: {}, serverArgs, nodeOptions: ['--require', preload.path] });
    started.push(client);
    return client;
  };
  const chunkLoaded = async (client: TestClient) => {
    while (!client.logs.some((line) => line.includes(LOADED))) await once(client.process.stderr!, 'data');
  };

  // Before the change, nothing loads the chunk without a YAML document: the wait ends at the timeout.
  it('is loaded after initialize, before any document is open', { timeout: 20_000 }, async () => {
    const client = start(['--open-formats=yaml']);
    await client.initialize();
    await chunkLoaded(client);
    const diagnostics = await client.open('file:///work/open.ecs.yaml', 'ecs-yaml', BROKEN_YAML);
    assert.ok(diagnostics.some((d) => d.code === 'ECS-R03'));
    await client.waitForLog(/Warm-up of the YAML features finished/);
    assert.equal(client.logs.filter((line) => line.includes(LOADED)).length, 1, 'and only once');
  });

  it('is not loaded early for --open-formats=json', async () => {
    const client = start(['--open-formats=json']);
    await client.initialize();
    await client.open('file:///work/open.ecs.json', 'ecs-json', CLEAN_JSON);
    await client.waitForLog(/Warm-up of the JSON features finished/);
    assert.equal(client.logs.filter((line) => line.includes(LOADED)).length, 0);
  });
});
