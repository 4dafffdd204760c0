/** The large emulator world's account snapshot, as `ecs-request catalog --save` writes it, for LSP tests. */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CLI_JS = path.resolve(__dirname, '../../../dist/cli.js');

export function fetchLargeWorld<T = Record<string, unknown>>(): Promise<T> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-large-')), 'snapshot.json');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI_JS, 'catalog', '--emulator', '--world', 'large', '--save', file], (error) => {
      if (error) return reject(error);
      resolve(JSON.parse(fs.readFileSync(file, 'utf8')) as T);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    });
  });
}
