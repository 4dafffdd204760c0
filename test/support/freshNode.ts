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

/** Writes `script` once; each call of the result runs it with `nodeFlags` and `args`. */
export function freshNodeScript<T>(script: string, nodeFlags: readonly string[] = []): { run(...args: string[]): T; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-fresh-node-'));
  const file = join(dir, 'script.js');
  writeFileSync(file, script);
  return {
    run: (...args) => JSON.parse(execFileSync(process.execPath, [...nodeFlags, file, ...args], { encoding: 'utf8' })) as T,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
