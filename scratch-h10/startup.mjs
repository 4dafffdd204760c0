import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
const require = createRequire('/work/main/package.json');
const rpc = require('vscode-languageserver-protocol/node');
const cmd = process.argv.slice(2);
const samples = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const p = spawn(cmd[0], cmd.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = rpc.createProtocolConnection(new rpc.StreamMessageReader(p.stdout), new rpc.StreamMessageWriter(p.stdin));
  c.onRequest(() => null); c.onNotification(() => {});
  c.listen();
  await c.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: {} } });
  const t1 = performance.now(); samples.push(Math.round(t1 - t0));
  await c.sendNotification('initialized', {});
  const t2 = performance.now();
  await c.sendRequest('shutdown'); const t3 = performance.now();
  c.sendNotification('exit');
  await new Promise((r) => p.on('exit', r));
  console.log('init', Math.round(t1 - t0), 'shutdown after init', Math.round(t3 - t2));
  c.dispose();
}
