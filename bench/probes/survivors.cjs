// Preload for the server under the benchmark: samples the allocations that survive young
// collections (promoted or still alive at exit), to find what keeps objects alive too long.
//   node bench/lspbench.mjs ... --server "node -r ./bench/probes/survivors.cjs dist/server.js --stdio"
// Output: $SURVIVORS_OUT (default survivors.heapprofile), readable by Chrome DevTools (Memory tab).
'use strict';
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');

const session = new Session();
session.connect();
session.post('HeapProfiler.enable');
session.post('HeapProfiler.startSampling', {
  samplingInterval: 2048,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: false,
});
process.on('exit', () => {
  // The in-process inspector session answers synchronously, so this runs before the exit.
  session.post('HeapProfiler.stopSampling', (error, result) => {
    if (!error) writeFileSync(process.env.SURVIVORS_OUT || 'survivors.heapprofile', JSON.stringify(result.profile));
  });
});
