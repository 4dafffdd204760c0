/** Account snapshots of the emulator's worlds, as `ecs-request catalog --save` writes them, for LSP tests. */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_JS } from '../cli/runCli';

export { CLI_JS };

/** The snapshot of an in-process emulator seeded with `world`, fetched by the built CLI. */
export function fetchWorldSnapshot<T = Record<string, unknown>>(world: 'default' | 'large'): Promise<T> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), `ecs-${world}-`)), 'snapshot.json');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI_JS, 'catalog', '--emulator', '--world', world, '--save', file], (error) => {
      if (error) return reject(error);
      resolve(JSON.parse(fs.readFileSync(file, 'utf8')) as T);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    });
  });
}

export const fetchLargeWorld = <T = Record<string, unknown>>() => fetchWorldSnapshot<T>('large');
