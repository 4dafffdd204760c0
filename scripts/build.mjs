// Bundles the extension host entry, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Prefer ES module entry points: jsonc-parser's default (UMD) build requires its files at run
  // time ("Cannot find module './impl/format'") once bundled.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server is started on every editor session and by the benchmark: always minified, since
  // parsing less code is start-up time saved (the source map still points at the sources).
  { entryPoints: ['server/server.ts'], outfile: 'dist/server.js', minify: true, treeShaking: true },
  { entryPoints: ['cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
