/**
 * The extension host is one process shared by every extension: dist/extension.js must load
 * quickly and hold only what activation needs. The language client, the cloud side (with undici)
 * and the emulator are bundles of their own, loaded on first use (scripts/build.mjs,
 * `loadedOnFirstUse`). Checked on a production build made into a temporary folder.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');
/** The budget of issue 13 for the production dist/extension.js. */
const EXTENSION_BUNDLE_BUDGET = 250 * 1024;
/** The code that must not load with activation. */
const LOADED_ON_FIRST_USE = [
  /node_modules\/undici\//,
  /node_modules\/vscode-languageclient\//,
  /node_modules\/vscode-jsonrpc\//,
  /node_modules\/yaml\//,
  /^emulator\//,
  /^cloud\/(httpClient|ecsClient|prepare)\.ts$/,
];

interface Metafile {
  outputs: Record<
    string,
    {
      bytes: number;
      inputs: Record<string, unknown>;
      imports: { path: string; external?: boolean }[];
    }
  >;
}

describe('the extension bundles of a production build', () => {
  let dir: string;
  let meta: Metafile;
  const output = (name: string) => {
    const key = Object.keys(meta.outputs).find((k) => k.endsWith(`/${name}`));
    assert.ok(key, `${name} was not built`);
    return meta.outputs[key];
  };
  /** The sibling bundles `name` requires (`./cloud.js` ...). */
  const siblingsOf = (name: string) => [
    ...new Set(
      output(name)
        .imports.filter((i) => i.external && i.path.startsWith('./'))
        .map((i) => i.path),
    ),
  ];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-bundles-'));
    const args = ['scripts/build.mjs', '--production', `--outdir=${dir}`, `--metafile=${join(dir, 'meta.json')}`];
    execFileSync(process.execPath, args, { cwd: repo, stdio: 'pipe' });
    meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test(`dist/extension.js is at most ${EXTENSION_BUNDLE_BUDGET / 1024} KB`, () => {
    const size = statSync(join(dir, 'extension.js')).size;
    assert.ok(size <= EXTENSION_BUNDLE_BUDGET, `dist/extension.js is ${Math.round(size / 1024)} KB`);
  });

  test('dist/extension.js holds no language client, undici, yaml, emulator or HTTP side of the cloud core', () => {
    const inputs = Object.keys(output('extension.js').inputs).map((input) =>
      input.replace(/^.*node_modules\//, 'node_modules/'),
    );
    const heavy = inputs.filter((input) => LOADED_ON_FIRST_USE.some((pattern) => pattern.test(input)));
    assert.deepEqual(heavy, []);
  });

  test('the language client, the cloud side and the emulator are bundles loaded by extension.js and cloud.js', () => {
    assert.deepEqual(siblingsOf('extension.js').sort(), ['./cloud.js', './languageClient.js']);
    assert.deepEqual(siblingsOf('cloud.js'), ['./emulator.js']);
    const cloudInputs = Object.keys(output('cloud.js').inputs);
    assert.ok(
      cloudInputs.some((input) => /node_modules\/undici\//.test(input)),
      'undici is not in dist/cloud.js',
    );
  });

  test('the VSIX carries every bundle the extension loads (.vscodeignore)', () => {
    const allowed = readFileSync(join(repo, '.vscodeignore'), 'utf8').split('\n');
    // emulatorThread.js is no import: dist/emulator.js runs it on a worker thread.
    const loaded = ['extension.js', ...siblingsOf('extension.js'), ...siblingsOf('cloud.js'), 'emulatorThread.js'];
    for (const name of loaded.map((p) => p.replace(/^\.\//, ''))) {
      assert.ok(allowed.includes(`!dist/${name}`), `.vscodeignore leaves out dist/${name}`);
    }
  });
});
