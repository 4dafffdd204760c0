/**
 * The README's exit codes for a submit whose outcome the CLI cannot know, beyond lost answers
 * (lostSubmit.test.ts): Ctrl+C or SIGTERM while the create is out is exit 130 (not a death by
 * signal) and says that servers MAY exist; a create ECS accepted whose job cannot be followed
 * is exit 5, never 4 ("a submit was not carried out"). In both, doing as told creates nothing twice.
 * The emulator runs as a child process (`ecs-request emulator`), so its delayed answers end with it.
 */
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, beforeEach, describe, it } from 'node:test';
import { controlJson, serversNamed as serversNamedAt } from '../support/emulatorRequests';
import { forwardRequest } from '../support/forwardRequest';
import { CLI_JS, cleanEnv, FIXTURES, runCli, type CliRun } from './runCli';

interface StartedEmulator {
  readonly endpoint: string;
  readonly ak: string;
  readonly sk: string;
  readonly projectId: string;
  readonly region: string;
}

let emulatorProcess: ChildProcess;
let emulator: StartedEmulator;
let stateHome: string;

const control = (method: string, route: string, body?: unknown) => controlJson(emulator.endpoint, method, route, body);
const serversNamed = (name: string) => serversNamedAt(emulator.endpoint, name);

function env(): NodeJS.ProcessEnv {
  return cleanEnv({ HUAWEICLOUD_SDK_AK: emulator.ak, HUAWEICLOUD_SDK_SK: emulator.sk, XDG_STATE_HOME: stateHome });
}

function requestFile(name: string): string {
  const file = path.join(stateHome, `${name}.ecs.yaml`);
  fs.writeFileSync(file, fs.readFileSync(path.join(FIXTURES, 'good.ecs.yaml'), 'utf8').replace('cli-test-01', name));
  return file;
}

function target(endpoint: string): string[] {
  return ['--endpoint-all', endpoint, '--region', emulator.region, '--project-id', emulator.projectId];
}

/** Resolves once the emulator has taken every injected fault (the held request has arrived). */
async function faultsTaken(): Promise<void> {
  while ((await control('GET', 'faults')).faults.length > 0);
}

/**
 * Runs the CLI and sends `signal` once stderr matches `when` and the emulator holds the request
 * (events, not timers).
 */
function runCliAndSignal(args: string[], when: RegExp, signal: NodeJS.Signals): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_JS, ...args], { env: env(), cwd: FIXTURES });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!sent && when.test(stderr)) {
        sent = true;
        faultsTaken().then(() => child.kill(signal), reject);
      }
    });
    child.on('error', reject);
    child.stdin.end('');
    child.on('close', (code, killedBy) =>
      resolve({ code: code ?? (killedBy ? (`killed by ${killedBy}` as unknown as number) : null), stdout, stderr }),
    );
  });
}

/** The retry command the CLI printed, as arguments. */
function printedRetry(run: CliRun): string[] {
  const line = run.stderr.split('\n').find((l) => l.trim().startsWith('ecs-request submit '));
  assert.ok(line, `no retry command printed:\n${run.stderr}`);
  return line.trim().split(/\s+/).slice(1);
}

before(async () => {
  emulatorProcess = spawn(process.execPath, [CLI_JS, 'emulator', '--json'], { env: cleanEnv() });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: emulatorProcess.stdout! }).once('line', resolve);
    emulatorProcess.once('exit', (code) => reject(new Error(`the emulator exited with ${code}`)));
  });
  emulator = JSON.parse(first) as StartedEmulator;
});
after(() => {
  if (emulatorProcess.exitCode === null && emulatorProcess.signalCode === null) emulatorProcess.kill('SIGKILL');
});
beforeEach(async () => {
  stateHome = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-submit-outcome-'));
  await control('DELETE', 'faults');
});

describe('a submit interrupted while the create is out', { concurrency: 1 }, () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal}: exit 130, "MAY exist" with the token; the same submit again reuses it, one set`, async () => {
      const name = `interrupted-${signal.toLowerCase()}`;
      const file = requestFile(name);
      // The create waits long in the emulator: the signal always comes while it is out.
      await control('POST', 'faults', { kind: 'latency', ms: 600_000, on: 'create', count: 1 });
      const stopped = await runCliAndSignal(
        ['submit', file, ...target(emulator.endpoint), '--yes'],
        /Sending with X-Client-Token/,
        signal,
      );
      assert.equal(stopped.code, 130, stopped.stderr);
      assert.match(stopped.stderr, /Submit interrupted while the request was out/);
      assert.match(stopped.stderr, /servers MAY exist/);
      const token = /X-Client-Token: ([0-9a-f-]{36})/.exec(stopped.stderr)?.[1];
      assert.ok(token, stopped.stderr);
      assert.match(printedRetry(stopped).join(' '), new RegExp(`--client-token ${token}$`));

      const again = await runCli(['submit', file, ...target(emulator.endpoint), '--yes', '--json'], { env: env() });
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stderr, new RegExp(`Reusing X-Client-Token ${token} from the submit journal`));
      assert.equal(JSON.parse(again.stdout).clientToken, token);
      assert.equal(await serversNamed(name), 2);
    });
  }
});

describe('a create ECS accepted whose job cannot be followed', () => {
  let proxy: http.Server;
  let proxyEndpoint: string;

  before(async () => {
    // Forwards everything to the emulator but refuses job queries, as a policy without job rights would.
    proxy = http.createServer((request, response) => {
      if (request.method === 'GET' && /\/jobs\//.test(request.url ?? '')) {
        request.resume();
        response.writeHead(403, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'Ecs.0110', message: 'Insufficient permission.' } }));
        return;
      }
      const { hostname, port } = new URL(emulator.endpoint);
      forwardRequest(request, response, { hostname, port, path: request.url ?? '/' });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyEndpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  after(async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  });

  it('submit --wait exits 5 (not 4) with the job and the token; the printed retry creates nothing twice', async () => {
    const name = 'unfollowed-job';
    const file = requestFile(name);
    const run = await runCli(['submit', file, ...target(proxyEndpoint), '--yes', '--wait'], { env: env() });
    assert.equal(run.code, 5, run.stderr);
    const jobId = /Submitted: job ([0-9a-f]+)/.exec(run.stdout)?.[1];
    assert.ok(jobId, run.stdout);
    assert.match(run.stderr, new RegExp(`ECS accepted the request \\(job ${jobId}\\).*servers MAY exist`));
    const token = /X-Client-Token: ([0-9a-f-]{36})/.exec(run.stderr)?.[1];
    assert.ok(token, run.stderr);
    assert.equal(await serversNamed(name), 2);

    const retry = await runCli(printedRetry(run), { env: env() });
    assert.equal(retry.code, 5, retry.stderr);
    assert.match(retry.stdout, new RegExp(`Submitted: job ${jobId}`), 'the retry did not get the first job back');
    assert.equal(await serversNamed(name), 2, 'the retry created a second set of servers');
  });
});

describe('ecs-request emulator while a delayed answer is pending', () => {
  it(
    'ends at once on SIGTERM (the held creates of the tests above do not keep it for 10 minutes)',
    { timeout: 30_000 },
    async () => {
      const exited = new Promise<number | null>((resolve) => emulatorProcess.once('exit', resolve));
      emulatorProcess.kill('SIGTERM');
      assert.equal(await exited, 0);
    },
  );
});
