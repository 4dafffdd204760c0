// The Local emulator with the large world, as the extension host sees it: how long seeding the
// world takes, and the longest time the calling thread is blocked while the emulator starts and
// the account catalog is fetched from it, with the emulator in-process and on a worker thread
// (emulator/thread.ts, as the extension runs it). Goal: no block over ~100 ms on the calling thread.
// Usage: npx tsc -p tsconfig.json && node bench/emulator-thread.mjs [runs]   (default 5 after 1 warm-up)
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (file) => path.join(root, 'out', file);
const { startEmulator } = require(out('emulator/index.js'));
const { startEmulatorThread } = require(out('emulator/thread.js'));
const { createLargeWorld } = require(out('emulator/worlds/large.js'));
const { EcsClient } = require(out('cloud/ecsClient.js'));
const { emulatorClientOptions } = require(out('cloud/emulatorTarget.js'));
const { fetchAccountSnapshot } = require(out('cloud/catalog/index.js'));

const runs = Number(process.argv[2] ?? 5);

/** The longest gap between ticks of a 1 ms timer, less the 1 ms: how long the thread did nothing else. */
function longestBlock() {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  return () => {
    clearInterval(timer);
    return longest;
  };
}

async function startAndFetch(start) {
  const stop = longestBlock();
  const started = performance.now();
  const emulator = await start();
  const client = new EcsClient(emulatorClientOptions(emulator));
  const snapshot = await fetchAccountSnapshot({ profile: 'Local emulator', client });
  const ms = performance.now() - started;
  const block = stop();
  if (Object.values(snapshot.parts).some((part) => part.state !== 'known')) throw new Error('a list was unknown');
  await client.close();
  await emulator.close();
  return { ms, block };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const f = (ms) => `${ms.toFixed(0)} ms`;

const seeding = [];
for (let i = 0; i <= runs; i++) {
  const started = performance.now();
  createLargeWorld();
  seeding.push(performance.now() - started);
}
const [cold, ...warm] = seeding;
console.log(
  `seeding the large world (createLargeWorld): first ${cold.toFixed(1)} ms, then median ` +
    `${warm.length ? median(warm).toFixed(1) : '?'} ms`,
);

const script = out('emulator/threadMain.js');
for (const [label, start] of [
  ['in-process', () => startEmulator({ world: 'large' })],
  ['worker thread', () => startEmulatorThread({ script, world: 'large' })],
]) {
  const results = [];
  for (let i = 0; i <= runs; i++) {
    const result = await startAndFetch(start);
    if (i > 0) results.push(result); // the first run warms up the JIT
  }
  console.log(
    `${label.padEnd(13)} start + full catalog fetch (large world), ${runs} runs: ` +
      `median ${f(median(results.map((r) => r.ms)))}; longest block of the calling thread: ` +
      `median ${f(median(results.map((r) => r.block)))}, max ${f(Math.max(...results.map((r) => r.block)))}`,
  );
}
