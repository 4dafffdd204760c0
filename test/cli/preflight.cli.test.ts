/**
 * Account checks on the command line (issue 14, item 4): `ecs-request lint --account` and the
 * account step of `ecs-request dry-run`, as a user runs them (child processes) against the emulator
 * over HTTP: in-process (--emulator) and a standalone one in this test process (--endpoint-all),
 * whose list permissions and credentials the tests change to make the fetch fail.
 */
import { strict as assert } from 'node:assert';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ACCOUNT_LIST_PERMISSIONS, startEmulator, type RunningEmulator } from '../../emulator';
import { cleanEnv, runCli } from './runCli';

const SOLD_OUT_LINE = /^sold-out\.ecs\.yaml:6:14 warning ECS-R46 Flavor c7\.large\.2 is sold out in cn-north-4b\./m;

describe('ecs-request lint --account (in-process emulator)', () => {
  it('adds the account findings to the local ones, as file:line:col lines, and exits 0 on warnings', async () => {
    const run = await runCli(['lint', '--account', '--emulator', 'sold-out.ecs.yaml', 'good.ecs.yaml']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, SOLD_OUT_LINE);
    assert.match(run.stdout, /\(profile Local emulator \/ cn-north-4, data from less than a minute ago\)$/m);
    assert.match(
      run.stderr,
      /Account data of profile Local emulator, region cn-north-4 from local emulator \(http:[^)]+\): every list read\./,
    );
    assert.match(run.stderr, /2 files checked: 0 errors, 1 other problem \(1 from the account checks\)\./);
  });

  it('without --account, lint stays local: the sold-out flavor is not reported and nothing is fetched', async () => {
    const run = await runCli(['lint', 'sold-out.ecs.yaml']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.doesNotMatch(run.stderr, /account/i);
  });

  it('--json keeps the local diagnostics apart from the account ones and says where the data came from', async () => {
    const run = await runCli(['lint', '--account', '--emulator', '--json', 'sold-out.ecs.yaml', 'rejected.ecs.yaml']);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.deepEqual(
      out.files.map((f: any) => [f.file, f.diagnostics.length, f.accountDiagnostics.map((d: any) => d.code)]),
      [
        ['sold-out.ecs.yaml', 0, ['ECS-R46']],
        ['rejected.ecs.yaml', 0, ['ECS-UNKNOWN-IMAGE']],
      ],
    );
    assert.deepEqual(
      { line: out.files[0].accountDiagnostics[0].line, column: out.files[0].accountDiagnostics[0].column },
      { line: 6, column: 14 },
    );
    assert.equal(out.files[0].accountDiagnostics[0].severity, 'warning');
    assert.equal(out.warningCount, 2);
    assert.equal(out.errorCount, 0);
    assert.equal(out.account.state, 'checked');
    assert.equal(out.account.profile, 'Local emulator');
    assert.equal(out.account.region, 'cn-north-4');
    assert.deepEqual(out.account.unknownLists, []);
    assert.ok(!Number.isNaN(Date.parse(out.account.fetchedAt)));
  });

  it('local errors still exit 1 with --account, and target options without --account are a usage error', async () => {
    const bad = await runCli(['lint', '--account', '--emulator', 'bad.ecs.yaml']);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stdout, /^bad\.ecs\.yaml:\d+:\d+ error /m);
    const stray = await runCli(['lint', '--emulator', 'good.ecs.yaml']);
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /go with --account/);
  });

  it('without credentials: the local results, then why the account was not checked; exit 3', async () => {
    const run = await runCli(['lint', '--account', '--region', 'cn-north-4', 'good.ecs.yaml', 'bad.ecs.yaml']);
    assert.match(run.stdout, /^bad\.ecs\.yaml:\d+:\d+ error /m, 'the local results are not hidden');
    assert.equal(run.code, 1, 'local errors come first');
    const clean = await runCli(['lint', '--account', '--region', 'cn-north-4', 'good.ecs.yaml']);
    assert.equal(clean.code, 3, clean.stderr);
    assert.match(clean.stderr, /^Account checks not run: .*HUAWEICLOUD_SDK_AK/m);
    assert.match(clean.stderr, /\(account not checked\)\.$/m);
  });
});

describe('ecs-request dry-run: the pre-flight (in-process emulator)', () => {
  it('runs the account checks between the local checks and the dry run, and sums up in one line', async () => {
    const run = await runCli(['dry-run', '--emulator', 'sold-out.ecs.yaml']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, SOLD_OUT_LINE);
    assert.match(run.stdout, /^Dry run passed \(HTTP 202\)/);
    const lines = run.stderr.trim().split('\n');
    assert.ok(
      lines.findIndex((l) => /ECS-R46/.test(l)) < lines.findIndex((l) => /^Dry run of /.test(l)),
      'account findings come before the dry run',
    );
    assert.match(
      lines[lines.length - 1],
      /^Pre-flight: local checks passed · account: 1 warning · dry-run passed against local emulator \(http:[^)]+\)$/,
    );
  });

  it('--no-account-checks skips the snapshot', async () => {
    const run = await runCli(['dry-run', '--emulator', '--no-account-checks', 'sold-out.ecs.yaml']);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /ECS-R46|Account data/);
    assert.match(run.stderr, /Pre-flight: local checks passed · account checks skipped · dry-run passed against/);
    const json = await runCli(['dry-run', '--emulator', '--no-account-checks', '--json', 'sold-out.ecs.yaml']);
    assert.deepEqual(JSON.parse(json.stdout).account, { state: 'skipped' });
  });

  it('--json carries the account part next to the dry-run verdict', async () => {
    const run = await runCli(['dry-run', '--emulator', '--json', 'sold-out.ecs.yaml']);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.ok, true);
    assert.equal(out.status, 202);
    assert.equal(out.account.state, 'checked');
    assert.deepEqual(
      out.account.diagnostics.map((d: any) => [d.line, d.column, d.severity, d.code]),
      [[6, 14, 'warning', 'ECS-R46']],
    );
  });
});

describe('ecs-request dry-run: fixes of a refusal from the error catalog', () => {
  it('prints the fix under the refused field, and in --json', async () => {
    const run = await runCli(['dry-run', '--emulator', '--force', 'terminate.ecs.yaml']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /^terminate\.ecs\.yaml:\d+:\d+ error Ecs\.0084 .*\n {2}fix: Remove auto_terminate_time: the server is not/m,
    );
    const json = await runCli(['dry-run', '--emulator', '--force', '--json', 'terminate.ecs.yaml']);
    const out = JSON.parse(json.stdout);
    assert.deepEqual(out.fields[0].fixes, [
      {
        title: 'Remove auto_terminate_time: the server is not deleted at a set time',
        path: ['server', 'auto_terminate_time'],
        remove: true,
      },
    ]);
  });
});

describe('account data that cannot be read (standalone emulator over HTTP)', () => {
  let emulator: RunningEmulator;

  async function control(method: string, route: string, body?: unknown): Promise<void> {
    const response = await fetch(`${emulator.endpoint}/_emulator/${route}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.ok(response.ok, `${method} ${route}: HTTP ${response.status}`);
    await response.arrayBuffer();
  }

  const target = () => [
    '--endpoint-all',
    emulator.endpoint,
    '--region',
    emulator.region,
    '--project-id',
    emulator.projectId,
  ];
  const env = (sk = emulator.sk) => cleanEnv({ HUAWEICLOUD_SDK_AK: emulator.ak, HUAWEICLOUD_SDK_SK: sk });

  before(async () => {
    emulator = await startEmulator({ jobSpeed: 40 });
  });
  after(async () => {
    await emulator.close();
  });
  beforeEach(async () => {
    await control('PUT', 'permissions', { deny: [] });
  });

  it('reads the same account through --endpoint-all as through --emulator', async () => {
    const run = await runCli(['lint', '--account', ...target(), 'sold-out.ecs.yaml'], { env: env() });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, SOLD_OUT_LINE);
  });

  it('a list answered 403 is unknown: its checks are skipped (never "not found") and the output names it', async () => {
    await control('PUT', 'permissions', { deny: ['ims:images:list'] });
    const run = await runCli(['lint', '--account', ...target(), 'rejected.ecs.yaml', 'sold-out.ecs.yaml'], {
      env: env(),
    });
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stdout, /ECS-UNKNOWN-IMAGE/, 'an unreadable image list must not make an image "unknown"');
    assert.match(run.stdout, SOLD_OUT_LINE, 'the other checks still run');
    assert.match(run.stderr, /1 list unknown \(images\), so the checks that need it were skipped\. First reason: /);
    const json = await runCli(['lint', '--account', '--json', ...target(), 'rejected.ecs.yaml'], { env: env() });
    const out = JSON.parse(json.stdout);
    assert.deepEqual(
      out.account.unknownLists.map((l: any) => l.kind),
      ['images'],
    );
    assert.match(out.account.unknownLists[0].reason, /\S/);
  });

  it('every list answered 403: lint prints the local results, "not checked" in one line, exit 3', async () => {
    await control('PUT', 'permissions', { deny: ACCOUNT_LIST_PERMISSIONS });
    const run = await runCli(['lint', '--account', ...target(), 'sold-out.ecs.yaml', 'good.ecs.yaml'], { env: env() });
    assert.equal(run.code, 3, run.stderr);
    assert.equal(run.stdout, '');
    const notRun = run.stderr.split('\n').filter((l) => /^Account checks not run/.test(l));
    assert.equal(notRun.length, 1, run.stderr);
    assert.match(run.stderr, /2 files checked: 0 errors, 0 other problems \(account not checked\)\./);
    const json = await runCli(['lint', '--account', '--json', ...target(), 'good.ecs.yaml'], { env: env() });
    assert.equal(json.code, 3);
    assert.equal(JSON.parse(json.stdout).account.state, 'not-checked');
    assert.match(JSON.parse(json.stdout).account.reason, /\S/);
  });

  it("every list answered 403: the dry run still runs, and its exit code is the dry run's", async () => {
    await control('PUT', 'permissions', { deny: ACCOUNT_LIST_PERMISSIONS });
    const run = await runCli(['dry-run', ...target(), 'sold-out.ecs.yaml'], { env: env() });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Dry run passed/);
    assert.match(run.stderr, /^Account checks not run: /m);
    assert.match(run.stderr, /Pre-flight: local checks passed · account not checked · dry-run passed against /);
    const json = await runCli(['dry-run', '--json', ...target(), 'sold-out.ecs.yaml'], { env: env() });
    const out = JSON.parse(json.stdout);
    assert.equal(out.ok, true);
    assert.equal(out.account.state, 'not-checked');
  });

  it('wrong secret key (401 everywhere): lint exits 3 after the local results; dry-run is refused', async () => {
    const wrong = 'x'.repeat(emulator.sk.length);
    const lint = await runCli(['lint', '--account', ...target(), 'good.ecs.yaml'], { env: env(wrong) });
    assert.equal(lint.code, 3, lint.stderr);
    assert.match(lint.stderr, /^Account checks not run: /m);
    const dryRun = await runCli(['dry-run', ...target(), 'good.ecs.yaml'], { env: env(wrong) });
    assert.equal(dryRun.code, 3, dryRun.stderr);
    assert.match(
      dryRun.stderr,
      /Pre-flight: local checks passed · account not checked · dry-run refused \(APIGW\.0301\)/,
    );
  });

  it('nothing listening (offline): lint says so and exits 4', async () => {
    const closed = await startEmulator();
    const endpoint = closed.endpoint;
    await closed.close();
    const run = await runCli(
      [
        'lint',
        '--account',
        '--endpoint-all',
        endpoint,
        '--region',
        'cn-north-4',
        '--project-id',
        emulator.projectId,
        'good.ecs.yaml',
      ],
      { env: env() },
    );
    assert.equal(run.code, 4, run.stderr);
    assert.match(run.stderr, /^Account checks not run: /m);
  });
});
