/**
 * Issue 15, item 8: the server's start time line (server/lsp/startTimeline.ts), which the e2e
 * `reload` step lines up with the client's to see where the first diagnostics wait. Logged only
 * with ECS_TIMELINE=1; names and wall-clock times, never document text.
 */
import { strict as assert } from 'node:assert';
import { after, describe, it } from 'node:test';
import { StartTimeline, TIMELINE_PREFIX } from '../../server/lsp/startTimeline';
import { BROKEN_YAML } from './fixtures';
import { TestClient } from './lspClient';

describe('StartTimeline', () => {
  it('keeps the first stamps of each name, numbered, and writes them as one line in order', () => {
    const timeline = new StartTimeline(true, 2);
    timeline.mark('a', 10);
    timeline.mark('b', 11);
    timeline.mark('a', 12);
    timeline.mark('a', 13);
    assert.equal(timeline.line('server'), `${TIMELINE_PREFIX} server {"a":10,"b":11,"a #2":12}`);
  });

  it('stamps nothing when disabled', () => {
    const timeline = new StartTimeline(false);
    timeline.mark('a', 10);
    assert.equal(timeline.line('client'), `${TIMELINE_PREFIX} client {}`);
  });
});

describe('the server start time line over LSP', () => {
  const clients: TestClient[] = [];
  after(() => clients.forEach((client) => client.kill()));
  const uri = 'file:///w/timeline.ecs.yaml';

  const firstPull = async (env: Record<string, string>) => {
    const client = new TestClient({ pullDiagnostics: true, env, initializationOptions: { settings: { ecs: {} } } });
    clients.push(client);
    await client.initialize();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: BROKEN_YAML },
    });
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    return client;
  };

  it('with ECS_TIMELINE=1, logs the start stamps in order after the first diagnostics answer', async () => {
    const client = await firstPull({ ECS_TIMELINE: '1' });
    const line = await client.waitForLog(new RegExp(`^${TIMELINE_PREFIX} server `));
    const stamps = JSON.parse(line.slice(`${TIMELINE_PREFIX} server `.length)) as Record<string, number>;
    const order = [
      'process start',
      'bundle start',
      'bundle loaded',
      'listening',
      'initialize received',
      'initialize answered',
      'initialized received',
      'didOpen received',
      'diagnostics pull received',
      'diagnostics pull answered',
    ];
    assert.deepEqual(
      order.filter((name) => typeof stamps[name] === 'number'),
      order,
      line,
    );
    for (let i = 1; i < order.length; i++) assert.ok(stamps[order[i - 1]] <= stamps[order[i]], line);
    // Epoch milliseconds, so that they line up with the client's: within a minute of now.
    assert.ok(Math.abs(stamps['process start'] - Date.now()) < 60_000, line);
    assert.ok(!line.includes('demo-keypair'), 'no document text');
  });

  it('without it, logs no time line', async () => {
    const client = await firstPull({ ECS_TIMELINE: '' });
    // The line would come in the turn after the answer: a later answer comes after it.
    await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(
      client.logs.filter((message) => message.includes(TIMELINE_PREFIX)),
      [],
    );
  });
});
