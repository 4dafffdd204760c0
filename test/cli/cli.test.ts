/**
 * The `ecs-request` CLI as users and scripts run it: `node dist/cli.js` (build first: npm run build).
 * Cloud commands run against the in-process emulator (--emulator) or a spawned `emulator`.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { before, describe, it } from 'node:test';
import { signRequest } from '../../cloud/signing';
import { CLI_JS, cleanEnv, FIXTURES, runCli, type CliRun } from './runCli';

/** stdout as JSON, or a failure that shows what the command printed. */
function jsonOut(run: CliRun): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    assert.fail(`expected JSON on stdout (exit ${run.code}); stdout: ${run.stdout}\nstderr: ${run.stderr}`);
  }
}

before(() => {
  assert.ok(fs.existsSync(CLI_JS), `${CLI_JS} is missing: run npm run build first`);
});

describe('ecs-request usage', () => {
  it('prints help with the exit codes', async () => {
    const run = await runCli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Commands:/);
    assert.match(run.stdout, /130\s+interrupted/);
    assert.match(run.stdout, /ECS_SECRET_/);
  });

  it('prints help for one command', async () => {
    const run = await runCli(['submit', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Usage: ecs-request submit <file>/);
    assert.match(run.stdout, /--yes/);
  });

  it('rejects an unknown command, an unknown option and missing arguments with exit 2', async () => {
    const unknown = await runCli(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "frobnicate"/);
    const badOption = await runCli(['lint', '--colour', 'good.ecs.yaml']);
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /--colour/);
    const noFile = await runCli(['submit']);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /submit needs a request file/);
  });
});

describe('ecs-request lint', () => {
  it('passes clean files (exit 0, nothing on stdout)', async () => {
    const run = await runCli(['lint', 'good.ecs.yaml', 'good.ecs.json']);
    assert.equal(run.code, 0, run.stderr + run.stdout);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /2 files checked: 0 errors/);
  });

  it('reports problems as path:line:col severity code message and exits 1', async () => {
    const run = await runCli(['lint', 'bad.ecs.yaml']);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^bad\.ecs\.yaml:9:10 error ECS-R03 .*count/m);
  });

  it('prints one JSON document with --format json', async () => {
    const run = await runCli(['lint', '--format', 'json', 'bad.ecs.yaml', 'good.ecs.json']);
    assert.equal(run.code, 1);
    const report = jsonOut(run);
    assert.equal(report.files.length, 2);
    const problem = report.files[0].diagnostics.find((d: { code: string }) => d.code === 'ECS-R03');
    assert.deepEqual(
      { line: problem.line, column: problem.column, severity: problem.severity },
      { line: 9, column: 10, severity: 'error' },
    );
    assert.deepEqual(report.files[1].diagnostics, []);
    assert.ok(report.errorCount >= 1);
  });

  it('refuses a file that is not a request file (exit 2)', async () => {
    const run = await runCli(['lint', '../runCli.ts']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /runCli\.ts: not a request file/);
  });

  it('names a missing file and exits 2', async () => {
    const run = await runCli(['lint', 'no-such-file.ecs.yaml']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no-such-file\.ecs\.yaml: no such file/);
  });
});

// Each test runs its own CLI process (and in-process emulator), so two can run side by side.
describe('ecs-request against the cloud', { concurrency: 2 }, () => {
  it('names the missing credentials and region (exit 3)', async () => {
    const run = await runCli(['dry-run', 'good.ecs.yaml']);
    assert.equal(run.code, 3);
    assert.match(run.stderr, /HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK/);
    assert.match(run.stderr, /--region/);
    assert.match(run.stderr, /--emulator/);
  });

  it('stops on local lint errors before sending', async () => {
    const run = await runCli(['dry-run', 'bad.ecs.yaml', '--emulator']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /ECS-R03/);
    assert.match(run.stderr, /--force/);
  });

  it('dry-runs a good request against the emulator (exit 0)', async () => {
    const run = await runCli(['dry-run', 'good.ecs.yaml', '--emulator', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const result = jsonOut(run);
    assert.equal(result.ok, true);
    assert.equal(result.status, 202);
  });

  it('dry-runs against the emulator on this computer even when the environment names a proxy', async () => {
    // The proxy refuses every connection (port 9 is closed): a call sent through it would fail.
    const env = cleanEnv({ HTTPS_PROXY: 'http://127.0.0.1:9', HTTP_PROXY: 'http://127.0.0.1:9' });
    const run = await runCli(['dry-run', 'good.ecs.yaml', '--emulator', '--json'], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(jsonOut(run).ok, true);
  });

  it('reports a request the cloud rejects at creation (exit 1) with its error code; its dry run passes', async () => {
    // The image does not exist: an account problem, which a dry run (format only) does not see.
    const dry = await runCli(['dry-run', 'rejected.ecs.yaml', '--emulator', '--json']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(jsonOut(dry).ok, true);
    const run = await runCli(['submit', 'rejected.ecs.yaml', '--emulator', '--yes', '--json']);
    assert.equal(run.code, 1, run.stderr);
    const result = jsonOut(run);
    assert.equal(result.ok, false);
    assert.equal(result.error.code, 'Ecs.0031');
    assert.ok(result.error.message.length > 0);
  });

  it('reports a dry-run refusal of a value lint cannot see (a weak password from the environment)', async () => {
    const weak = 'weakpass';
    const env = cleanEnv({ ECS_SECRET_ADMIN_PASS: weak });
    const run = await runCli(['dry-run', 'secret.ecs.yaml', '--emulator', '--json'], { env });
    assert.equal(run.code, 1, run.stderr);
    const result = jsonOut(run);
    assert.equal(result.ok, false);
    assert.equal(result.dryRun, true);
    assert.equal(result.error.code, 'Ecs.0011');
    assert.ok(!run.stdout.includes(weak) && !run.stderr.includes(weak), 'the secret is never printed');
  });

  it('puts a dry-run refusal that names a field on its line and column, where the editor marks it', async () => {
    const env = cleanEnv({ ECS_SECRET_ADMIN_PASS: 'weakpass' });
    // The span the editor marks is the value of adminPass: find it in the fixture's text.
    const lines = fs.readFileSync(path.join(FIXTURES, 'secret.ecs.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.trimStart().startsWith('adminPass:')) + 1;
    const column = lines[line - 1].indexOf('${secret:ADMIN_PASS}') + 1;
    assert.ok(line > 0 && column > 0);
    const text = await runCli(['dry-run', 'secret.ecs.yaml', '--emulator'], { env });
    assert.equal(text.code, 1, text.stderr);
    assert.match(
      text.stderr,
      new RegExp(`^secret\\.ecs\\.yaml:${line}:${column} error Ecs\\.0011 server\\.adminPass`, 'm'),
    );
    const json = await runCli(['dry-run', 'secret.ecs.yaml', '--emulator', '--json'], { env });
    const [field] = jsonOut(json).fields;
    assert.deepEqual(
      [field.path, field.line, field.column, field.code],
      [['server', 'adminPass'], line, column, 'Ecs.0011'],
    );
    assert.equal(field.endColumn, column + '${secret:ADMIN_PASS}'.length);
    assert.ok(!text.stderr.includes('weakpass') && !json.stdout.includes('weakpass'), 'the secret is never printed');
  });

  it('submits, waits for the job and lists the servers', async () => {
    const run = await runCli(['submit', 'good.ecs.yaml', '--emulator', '--wait', '--yes', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const result = jsonOut(run);
    assert.match(result.jobId, /\S+/);
    assert.equal(result.job.status, 'SUCCESS');
    assert.equal(result.job.serverIds.length, 2);
    assert.match(run.stderr, /Waiting for job/, 'progress on stderr');
    // Job answers carry only IDs: the names come from the server list.
    for (const sub of result.job.subJobs) {
      assert.equal(sub.serverName, 'cli-test-01');
      assert.equal(sub.requestedName, 'cli-test-01', 'isAutoRename keeps the name without -0001');
    }
  });

  it('prints the final job line once and each server as "name (id)" (human output)', async () => {
    const run = await runCli(['submit', 'good.ecs.json', '--emulator', '--wait', '--yes']);
    assert.equal(run.code, 0, run.stderr);
    const finalLines = `${run.stdout}${run.stderr}`
      .split('\n')
      .filter((l) => /: SUCCESS \(\d+\/\d+ servers ready\)$/.test(l));
    assert.equal(finalLines.length, 1, `${run.stdout}${run.stderr}`);
    assert.match(run.stdout, /^ {2}cli-test-json \([0-9a-f-]{36}\) {2}SUCCESS$/m);
  });

  it('submits without waiting and says how to follow the job (human output)', async () => {
    const run = await runCli(['submit', 'good.ecs.json', '--emulator', '--yes']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Submitted: job [0-9a-f]+\.$/m);
    assert.match(run.stdout, /ecs-request job [0-9a-f]+ --wait/);
  });

  it('fills ${secret:NAME} from ECS_SECRET_NAME and names it when unset', async () => {
    const unset = await runCli(['dry-run', 'secret.ecs.yaml', '--emulator']);
    assert.equal(unset.code, 3);
    assert.match(unset.stderr, /ECS_SECRET_ADMIN_PASS/);
    const password = 'Cl1-Test_Passw0rd!';
    const set = await runCli(['dry-run', 'secret.ecs.yaml', '--emulator'], {
      env: cleanEnv({ ECS_SECRET_ADMIN_PASS: password }),
    });
    assert.equal(set.code, 0, set.stderr);
    assert.ok(!set.stdout.includes(password) && !set.stderr.includes(password), 'the secret is never printed');
  });

  it('refuses to submit without --yes when stdin is not a terminal', async () => {
    const run = await runCli(['submit', 'good.ecs.yaml', '--emulator']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--yes/);
  });

  it('reports an unknown job ID (exit 1)', async () => {
    const run = await runCli(['job', '0123456789abcdef0123456789abcdef', '--emulator']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /0123456789abcdef0123456789abcdef|job/i);
  });
});

describe('ecs-request emulator', () => {
  it('prints its address and credentials as JSON and answers a signed request', async () => {
    const child = spawn(process.execPath, [CLI_JS, 'emulator', '--json', '--port', '0'], {
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        const lines = readline.createInterface({ input: child.stdout });
        lines.once('line', resolve);
        child.once('exit', () => reject(new Error('emulator exited before printing its address')));
      });
      type Key = { ak: string; sk: string; securityToken?: string };
      const info = JSON.parse(firstLine) as Key & {
        endpoint: string;
        projectId: string;
        region: string;
        temporary: Key;
      };
      assert.match(info.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(info.ak && info.sk && info.projectId && info.region);
      assert.ok(
        info.temporary.ak && info.temporary.sk && info.temporary.securityToken,
        'a temporary key with its token',
      );

      const url = `${info.endpoint}/v1/${info.projectId}/cloudservers/flavors`;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      Object.assign(headers, signRequest({ method: 'GET', url, headers }, { ak: info.ak, sk: info.sk }));
      const signed = await fetch(url, { headers });
      assert.equal(signed.status, 200);
      const unsigned = await fetch(url);
      assert.equal(unsigned.status, 401, 'an unsigned request is refused');

      const viaTemporary: Record<string, string> = { 'Content-Type': 'application/json' };
      Object.assign(viaTemporary, signRequest({ method: 'GET', url, headers: viaTemporary }, info.temporary));
      assert.equal((await fetch(url, { headers: viaTemporary })).status, 200, 'the temporary key works with its token');
      const { ak, sk } = info.temporary;
      const tokenless: Record<string, string> = { 'Content-Type': 'application/json' };
      Object.assign(tokenless, signRequest({ method: 'GET', url, headers: tokenless }, { ak, sk }));
      assert.equal((await fetch(url, { headers: tokenless })).status, 401, 'and is refused without it');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, 'SIGTERM ends the emulator cleanly');
  });
});
