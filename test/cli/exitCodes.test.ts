/**
 * The README's exit codes, for the causes no other CLI test covers: 1 for a job that failed
 * (submit --wait and job --wait), 4 for a cloud error that says the request was not carried out
 * (429 and Common.0024 on every attempt: nothing created, the journal does not offer the token
 * again) and for a dry run the service keeps failing. And the debug output of an internal error
 * (ECS_REQUEST_DEBUG) shows where, never the message (it may quote the request); an internal error
 * after the create was sent is exit 5 (servers may exist), not 4 (not carried out).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { main } from '../../cli/cli';
import type { CliIo } from '../../cli/io';
import { journalFile, SubmitJournal } from '../../cli/submitJournal';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { serversNamed as serversNamedAt } from '../support/emulatorRequests';
import { cleanEnv, FIXTURES, runCli } from './runCli';

let emulator: RunningEmulator;
let stateHome: string;

const serversNamed = (name: string) => serversNamedAt(emulator.endpoint, name);

function env(): NodeJS.ProcessEnv {
  return cleanEnv({ HUAWEICLOUD_SDK_AK: emulator.ak, HUAWEICLOUD_SDK_SK: emulator.sk, XDG_STATE_HOME: stateHome });
}

const target = () => ['--endpoint', emulator.endpoint, '--region', emulator.region, '--project-id', emulator.projectId];

function requestFile(name: string): string {
  const file = path.join(stateHome, `${name}.ecs.yaml`);
  fs.writeFileSync(file, fs.readFileSync(path.join(FIXTURES, 'good.ecs.yaml'), 'utf8').replace('cli-test-01', name));
  return file;
}

before(async () => {
  emulator = await startEmulator({ jobSpeed: 40 });
});
after(async () => {
  await emulator.close();
});
beforeEach(() => {
  stateHome = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-exit-codes-'));
  emulator.faults.clear();
});

describe('exit 1: the job failed', () => {
  it('submit --wait and job --wait both exit 1 with the reason', async () => {
    emulator.faults.inject({ kind: 'jobFailure', code: 'Ecs.0319' });
    const run = await runCli(['submit', requestFile('failing-job'), ...target(), '--yes', '--wait'], { env: env() });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /capacity/i);
    const jobId = /Submitted: job ([0-9a-f]+)/.exec(run.stdout)?.[1];
    assert.ok(jobId, run.stdout);
    const job = await runCli(['job', jobId, ...target(), '--wait'], { env: env() });
    assert.equal(job.code, 1, job.stderr);
  });
});

describe('exit 4: a cloud error that says nothing was carried out', () => {
  for (const fault of [
    { kind: 'throttle', retryAfterSeconds: 0, count: 100, on: 'create' },
    { kind: 'flowControl', count: 100, on: 'create' },
  ] as const) {
    it(`submit refused by ${fault.kind} every time: exit 4, nothing created, the token not offered again`, async () => {
      emulator.faults.inject(fault);
      const name = `refused-${fault.kind.toLowerCase()}`;
      const run = await runCli(['submit', requestFile(name), ...target(), '--yes', '--json'], { env: env() });
      assert.equal(run.code, 4, run.stderr);
      assert.match(run.stderr, /was not processed/);
      assert.doesNotMatch(run.stderr, /MAY exist/);
      assert.equal(await serversNamed(name), 0);
      const token = JSON.parse(run.stdout).clientToken as string;
      assert.equal(new SubmitJournal(journalFile(env())).byToken(token)?.outcome, 'rejected');
    });
  }

  it('a dry run the service answers with 503 every time: exit 4', async () => {
    emulator.faults.inject({ kind: 'serverError', status: 503, count: 100, on: 'create' });
    const run = await runCli(['dry-run', requestFile('dry-503'), ...target(), '--no-account-checks'], { env: env() });
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stderr, /Common\.1503/);
  });
});

/** main() in this process, with stdout that fails once on the line `failOn` matches. */
async function mainWithFailingStdout(argv: string[], failOn: RegExp, failure: () => Error) {
  const out: string[] = [];
  const err: string[] = [];
  let failed = false;
  const io: CliIo = {
    out: (line) => {
      if (!failed && failOn.test(line)) {
        failed = true;
        throw failure();
      }
      out.push(line);
    },
    err: (line) => void err.push(line),
    interactive: false,
    ask: () => Promise.resolve('n'),
    env: { ...env(), ECS_REQUEST_DEBUG: '1' },
    cwd: FIXTURES,
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** An error as Node's JSON reader throws it: its message quotes the text, here with a password. */
function jsonErrorQuoting(secret: string): Error {
  try {
    JSON.parse(secret);
  } catch (error) {
    return error as Error;
  }
  throw new Error('JSON.parse accepted the text');
}

describe('internal errors', () => {
  it('ECS_REQUEST_DEBUG prints the frames, not the message (it may quote a password)', async () => {
    const secret = 'Zq7@DebugSecret';
    const run = await mainWithFailingStdout(
      ['lint', '--format', 'json', path.join(FIXTURES, 'good.ecs.yaml')],
      /^\{/,
      () => jsonErrorQuoting(secret),
    );
    assert.equal(run.code, 4);
    assert.match(run.err, /internal error \(SyntaxError\)/);
    assert.match(run.err, /\n\s*at /, 'the frames are shown');
    assert.equal(run.err.includes(secret), false, `the debug output holds the password:\n${run.err}`);
  });

  it('an internal error after the create was sent is exit 5 with the token and the retry, not 4', async () => {
    const name = 'internal-after-send';
    const run = await mainWithFailingStdout(
      ['submit', requestFile(name), ...target(), '--yes'],
      /^Submitted: job/,
      () => new TypeError('stdout failed'),
    );
    assert.equal(run.code, 5, run.err);
    assert.match(run.err, /internal error \(TypeError\) after the request was sent/);
    assert.match(run.err, /servers MAY exist/);
    const token = /X-Client-Token: ([0-9a-f-]{36})/.exec(run.err)?.[1];
    assert.ok(token, run.err);
    assert.match(run.err, new RegExp(`--client-token ${token}`));
    assert.equal(await serversNamed(name), 2);
  });
});
