// Measures a full account-catalog fetch from the emulator with the large world (issue 14, goal ≤ 2 s).
// Usage: npx tsc -p tsconfig.json && node bench/catalog-fetch.mjs [runs]   (default 10 runs after 1 warm-up)
// Prints min / median / p95 / max in ms and the requests and bytes of one snapshot.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { startEmulator } = require(path.join(root, 'out/emulator/index.js'));
const { EcsClient } = require(path.join(root, 'out/cloud/ecsClient.js'));
const { emulatorClientOptions } = require(path.join(root, 'out/cloud/emulatorTarget.js'));
const { fetchAccountSnapshot } = require(path.join(root, 'out/cloud/catalog/index.js'));

const runs = Number(process.argv[2] ?? 10);
const emulator = await startEmulator({ world: 'large' });
const client = new EcsClient(emulatorClientOptions(emulator));
const times = [];
let requests = 0;
let bytes = 0;
for (let i = 0; i <= runs; i++) {
  let n = 0;
  const started = process.hrtime.bigint();
  const snapshot = await fetchAccountSnapshot({ profile: 'Local emulator', client }, { onRequest: () => n++ });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (Object.values(snapshot.parts).some((p) => p.state !== 'known')) throw new Error('a list was unknown');
  if (i > 0) times.push(ms); // the first run warms up the JIT and the connections
  requests = n;
  bytes = JSON.stringify(snapshot).length;
}
await client.close();
await emulator.close();
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
const f = (ms) => `${ms.toFixed(0)} ms`;
console.log(
  `catalog fetch, large world, ${runs} runs: min ${f(times[0])}, median ${f(at(0.5))}, p95 ${f(at(0.95))}, ` +
    `max ${f(times[times.length - 1])}; ${requests} requests, ${(bytes / 1024).toFixed(0)} KiB snapshot (goal ≤ 2000 ms)`,
);
