// The CPU time a JSON server spends per open -> pull diagnostics -> close cycle of one document,
// read from /proc (user + system time of the server process), and per hover. On a machine shared
// with other work, wall-clock figures swing by 2-3x; a server's own CPU time swings far less, so
// this is the probe for comparing two builds of our server (run them in turns, several times).
// Linux only. Usage:
//   node bench/probes/open-close-cpu.mjs --server dist/server.js [--cycles 150] [--doc FILE]
//   node bench/probes/open-close-cpu.mjs --anchor [--cycles 150]   (vscode-json-language-server)
// Prints: CPU ms per cycle (and wall), CPU ms per hover, RSS after the cycles, startup ms.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLspProcess } from './lspProcess.mjs';

const bench = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
};
const anchor = process.argv.includes('--anchor');
const cycles = Number(option('cycles', '150'));
const docFile = path.resolve(option('doc', path.join(bench, 'fixtures/docs/large.json')));
const text = fs.readFileSync(docFile, 'utf8');
const settingsFile = anchor ? 'vscode-json-language-server.json' : 'ecs-request-language-server.json';
const schemaDir = pathToFileURL(path.join(bench, 'settings')).href;
const settings = JSON.parse(
  fs.readFileSync(path.join(bench, 'settings', settingsFile), 'utf8').replaceAll('${settingsDirUri}', schemaDir),
);
const section = (name) =>
  name ? name.split('.').reduce((value, key) => (value == null ? null : (value[key] ?? null)), settings) : settings;
const command = anchor
  ? [path.join(bench, 'node_modules/vscode-langservers-extracted/bin/vscode-json-language-server'), '--stdio']
  : [path.resolve(option('server', 'dist/server.js')), '--stdio'];
const { child, request, notify, cpuMs } = startLspProcess(command, { configuration: section });

const spawnedAt = performance.now();
const initOptions = path.join(bench, 'settings/vscode-json-language-server.init.json');
await request('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: { textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] } } },
  initializationOptions: anchor ? JSON.parse(fs.readFileSync(initOptions, 'utf8')) : undefined,
});
const startupMs = performance.now() - spawnedAt;
notify('initialized', {});
notify('workspace/didChangeConfiguration', { settings });

const uri = pathToFileURL(docFile).href;
const languageId = anchor ? 'json' : 'ecs-json';
const lines = text.split('\n');
const line = Math.max(
  0,
  lines.findIndex((l) => l.includes('"volumetype"')),
);
const position = { line, character: lines[line].indexOf('volumetype') + 3 };
const cycle = async (version) => {
  notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  await request('textDocument/diagnostic', { textDocument: { uri } });
  notify('textDocument/didClose', { textDocument: { uri } });
};
// Warm the server (and let its own warm-up run) before measuring.
for (let version = 0; version < 60; version++) await cycle(version);
const cyclesStart = cpuMs();
const wallStart = performance.now();
for (let version = 0; version < cycles; version++) await cycle(1000 + version);
const cpuPerCycle = (cpuMs() - cyclesStart) / cycles;
const wallPerCycle = (performance.now() - wallStart) / cycles;
notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
await request('textDocument/diagnostic', { textDocument: { uri } });
const hoversStart = cpuMs();
const hovers = cycles * 5;
for (let i = 0; i < hovers; i++) await request('textDocument/hover', { textDocument: { uri }, position });
const cpuPerHover = (cpuMs() - hoversStart) / hovers;
const rssMiB = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
console.log(
  `${anchor ? 'vscode-json-language-server' : command[0]}: open -> pull -> close ${cpuPerCycle.toFixed(2)} ms CPU ` +
    `(wall ${wallPerCycle.toFixed(2)}), hover ${cpuPerHover.toFixed(3)} ms CPU, RSS ${rssMiB.toFixed(1)} MiB, ` +
    `startup ${startupMs.toFixed(0)} ms`,
);
child.kill();
