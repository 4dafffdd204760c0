/**
 * Never two sets of servers for one intent (issue 12): when every answer to a create is lost after
 * the emulator committed it (5xx after commit, or a connection reset after commit, on every retry),
 * `submit` says that servers MAY exist, prints the X-Client-Token and the exact command to retry,
 * lists the servers it finds by name, and exits 5. Doing as told creates nothing twice.
 * The emulator runs in this test process; the CLI talks to it over a real socket.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { controlJson, serversNamed as serversNamedAt } from '../support/emulatorRequests';
import { cleanEnv, FIXTURES, runCli, type CliRun } from './runCli';

const ADMIN_PASS = 'Ab3$lostSubmitPass';
let emulator: RunningEmulator;
let stateHome: string;

const control = (method: string, route: string, body?: unknown) => controlJson(emulator.endpoint, method, route, body);
const serversNamed = (name: string) => serversNamedAt(emulator.endpoint, name);

function env(): NodeJS.ProcessEnv {
  return cleanEnv({
    HUAWEICLOUD_SDK_AK: emulator.ak,
    HUAWEICLOUD_SDK_SK: emulator.sk,
    XDG_STATE_HOME: stateHome,
    ECS_SECRET_ADMIN_PASS: ADMIN_PASS,
  });
}

function target(): string[] {
  return ['--endpoint', emulator.endpoint, '--region', emulator.region, '--project-id', emulator.projectId];
}

/** The retry command the CLI printed, as arguments (it quotes nothing here: every argument is plain). */
function printedRetry(run: CliRun): string[] {
  const line = run.stderr.split('\n').find((l) => l.trim().startsWith('ecs-request submit '));
  assert.ok(line, `no retry command printed:\n${run.stderr}`);
  assert.doesNotMatch(line, /'/);
  return line.trim().split(/\s+/).slice(1);
}

before(async () => {
  emulator = await startEmulator({ jobSpeed: 40 });
});
after(async () => {
  await emulator.close();
});
beforeEach(async () => {
  stateHome = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-lost-submit-'));
  await control('DELETE', 'faults');
});

describe('a submit whose answers are all lost after the commit', () => {
  for (const fault of [
    { kind: 'serverError', status: 503, afterCommit: true, count: 100, on: 'create' },
    { kind: 'resetAfterCommit', count: 100 },
  ]) {
    it(`${fault.kind}: exit 5, "MAY exist", the token and the retry command, which creates nothing twice`, async () => {
      const fixture = path.join(stateHome, `lost-${fault.kind}.ecs.yaml`);
      const name = `lost-${fault.kind.toLowerCase()}`;
      fs.writeFileSync(
        fixture,
        fs.readFileSync(path.join(FIXTURES, 'good.ecs.yaml'), 'utf8').replace('cli-test-01', name),
      );
      await control('POST', 'faults', fault);
      const lost = await runCli(['submit', fixture, ...target(), '--yes', '--json'], { env: env() });
      assert.equal(lost.code, 5, lost.stderr);
      const result = JSON.parse(lost.stdout);
      assert.equal(result.outcome, 'unknown');
      assert.match(result.clientToken, /^[0-9a-f-]{36}$/);
      assert.match(lost.stderr, /servers MAY exist/);
      assert.match(lost.stderr, new RegExp(`X-Client-Token: ${result.clientToken}`));
      assert.match(result.retryCommand, new RegExp(`--client-token ${result.clientToken}$`));
      // The check by name finds what the lost create made (2 servers, isAutoRename keeps the name).
      assert.equal(result.serversFound.length, 2, lost.stderr);
      assert.match(lost.stderr, /Checked: 2 servers named/);
      assert.equal(await serversNamed(name), 2);

      // The faults stay on: the retry also loses its answers, and still creates nothing new.
      const retryArgs = printedRetry(lost);
      const again = await runCli(retryArgs, { env: env() });
      assert.equal(again.code, 5, again.stderr);
      assert.equal(JSON.parse(again.stdout).clientToken, result.clientToken);
      assert.equal(await serversNamed(name), 2, 'a retry under the same faults created servers again');

      // Once answers get through, the retry as printed gets the first result: still two servers.
      await control('DELETE', 'faults');
      const retried = await runCli(retryArgs, { env: env() });
      assert.equal(retried.code, 0, retried.stderr);
      const done = JSON.parse(retried.stdout);
      assert.equal(done.clientToken, result.clientToken);
      assert.equal(done.serverIds.length, 2);
      assert.equal(await serversNamed(name), 2, 'the retry created a second set of servers');
    });
  }

  it('reuses the journal token for the same file, body and target, and keeps no secret in the journal', async () => {
    const fixture = path.join(stateHome, 'journal.ecs.yaml');
    const name = 'lost-journal';
    fs.writeFileSync(
      fixture,
      fs.readFileSync(path.join(FIXTURES, 'secret.ecs.yaml'), 'utf8').replace('cli-test-secret', name),
    );
    await control('POST', 'faults', { kind: 'serverError', status: 500, afterCommit: true, count: 100, on: 'create' });
    const lost = await runCli(['submit', fixture, ...target(), '--yes'], { env: env() });
    assert.equal(lost.code, 5, lost.stderr);
    const token = /X-Client-Token: ([0-9a-f-]{36})/.exec(lost.stderr)?.[1];
    assert.ok(token);
    assert.equal(await serversNamed(name), 1);

    const journal = path.join(stateHome, 'ecs-request-tools', 'submit-journal.json');
    const text = fs.readFileSync(journal, 'utf8');
    if (process.platform !== 'win32') assert.equal(fs.statSync(journal).mode & 0o777, 0o600);
    assert.doesNotMatch(text, new RegExp(ADMIN_PASS.replace(/\$/g, '\\$')));
    assert.doesNotMatch(text, new RegExp(emulator.sk));
    const [entry] = JSON.parse(text);
    assert.deepEqual([entry.clientToken, entry.outcome, entry.requestedName], [token, 'unknown', name]);

    // "Try again" without the token: the journal supplies it, and says so.
    await control('DELETE', 'faults');
    const again = await runCli(['submit', fixture, ...target(), '--yes', '--json'], { env: env() });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`Reusing X-Client-Token ${token} from the submit journal`));
    assert.equal(JSON.parse(again.stdout).clientToken, token);
    assert.equal(await serversNamed(name), 1, 'the second submit created the server again');

    // Accepted now: a further submit of the same file is a new intent with a new token.
    const third = await runCli(['submit', fixture, ...target(), '--yes', '--json'], { env: env() });
    assert.equal(third.code, 0, third.stderr);
    assert.notEqual(JSON.parse(third.stdout).clientToken, token);
    assert.equal(await serversNamed(name), 2);
  });

  it('a changed body is a new intent: the journal token is not reused', async () => {
    const fixture = path.join(stateHome, 'changed.ecs.yaml');
    const name = 'lost-changed';
    fs.writeFileSync(
      fixture,
      fs.readFileSync(path.join(FIXTURES, 'good.ecs.yaml'), 'utf8').replace('cli-test-01', name),
    );
    await control('POST', 'faults', { kind: 'resetAfterCommit', count: 100 });
    const lost = await runCli(['submit', fixture, ...target(), '--yes'], { env: env() });
    assert.equal(lost.code, 5, lost.stderr);
    await control('DELETE', 'faults');
    fs.writeFileSync(fixture, fs.readFileSync(fixture, 'utf8').replace('size: 40', 'size: 50'));
    const changed = await runCli(['submit', fixture, ...target(), '--yes'], { env: env() });
    assert.equal(changed.code, 0, changed.stderr);
    assert.doesNotMatch(changed.stderr, /Reusing X-Client-Token/);
  });
});
