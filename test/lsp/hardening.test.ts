/** Issue 12 reproducers over real stdio: requests before initialize, a malformed frame, bad rule settings. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TestClient } from './lspClient';

describe('language server hardening over stdio', () => {
  it('refuses requests before initialize with ServerNotInitialized (-32002)', async () => {
    const client = new TestClient();
    try {
      await assert.rejects(
        client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: 'file:///a.ecs.json' },
          position: { line: 0, character: 0 },
        }),
        (error: { code?: number }) => error.code === -32002,
      );
      await assert.rejects(
        client.connection.sendRequest('shutdown'),
        (error: { code?: number }) => error.code === -32002,
      );
      await client.initialize();
      assert.equal(
        await client.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: 'file:///a.ecs.json' },
          position: { line: 0, character: 0 },
        }),
        null,
      );
      assert.equal(await client.stop(), 0);
    } finally {
      client.kill();
    }
  });

  it('exits with a clear log line after a frame without Content-Length', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const exited = new Promise<number | null>((resolve) => client.process.on('exit', (code) => resolve(code)));
      client.process.stdin!.write(
        'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"shutdown"}',
      );
      assert.equal(await exited, 1);
      assert.ok(
        client.logs.some((line) => /without a valid Content-Length.*starts it again/s.test(line)),
        client.logs.join('\n'),
      );
    } finally {
      client.kill();
    }
  });

  it('"ecs.rules": {"R03": "constructor"} keeps severities and is logged once', async () => {
    const client = new TestClient({ settings: { rules: { R03: 'constructor' } } });
    try {
      await client.initialize();
      const diagnostics = await client.open('file:///r.ecs.yaml', 'ecs-yaml', 'server:\n  name: web\n  count: 600\n');
      assert.ok(diagnostics.length > 0 && diagnostics.every((d) => typeof d.severity === 'number'));
      await client.waitForLog(/not a severity/);
    } finally {
      client.kill();
    }
  });
});
