/**
 * The server bundle loads the yaml package (dist/server-yaml.js) with the first YAML document
 * (scripts/build.mjs, `yamlOnFirstUse`): a JSON-only session never loads it, a YAML document
 * gets it at once. A preload reports each load of the file on the server's stderr.
 */
import { strict as assert } from 'node:assert';
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
