// Issue 15, item 8: a server started cold, as after a window reload, until the first diagnostics
// of the file that started it. Ours on a YAML request (the e2e reload fixture) against the anchor,
// vscode-json-language-server (VS Code's own JSON server) on a JSON file with a syntax error, runs
// taking turns. Each run: spawn -> `initialize` answered -> `initialized` + didOpen (+ a pull for
// ours, as VS Code pulls) -> diagnostics. Prints, per server, the medians and p95 of the wall times
// and the server's CPU time at the first diagnostics (from /proc: on a shared machine CPU time swings
// far less than wall time), and the ratios ours / anchor. Linux only.
//   node bench/probes/first-diagnostics.mjs [--runs 15] [--server dist/server.js]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats } from '../stats.mjs';
import { startLspProcess } from './lspProcess.mjs';

const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(bench, '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};
const runs = Number(option('runs', '15'));
const anchorBin = path.join(bench, 'node_modules/vscode-langservers-extracted/bin/vscode-json-language-server');
if (!fs.existsSync(anchorBin)) throw new Error('anchor missing: npm ci --prefix bench');

const servers = {
  ours: {
    command: [path.resolve(option('server', path.join(root, 'dist/server.js'))), '--stdio'],
    document: {
      uri: 'file:///bench/reload.ecs.yaml',
      languageId: 'ecs-yaml',
      text: fs.readFileSync(path.join(root, 'test/e2e/fixtures/workspace/reload.ecs.yaml'), 'utf8'),
    },
    // VS Code's client sends the settings with initialize and pulls diagnostics.
    initializationOptions: { settings: { ecs: {} } },
    pull: true,
  },
  anchor: {
    command: [anchorBin, '--stdio'],
    document: {
      uri: 'file:///bench/reload-anchor.json',
      languageId: 'json',
      text: fs.readFileSync(path.join(root, 'test/e2e/fixtures/workspace/reload-anchor.json'), 'utf8'),
    },
    initializationOptions: JSON.parse(
      fs.readFileSync(path.join(bench, 'settings/vscode-json-language-server.init.json')),
    ),
    pull: false,
  },
};

/** One cold start of `server`: { initialize, firstDiagnostics, total } in ms and the CPU ms at the end. */
function coldStart(server) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let published;
    const firstPublish = new Promise((done) => (published = done));
    const { child, request, notify, cpuMs } = startLspProcess(server.command, {
      onNotification: (message) => {
        if (message.method === 'textDocument/publishDiagnostics' && message.params.diagnostics.length > 0) {
          published(message.params.diagnostics);
        }
      },
    });
    child.on('error', reject);
    (async () => {
      await request('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {
          textDocument: { diagnostic: server.pull ? {} : undefined, publishDiagnostics: {} },
          workspace: { configuration: true },
        },
        initializationOptions: server.initializationOptions,
      });
      const initialized = performance.now();
      notify('initialized', {});
      notify('textDocument/didOpen', { textDocument: { ...server.document, version: 1 } });
      const diagnostics = server.pull
        ? (await request('textDocument/diagnostic', { textDocument: { uri: server.document.uri } })).result.items
        : await firstPublish;
      const done = performance.now();
      const cpu = cpuMs();
      if (!diagnostics?.length) throw new Error(`${server.command[0]}: no diagnostics`);
      child.kill();
      resolve({ initialize: initialized - started, firstDiagnostics: done - initialized, total: done - started, cpu });
    })().catch(reject);
  });
}

const samples = { ours: [], anchor: [] };
for (let run = 0; run < runs; run++) {
  // Taking turns, the order alternating: a slow phase of the machine falls on both servers.
  const order = run % 2 ? ['anchor', 'ours'] : ['ours', 'anchor'];
  for (const name of order) samples[name].push(await coldStart(servers[name]));
}

const figure = (name, key) => stats(samples[name].map((sample) => sample[key]));
const row = (label, key) => {
  const [ours, anchor] = [figure('ours', key), figure('anchor', key)];
  const both = (s) => `${s.median.toFixed(0)} / ${s.p95.toFixed(0)}`;
  return `| ${label} | ${both(ours)} | ${both(anchor)} | ${(ours.median / anchor.median).toFixed(2)} |`;
};
console.log(`Cold start -> first diagnostics, ${runs} runs each (ms, median / p95; node ${process.version})\n`);
console.log('| phase | ours (YAML, pull) | vscode-json-language-server (JSON, push) | ours / anchor (medians) |');
console.log('| --- | --- | --- | --- |');
console.log(row('spawn -> initialize answered', 'initialize'));
console.log(row('initialized -> first diagnostics', 'firstDiagnostics'));
console.log(row('spawn -> first diagnostics', 'total'));
console.log(row('server CPU time until then', 'cpu'));
