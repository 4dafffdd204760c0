// The account measures of issue 14, item 6, with the emulator's large world loaded (a snapshot from
// `ecs-request catalog --emulator --world large --save`, 2,003 images, 305 flavors):
//   - completion in imageRef and flavorRef (empty value, YAML and JSON): p95 ≤ 3 ms and ≤ 1.5× the
//     same completion without a catalog;
//   - applying the snapshot in the server: ≤ 20 ms;
//   - edit → diagnostics on the largest legal request: within 10 % of the same without a catalog;
//   - server RSS with the large world: ≤ +15 MiB over the same session without it.
// Two servers run the same session side by side (A never gets the snapshot, B gets it first):
// completions alternate request by request, edits block by block, so a slow phase of the shared
// machine falls on both. Ratios come from one run.
// Usage: node bench/account.mjs [blocks]   (needs dist/ built: npm run build; default 20 blocks:
// 2,000 completions per side and field, enough for a steady p95 of sub-millisecond answers)
// Output: a table on stdout, and bench/results/account.json + account.md.
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stats, round } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const rpc = require('vscode-languageserver-protocol/node');
const { readAccountNotification } = require(path.join(root, 'out/server/service/account/accountData.js'));
const { createLanguageService } = require(path.join(root, 'out/server/service/languageService.js'));
const { slimSnapshot } = require(path.join(root, 'out/request/accountSnapshot.js'));
const { TextDocument } = require('vscode-languageserver-textdocument');

const blocks = Number(process.argv[2] ?? process.env.BENCH_ACCOUNT_BLOCKS ?? 20);
const COMPLETIONS_PER_BLOCK = 100;
const EDITS_PER_BLOCK = 20;
const ACTIVE = { profile: 'Local emulator', region: 'cn-north-4' };
// What VS Code (vscode-languageclient 9) declares: LSP 3.17 item defaults, so completion answers send the shared
// edit range once. BENCH_ACCOUNT_FULL_FORM=1 declares none (every item whole, as for older clients): the before/after.
const ITEM_DEFAULTS =
  process.env.BENCH_ACCOUNT_FULL_FORM === '1'
    ? []
    : ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'];
const now = () => performance.now();

// The inputs: a real snapshot of the large world, the largest legal request, a typical request.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-account-bench-'));
const snapshotFile = path.join(work, 'large-world.json');
execFileSync(
  process.execPath,
  [path.join(root, 'dist/cli.js'), 'catalog', '--emulator', '--world', 'large', '--save', snapshotFile],
  {
    stdio: 'ignore',
  },
);
const snapshotText = fs.readFileSync(snapshotFile, 'utf8');
const snapshot = JSON.parse(snapshotText);
execFileSync(process.execPath, [path.join(root, 'bench/fixtures/make-fixtures.mjs'), '--out', work], {
  stdio: 'ignore',
});
const large = {
  yaml: fs.readFileSync(path.join(work, 'large.yaml'), 'utf8'),
  json: fs.readFileSync(path.join(work, 'large.json'), 'utf8'),
};
const typical = {
  yaml: fs.readFileSync(path.join(work, 'seed-ex1-prepaid-keypair.yaml'), 'utf8'),
  json: fs.readFileSync(path.join(root, 'bench/fixtures/docs/seed-ex1-prepaid-keypair.json'), 'utf8'),
};

/** The typical request with `field` emptied, and the position right after `field: ` / `"field": "`. */
function emptied(format, field) {
  const text = typical[format];
  const pattern = format === 'yaml' ? new RegExp(`^(\\s*${field}: ).*$`, 'm') : new RegExp(`("${field}": ")[^"]*(")`);
  const match = pattern.exec(text);
  if (!match) throw new Error(`no ${field} in the ${format} request`);
  const changed =
    text.slice(0, match.index) +
    (format === 'yaml' ? match[1] : `${match[1]}"`) +
    text.slice(match.index + match[0].length);
  const offset = match.index + match[1].length;
  const before = changed.slice(0, offset).split('\n');
  return { text: changed, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** CPU time (user + system) a process has used, in ms (Linux; clock ticks of 10 ms): unlike wall time, not
 * stretched by other work on the machine. */
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);
function cpuMs(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Sum of VmRSS of a process, in MiB (Linux). */
function rssMiB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)[1]) / 1024;
}

class Server {
  constructor(label) {
    this.label = label;
    this.process = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    this.connection = rpc.createProtocolConnection(
      new rpc.StreamMessageReader(this.process.stdout),
      new rpc.StreamMessageWriter(this.process.stdin),
    );
    this.waiters = [];
    this.versions = new Map();
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      this.waiters = this.waiters.filter(
        (waiter) => !(waiter.uri === params.uri && params.version >= waiter.version && (waiter.resolve(), true)),
      );
    });
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.listen();
  }
  async start() {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: {
            completionItem: { snippetSupport: true },
            ...(ITEM_DEFAULTS.length > 0 ? { completionList: { itemDefaults: ITEM_DEFAULTS } } : {}),
          },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }
  diagnosticsOf(uri, version) {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }
  async open(uri, languageId, text) {
    this.versions.set(uri, 1);
    const published = this.diagnosticsOf(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
    await published;
  }
  /** One edit (the server name's last character) and the time until its diagnostics arrive. */
  async edit(uri, text, nameOffsetLine, character, replacement) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    const published = this.diagnosticsOf(uri, version);
    const started = now();
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [
        {
          range: {
            start: { line: nameOffsetLine, character },
            end: { line: nameOffsetLine, character: character + 1 },
          },
          text: replacement,
        },
      ],
    });
    await published;
    return now() - started;
  }
  async complete(uri, position) {
    const started = now();
    const list = await this.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position,
      context: { triggerKind: 1 },
    });
    const elapsed = now() - started;
    const count = (Array.isArray(list) ? list : (list?.items ?? [])).length;
    return { elapsed, count, bytes: Buffer.byteLength(JSON.stringify(list)) };
  }
  /** A cheap request: its answer comes after every message sent before it has been handled. */
  async barrier() {
    const started = now();
    await this.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: 'file:///bench/none.ecs.yaml' },
      position: { line: 0, character: 0 },
    });
    return now() - started;
  }
  async applySnapshot(payload) {
    const started = now();
    await this.connection.sendNotification('ecs/accountSnapshot', payload);
    await this.barrier();
    return now() - started;
  }
  get cpu() {
    return cpuMs(this.process.pid);
  }
  get rss() {
    return rssMiB(this.process.pid);
  }
  async stop() {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    this.connection.dispose();
  }
}

const without = new Server('without catalog');
const withCatalog = new Server('with catalog');
const servers = [without, withCatalog];
// A third server opens no document: what it measures is the apply alone. On B every apply also re-checks the open
// documents (the largest requests among them: diagnostics follow at once, OPEN_DELAY_MS is 0), before the barrier.
const applier = new Server('apply');
await Promise.all([...servers, applier].map((server) => server.start()));

// Documents: for each format, the largest request (edits) and one typical request per ID field (completion).
const FIELDS = ['imageRef', 'flavorRef'];
const targets = [];
for (const format of ['yaml', 'json']) {
  for (const field of FIELDS) {
    const { text, position } = emptied(format, field);
    targets.push({
      key: `${field} (${format.toUpperCase()})`,
      uri: `file:///bench/${field}.ecs.${format}`,
      format,
      text,
      position,
    });
  }
}
const largeDocs = ['yaml', 'json'].map((format) => {
  const text = large[format];
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /"?name"?\s*:\s*"?[A-Za-z]/.test(l));
  const lastChar = lines[line].replace(/",?\s*$/, '').length - 1;
  return {
    key: `largest request (${format.toUpperCase()})`,
    uri: `file:///bench/large.ecs.${format}`,
    format,
    text,
    line,
    character: lastChar,
  };
});
for (const server of servers) {
  for (const doc of [...targets, ...largeDocs]) await server.open(doc.uri, `ecs-${doc.format}`, doc.text);
}

// Applying the snapshot: the slim one the client sends (slimSnapshot: only what the server reads), next to the
// whole one it sent before. Once on B before the blocks (what a user sees), and measured in-process as well.
const FORMS = ['slim', 'whole'];
const payloads = { slim: { snapshot: slimSnapshot(snapshot), ...ACTIVE }, whole: { snapshot, ...ACTIVE } };
const messageTexts = Object.fromEntries(
  FORMS.map((form) => [
    form,
    JSON.stringify({ jsonrpc: '2.0', method: 'ecs/accountSnapshot', params: payloads[form] }),
  ]),
);
const messageBytes = Object.fromEntries(FORMS.map((form) => [form, Buffer.byteLength(messageTexts[form])]));
const applyOverStdio = { slim: [], whole: [] };
const applyWithDocuments = { slim: [], whole: [] };
const applyCpuTotal = { slim: 0, whole: 0 };
const baselineBarrier = [];
for (let i = 0; i < 10; i++) baselineBarrier.push(await withCatalog.barrier());
applyWithDocuments.slim.push(await withCatalog.applySnapshot(payloads.slim));
const parseAndRead = { slim: [], whole: [] };
const parseOnly = { slim: [], whole: [] };
const readOnly = { slim: [], whole: [] };
const projection = [];
for (let i = 0; i < 20; i++) {
  for (const form of FORMS) {
    const started = now();
    const message = JSON.parse(messageTexts[form]);
    const parsed = now();
    const read = readAccountNotification(message.params);
    const done = now();
    if (read.kind !== 'apply') throw new Error(`snapshot not applied: ${read.reason}`);
    parseAndRead[form].push(done - started);
    parseOnly[form].push(parsed - started);
    readOnly[form].push(done - parsed);
  }
  const started = now();
  slimSnapshot(snapshot);
  projection.push(now() - started);
}

// Warm both servers alike (JIT), then measure block by block, the servers taking turns.
for (const server of servers) {
  for (const target of targets) for (let i = 0; i < 10; i++) await server.complete(target.uri, target.position);
}
const completion = new Map(
  targets.map((t) => [
    t.key,
    { without: [], with: [], itemsWithout: 0, itemsWith: 0, bytesWithout: 0, bytesWith: 0, cpuWithout: 0, cpuWith: 0 },
  ]),
);
const edits = new Map(largeDocs.map((d) => [d.key, { without: [], with: [], cpuWithout: 0, cpuWith: 0 }]));
const cpuKey = (side) => (side === 'without' ? 'cpuWithout' : 'cpuWith');
let letter = 0;
const sideOf = (server) => (server === without ? 'without' : 'with');
for (let block = 0; block < blocks; block++) {
  const order = block % 2 ? [withCatalog, without] : [without, withCatalog];
  // Completion answers take a fraction of a millisecond: the two servers answer in turns, request by
  // request, so a hiccup of the shared machine falls on both sides of the ratio alike.
  for (const target of targets) {
    const samples = completion.get(target.key);
    const cpuBefore = order.map((server) => server.cpu);
    for (let i = 0; i < COMPLETIONS_PER_BLOCK; i++) {
      for (const server of i % 2 ? [...order].reverse() : order) {
        const side = sideOf(server);
        const { elapsed, count, bytes } = await server.complete(target.uri, target.position);
        samples[side].push(elapsed);
        samples[side === 'without' ? 'itemsWithout' : 'itemsWith'] = count;
        samples[side === 'without' ? 'bytesWithout' : 'bytesWith'] = bytes;
      }
    }
    order.forEach((server, at) => (samples[cpuKey(sideOf(server))] += server.cpu - cpuBefore[at]));
  }
  for (const server of order) {
    const side = sideOf(server);
    for (const doc of largeDocs) {
      const cpuBefore = server.cpu;
      for (let i = 0; i < EDITS_PER_BLOCK; i++) {
        const replacement = String.fromCharCode(97 + (letter++ % 26));
        edits.get(doc.key)[side].push(await server.edit(doc.uri, doc.text, doc.line, doc.character, replacement));
      }
      edits.get(doc.key)[cpuKey(side)] += server.cpu - cpuBefore;
    }
  }
}
const rss = { without: round(without.rss, 1), with: round(withCatalog.rss, 1) };
// Apply samples (the client re-sends the snapshot after each refresh), whole and slim in turns, slim last (what the
// server keeps): on B with its 6 documents re-checked, and on the server without documents (the apply alone). CPU
// includes reading the message (vscode-jsonrpc's JSON.parse) and one hover answer.
const APPLY_ROUNDS = 15;
for (let i = 0; i < 3; i++)
  applyWithDocuments[i % 2 ? 'whole' : 'slim'].push(
    await withCatalog.applySnapshot(payloads[i % 2 ? 'whole' : 'slim']),
  );
const applierBarrier = [];
for (let i = 0; i < 10; i++) applierBarrier.push(await applier.barrier());
const firstApply = await applier.applySnapshot(payloads.slim); // cold: the reader's first run
for (let i = 0; i < APPLY_ROUNDS; i++) {
  for (const form of ['whole', 'slim']) {
    const cpuBefore = applier.cpu;
    applyOverStdio[form].push(await applier.applySnapshot(payloads[form]));
    applyCpuTotal[form] += applier.cpu - cpuBefore;
  }
}
const applyCpu = { slim: applyCpuTotal.slim / APPLY_ROUNDS, whole: applyCpuTotal.whole / APPLY_ROUNDS };
await Promise.all([...servers, applier].map((server) => server.stop()));
fs.rmSync(work, { recursive: true, force: true });

// In-process: the service's own work for one completion, answer serialised as the server sends it
// (JSON.stringify), without the pipe and the scheduler of the shared machine in between.
const inProcess = new Map();
{
  const services = { without: createLanguageService(), with: createLanguageService() };
  const read = readAccountNotification({ snapshot, ...ACTIVE });
  services.with.setAccount(read.data);
  for (const target of targets) {
    const samples = { without: [], with: [], bytesWithout: 0, bytesWith: 0 };
    for (const side of ['without', 'with']) {
      const service = services[side];
      const document = TextDocument.create(target.uri, `ecs-${target.format}`, 1, target.text);
      const parsed = service.parse(document);
      const options = { itemDefaults: ITEM_DEFAULTS };
      for (let i = 0; i < 20; i++) JSON.stringify(service.complete(parsed, target.position, options)); // warm-up
      for (let i = 0; i < blocks * COMPLETIONS_PER_BLOCK; i++) {
        const started = now();
        const bytes = Buffer.byteLength(JSON.stringify(service.complete(parsed, target.position, options)));
        samples[side].push(now() - started);
        samples[side === 'without' ? 'bytesWithout' : 'bytesWith'] = bytes;
      }
    }
    inProcess.set(target.key, samples);
  }
}

// The report.
const s = (xs) => stats(xs);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mp = (st) => `${st.median} / ${st.p95}`;
const rows = [];
const verdict = (ok) => (ok ? 'met' : '**not met**');
for (const [key, samples] of completion) {
  const a = s(samples.without);
  const b = s(samples.with);
  const ratio = round(b.p95 / a.p95, 2);
  rows.push([
    `completion ${key}, ${samples.itemsWith} items, ${kib(samples.bytesWith)} (${samples.itemsWithout}, ${kib(samples.bytesWithout)} without)`,
    mp(a),
    mp(b),
    `${ratio}× p95`,
    `p95 ≤ 3 ms, ≤ 1.5×: ${verdict(b.p95 <= 3 && ratio <= 1.5)}`,
  ]);
}
const perCall = (total, n) => round(total / n, 3);
for (const [key, samples] of completion) {
  const n = samples.without.length;
  const a = perCall(samples.cpuWithout, n);
  const b = perCall(samples.cpuWith, n);
  rows.push([`server CPU per completion, ${key}`, `${a}`, `${b}`, `${round(b / a, 2)}×`, '']);
}
for (const [key, samples] of edits) {
  const n = samples.without.length;
  const a = perCall(samples.cpuWithout, n);
  const b = perCall(samples.cpuWith, n);
  rows.push([`server CPU per edit, ${key}`, `${a}`, `${b}`, `${round(b / a, 2)}×`, '']);
}
// In-process times are a few microseconds: 3 decimals, and the ratio of the unrounded medians.
const fine = (xs) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: round(at(0.5), 3), p95: round(at(0.95), 3), rawMedian: at(0.5), rawP95: at(0.95) };
};
for (const [key, samples] of inProcess) {
  const a = fine(samples.without);
  const b = fine(samples.with);
  rows.push([
    `completion ${key} in-process + JSON.stringify (${kib(samples.bytesWith)} vs ${kib(samples.bytesWithout)})`,
    mp(a),
    mp(b),
    `${round(b.rawMedian / a.rawMedian, 1)}× median, ${round(b.rawP95 / a.rawP95, 1)}× p95`,
    '',
  ]);
}
for (const [key, samples] of edits) {
  const a = s(samples.without);
  const b = s(samples.with);
  const ratio = round(b.median / a.median, 2);
  rows.push([`edit → diagnostics, ${key}`, mp(a), mp(b), `${ratio}× median`, `within 10 %: ${verdict(ratio <= 1.1)}`]);
}
const barrier = s(applierBarrier);
const applied = Object.fromEntries(
  FORMS.map((form) => [form, s(applyOverStdio[form].map((ms) => ms - barrier.median))]),
);
const kibOf = (form) => kib(messageBytes[form]);
rows.push([
  `apply the slim snapshot over stdio (${kibOf('slim')} message; write → applied, minus a ${barrier.median} ms round trip)`,
  '–',
  mp(applied.slim),
  `${round(applied.slim.median / applied.whole.median, 2)}× the whole one`,
  `≤ 20 ms: ${verdict(applied.slim.median <= 20)}`,
]);
rows.push([
  `apply the whole snapshot over stdio (${kibOf('whole')} message), as before`,
  '–',
  mp(applied.whole),
  '',
  '',
]);
rows.push([
  'apply the slim snapshot, first time (cold), same measure',
  '–',
  `${round(firstApply - barrier.median, 2)}`,
  '',
  '',
]);
const barrierB = s(baselineBarrier);
for (const form of FORMS) {
  rows.push([
    `apply ${form} on B, which then re-checks its 6 open documents (minus ${barrierB.median} ms)`,
    '–',
    mp(s(applyWithDocuments[form].map((ms) => ms - barrierB.median))),
    '',
    '',
  ]);
}
for (const form of FORMS) {
  rows.push([
    `apply ${form}: server CPU per snapshot (message parse + read + index)`,
    '–',
    `${round(applyCpu[form], 1)}`,
    '',
    '',
  ]);
}
for (const form of FORMS) {
  rows.push([`apply ${form} in-process: JSON.parse of the message + read`, '–', mp(s(parseAndRead[form])), '', '']);
}
for (const form of FORMS) {
  rows.push([`apply ${form} in-process: JSON.parse of the message only`, '–', mp(s(parseOnly[form])), '', '']);
}
rows.push(['apply slim in-process: read and index only', '–', mp(s(readOnly.slim)), '', '']);
rows.push(['client: slimSnapshot (before sending)', '–', mp(s(projection)), '', '']);
rows.push([
  'server RSS after the session (MiB)',
  `${rss.without}`,
  `${rss.with}`,
  `+${round(rss.with - rss.without, 1)} MiB`,
  `≤ +15 MiB: ${verdict(rss.with - rss.without <= 15)}`,
]);

const completionForm = ITEM_DEFAULTS.length > 0 ? 'with item defaults (as VS Code)' : 'full form (no item defaults)';
const header = `Account bench (issue 14, item 6), large world: ${snapshot.parts.images.items.length} images, ${snapshot.parts.flavors.items.length} flavors; ${blocks} blocks; completion answers ${completionForm}; times in ms, median / p95; node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`;
const table = [
  header,
  '',
  '| measure | without catalog | with catalog | ratio | goal |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
].join('\n');
process.stdout.write(table);
const out = path.join(root, 'bench/results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'account.md'), table);
fs.writeFileSync(
  path.join(out, 'account.json'),
  JSON.stringify(
    {
      completion: Object.fromEntries(completion),
      inProcess: Object.fromEntries(inProcess),
      edits: Object.fromEntries(edits),
      messageBytes,
      applyOverStdio,
      applyWithDocuments,
      firstApply,
      applyCpu,
      baselineBarrier,
      applierBarrier,
      parseAndRead,
      parseOnly,
      readOnly,
      projection,
      rss,
    },
    null,
    1,
  ),
);
