import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: ['server/server.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module','main'], write: false, metafile: true, outfile: 'scratch-h10/s.js' });
const ins = r.metafile.outputs['scratch-h10/s.js'].inputs;
const byPkg = {};
for (const [k, v] of Object.entries(ins)) { const m = k.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const p = m ? m[1] : k.split('/').slice(0,3).join('/'); byPkg[p] = (byPkg[p]||0) + v.bytesInOutput; }
console.log(Object.entries(byPkg).sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1024).toFixed(0)}K ${k}`).join('\n'));
