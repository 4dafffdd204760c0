/** Runs `node dist/cli.js` as a child process (stdin is a pipe, i.e. not a terminal). */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const CLI_JS = path.resolve(__dirname, '../../../dist/cli.js');
export const FIXTURES = path.resolve(__dirname, '../../../test/cli/fixtures');
const DEADLINE_MS = 60_000;

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment without any cloud credentials or secrets of the machine running the tests. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(HUAWEICLOUD_|ECS_SECRET_)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_JS, ...args], { env: options.env ?? cleanEnv(), cwd: FIXTURES });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`ecs-request ${args.join(' ')} did not finish within ${DEADLINE_MS} ms; stderr: ${stderr}`));
    }, DEADLINE_MS);
    child.on('error', reject);
    // A command that exits before reading stdin closes the pipe; that is not a failure of the test.
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
