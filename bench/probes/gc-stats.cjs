// Preload for the server under the benchmark: counts garbage collections and how much the old
// generation grows per young collection (≈ what gets promoted), written when the server exits.
//   node bench/lspbench.mjs ... --server "node -r ./bench/probes/gc-stats.cjs dist/server.js --stdio"
// Output: $GC_STATS_OUT (default gc-stats.txt in the working directory), one line per run.
'use strict';
const { PerformanceObserver, constants } = require('node:perf_hooks');
const { getHeapSpaceStatistics } = require('node:v8');
const { appendFileSync } = require('node:fs');

const OLD_SPACES = new Set(['old_space', 'large_object_space']);
const oldUsed = () =>
  getHeapSpaceStatistics()
    .filter((s) => OLD_SPACES.has(s.space_name))
    .reduce((sum, s) => sum + s.space_used_size, 0);
const stats = { minor: 0, minorMs: 0, major: 0, majorMs: 0, oldGrowth: [] };
let lastOld = oldUsed();

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const now = oldUsed();
    if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
      stats.minor++;
      stats.minorMs += entry.duration;
      stats.oldGrowth.push(now - lastOld);
    } else {
      stats.major++;
      stats.majorMs += entry.duration;
    }
    lastOld = now;
  }
}).observe({ entryTypes: ['gc'] });

process.on('exit', () => {
  const growth = stats.oldGrowth.length
    ? stats.oldGrowth.reduce((a, b) => a + b, 0) / stats.oldGrowth.length / 1024
    : 0;
  appendFileSync(
    process.env.GC_STATS_OUT || 'gc-stats.txt',
    `young ${stats.minor} (avg ${(stats.minorMs / (stats.minor || 1)).toFixed(2)} ms), full ${stats.major} (avg ${(stats.majorMs / (stats.major || 1)).toFixed(2)} ms), old generation growth per young collection ${growth.toFixed(0)} KB\n`,
  );
});
