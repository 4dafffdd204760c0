// Bundles the extension host entry, the language server and the CLI with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch] [--outdir=DIR] [--metafile=FILE]
// (--outdir and --metafile let a test build elsewhere and see what each bundle holds).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outdir = path.resolve(root, option('outdir') ?? 'dist');
const metafileOut = option('metafile');

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

/**
 * The extension host is one process shared by every extension, and activation waits for our main
 * file to load. So dist/extension.js holds only what activation needs; these modules are bundles of
 * their own, loaded on first use: a dynamic `import()` of one from another extension bundle becomes
 * `require('./<its file>')` of the sibling bundle (the extension host runs CommonJS, so separate
 * entries rather than ES module chunks). A static import of one is a build error.
 */
const loadedOnFirstUse = [
  // vscode-languageclient: loaded when the first request file is open.
  { source: 'client/languageClient.ts', outfile: 'dist/languageClient.js' },
  // Dry-run, submit, job tracking, profile commands; the cloud core and undici.
  { source: 'client/cloudFeatures.ts', outfile: 'dist/cloud.js' },
  // The local emulator's starter, used with the first request sent to the "Local emulator" profile:
  // it runs the emulator (dist/emulatorThread.js, below) on a worker thread of the extension host.
  { source: 'emulator/thread.ts', outfile: 'dist/emulator.js' },
];

/** Turns dynamic imports of the modules above into requires of their bundles (see there). */
function siblingBundles(ownSource) {
  const bundleOf = new Map(loadedOnFirstUse.map((b) => [path.join(root, b.source), `./${path.basename(b.outfile)}`]));
  return {
    name: 'sibling-bundles',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === 'sibling-bundles') return undefined;
        const { kind, resolveDir, importer } = args;
        const resolved = await build.resolve(args.path, { kind, resolveDir, importer, pluginData: 'sibling-bundles' });
        const sibling = bundleOf.get(resolved.path);
        if (resolved.errors.length) return { errors: resolved.errors };
        if (!sibling || resolved.path === path.join(root, ownSource)) {
          const { path: file, namespace, external, sideEffects, suffix } = resolved;
          return { path: file, namespace, external, sideEffects, suffix };
        }
        if (args.kind !== 'dynamic-import') {
          const text =
            `${path.relative(root, resolved.path)} is loaded on first use: ` +
            'import it with `await import()`, not statically (scripts/build.mjs, loadedOnFirstUse)';
          return { errors: [{ text }] };
        }
        return { path: sibling, external: true };
      });
    },
  };
}

const entries = [
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], extensionHost: true },
  ...loadedOnFirstUse.map((b) => ({
    entryPoints: [b.source],
    outfile: b.outfile,
    external: ['vscode'],
    extensionHost: true,
  })),
  // The server is started on every editor session and by the benchmark: always minified, since
  // parsing less code is start-up time saved (the source map still points at the sources).
  {
    entryPoints: ['server/server.ts'],
    outfile: 'dist/server.js',
    minify: true,
    treeShaking: true,
    serverBundle: true,
  },
  // The yaml package on its own, which the server bundle loads with the first YAML document.
  { entryPoints: [require.resolve('yaml')], outfile: 'dist/server-yaml.js', minify: true },
  { entryPoints: ['cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The emulator itself, run by dist/emulator.js on a worker thread (a file, not a module import).
  { entryPoints: ['emulator/threadMain.ts'], outfile: 'dist/emulatorThread.js' },
];

/** The validator ajv generates from our schema (git-ignored; `schemas/` stays the only source). */
const generatedValidator = path.join(root, 'server/service/validation/generated/requestValidator.js');
/** The request schema: the one source the validator is generated from and then points into. */
const requestSchemaFile = path.join(root, 'schemas/ecs-create-servers.v1.1.schema.json');

/**
 * Writes the request validator as standalone code: the bundles then neither load ajv's compiler
 * nor compile the schema at run time (about 14 MiB of resident memory and the compile time).
 */
async function generateRequestValidator() {
  const Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const { _ } = require('ajv/dist/compile/codegen');
  const schema = JSON.parse(fs.readFileSync(requestSchemaFile, 'utf8'));
  const options = JSON.parse(fs.readFileSync(path.join(root, 'server/service/validation/ajvOptions.json'), 'utf8'));
  // Format checks that are functions cannot be written out: the generated code requires them.
  const ajv = new Ajv({
    ...options,
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  addFormats(ajv);
  const code = referenceSchemaInsteadOfCopies(
    await linearErrorAppends(standaloneCode(ajv, ajv.compile(schema))),
    schema,
  );
  const header = '// Generated by scripts/build.mjs from schemas/ecs-create-servers.v1.1.schema.json; do not edit.';
  const text = `${header}\n${code}\n`;
  // Rewritten only when it changed, so that a build run by a test never shows another test a half-written file.
  if (fs.existsSync(generatedValidator) && fs.readFileSync(generatedValidator, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(generatedValidator), { recursive: true });
  fs.writeFileSync(generatedValidator, text);
}

/** The generated code with errors appended in place (server/service/validation/linearErrorAppends.ts). */
async function linearErrorAppends(code) {
  const source = fs.readFileSync(path.join(root, 'server/service/validation/linearErrorAppends.ts'), 'utf8');
  const { code: compiled } = await esbuild.transform(source, { loader: 'ts', format: 'cjs' });
  const module = { exports: {} };
  new Function('module', 'exports', compiled)(module, module.exports);
  if (module.exports.countErrorConcats(code) === 0)
    throw new Error('generated validator: no error concat found to rewrite');
  return module.exports.appendErrorsInPlace(code);
}

/**
 * ajv writes every (sub)schema its errors point at (`verbose`) as an object literal: about 95 KB,
 * mostly a second copy of the schema the bundle already holds. Each literal is replaced by a path
 * into the imported schema, so V8 compiles and keeps one copy (less memory at load), and an error's
 * `parentSchema` is the very object the rest of the service reads.
 */
function referenceSchemaInsteadOfCopies(code, schema) {
  const pointers = new Map();
  (function walk(node, access) {
    if (node === null || typeof node !== 'object') return;
    const key = JSON.stringify(node);
    if (!pointers.has(key)) pointers.set(key, access);
    for (const [name, child] of Object.entries(node))
      walk(child, `${access}[${JSON.stringify(Array.isArray(node) ? Number(name) : name)}]`);
  })(schema, 'requestSchema');
  let out = '';
  let from = 0;
  const declaration = /const (schema\d+) = /g;
  for (let match; (match = declaration.exec(code));) {
    const start = match.index + match[0].length;
    const end = endOfJsonValue(code, start);
    const access = pointers.get(JSON.stringify(JSON.parse(code.slice(start, end))));
    if (!access) throw new Error(`generated validator: ${match[1]} is not a part of the request schema`);
    out += `${code.slice(from, start)}${access}`;
    from = end;
    declaration.lastIndex = end;
  }
  const schemaImport = path.relative(path.dirname(generatedValidator), requestSchemaFile).split(path.sep).join('/');
  return (
    out.replace('"use strict";', `"use strict";const requestSchema = require(${JSON.stringify(schemaImport)});`) +
    code.slice(from)
  );
}

/** The end offset of the JSON object or array that starts at `start` in `text`. */
function endOfJsonValue(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
  }
  throw new Error('generated validator: unterminated schema literal');
}

/**
 * Bundles get the generated validator in place of compileValidator.ts (the run-time compile), and
 * the generated code gets our faster string length in place of ajv's (same results; see there).
 */
const precompiledValidator = {
  name: 'precompiled-validator',
  setup(build) {
    build.onResolve({ filter: /^ajv\/dist\/runtime\/ucs2length$/ }, (args) =>
      args.importer === generatedValidator
        ? { path: path.join(root, 'server/service/validation/stringLength.ts') }
        : undefined,
    );
    build.onResolve({ filter: /[\\/]compileValidator$/ }, () => ({
      path: 'compileValidator',
      namespace: 'precompiled',
    }));
    build.onLoad({ filter: /.*/, namespace: 'precompiled' }, () => ({
      contents: `export function compileRequestValidator() { return require(${JSON.stringify(generatedValidator)}); }`,
      resolveDir: path.dirname(generatedValidator),
      loader: 'js',
    }));
  },
};

/**
 * The server bundle loads the yaml package (dist/server-yaml.js) when it first needs it: with
 * the first YAML document, or a YAML completion. A session that edits only JSON requests then
 * neither holds the package's 110 KB of code in memory nor runs its start-up code. Imports of
 * `yaml` get a module with the same export names, each a getter that loads the package.
 */
const yamlOnFirstUse = {
  name: 'yaml-on-first-use',
  setup(build) {
    const exportNames = Object.keys(require('yaml'));
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'yaml-on-first-use' }));
    build.onResolve({ filter: /^\.\/server-yaml\.js$/ }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-on-first-use' }, () => ({
      contents: [
        'let yaml;',
        // The bundle is dist/server.js, so the path is relative to dist/.
        "const load = () => (yaml ??= require('./server-yaml.js'));",
        `for (const name of ${JSON.stringify(exportNames)}) {`,
        '  Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });',
        '}',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

await generateRequestValidator();
common.plugins = [precompiledValidator];

// Bundles a former build made and this one does not (dist/server-bundle.js before the launcher went)
// would otherwise stay in dist/ and be packaged into the VSIX.
const bundleNames = new Set(entries.map((e) => path.basename(e.outfile)));
for (const name of fs.existsSync(outdir) ? fs.readdirSync(outdir) : []) {
  const bundle = name.replace(/\.map$/, '');
  if (bundle.endsWith('.js') && !bundleNames.has(bundle)) fs.rmSync(path.join(outdir, name));
}

function pluginsOf({ serverBundle, extensionHost, entryPoints }) {
  if (serverBundle) return [...common.plugins, yamlOnFirstUse];
  if (extensionHost) return [...common.plugins, siblingBundles(entryPoints[0])];
  return common.plugins;
}

const contexts = await Promise.all(
  entries.map(({ serverBundle, extensionHost, ...e }) =>
    esbuild.context({
      ...common,
      // `import()` of a sibling bundle as `require()`: the extension host loads CommonJS modules.
      ...(extensionHost ? { supported: { 'dynamic-import': false } } : {}),
      ...e,
      outfile: path.join(outdir, path.basename(e.outfile)),
      metafile: Boolean(metafileOut),
      plugins: pluginsOf({ serverBundle, extensionHost, entryPoints: e.entryPoints }),
    }),
  ),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (metafileOut) {
    const outputs = Object.assign({}, ...results.map((r) => r.metafile.outputs));
    fs.writeFileSync(path.resolve(metafileOut), JSON.stringify({ outputs }));
  }
}
