const fs = require('fs'); const f = fs.readdirSync(process.argv[2])[0];
const p = JSON.parse(fs.readFileSync(process.argv[2] + '/' + f));
const self = new Map(); const dt = p.timeDeltas; const idx = new Map(p.nodes.map((n, i) => [n.id, n]));
const cnt = new Map(); for (const s of p.samples) cnt.set(s, (cnt.get(s) || 0) + 1);
for (const n of p.nodes) { const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (cnt.get(n.id) || 0)); }
const tot = p.samples.length; console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(100 * v / tot).toFixed(1)}% ${k}`).join('\n'));
