/**
 * Runs a script in a fresh Node.js process and reads back the JSON it writes to stdout: for
 * checks of V8 behaviour whose flags are process-wide (collections, optimisation state).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The absolute path of a module, as a JS string literal for a script's require(). */
export function requirePath(module: string, from: NodeJS.Require): string {
  return JSON.stringify(from.resolve(module));
}

/** Writes `script` to a file of its own in a temporary folder (a script to run, or a preload). */
export function scriptFile(script: string, name = 'script.js'): { readonly path: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-fresh-node-'));
  const path = join(dir, name);
  writeFileSync(path, script);
  return { path, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `script` once; each call of the result runs it with `nodeFlags` and `args`. */
export function freshNodeScript<T>(
  script: string,
  nodeFlags: readonly string[] = [],
): { run(...args: string[]): T; dispose(): void } {
  const file = scriptFile(script);
  return {
    run: (...args) =>
      JSON.parse(execFileSync(process.execPath, [...nodeFlags, file.path, ...args], { encoding: 'utf8' })) as T,
    dispose: () => file.dispose(),
  };
}
