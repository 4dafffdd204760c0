/**
 * The confirmation prompt of `submit`, on a real pseudo-terminal (util-linux `script` gives the
 * CLI a TTY as stdin). Skipped where `script` is missing.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { CLI_JS, cleanEnv, FIXTURES } from './runCli';

const hasScript = spawnSync('script', ['--version']).status === 0;
const DEADLINE_MS = 60_000;

/** Runs `submit` on a terminal, answers the prompt once it appears, and returns exit code and output. */
function submitOnTerminal(answer: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const command = `${process.execPath} ${CLI_JS} submit good.ecs.yaml --emulator`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: FIXTURES, env: cleanEnv() });
    let output = '';
    let answered = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no end within ${DEADLINE_MS} ms; output: ${output}`));
    }, DEADLINE_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!answered && output.includes('[y/N]')) {
        answered = true;
        child.stdin.write(`${answer}\n`);
      }
    });
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe(
  'submit confirmation on a terminal',
  { skip: hasScript ? false : 'util-linux script is not installed' },
  () => {
    it('shows the summary and creates nothing when the answer is no (exit 130)', async () => {
      const { code, output } = await submitOnTerminal('n');
      for (const field of ['Region:', 'Project:', 'Servers:', 'Flavor:', 'Image:', 'Disks:', 'Billing:'])
        assert.ok(output.includes(field), `${field} in ${output}`);
      // The fixture sets isAutoRename: true, so both servers keep the name (the CLI once said they were numbered).
      assert.match(output, /2 servers, all named "cli-test-01"/);
      assert.match(output, /s6\.small\.1/);
      assert.match(output, /pay-per-use/);
      assert.match(output, /Nothing was created/);
      assert.equal(code, 130);
    });

    it('submits when the answer is yes', async () => {
      const { code, output } = await submitOnTerminal('y');
      assert.match(output, /Submitted: job [0-9a-f]+/);
      assert.equal(code, 0);
    });
  },
);
