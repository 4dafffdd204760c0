/**
 * Bad input to `ecs-request` (issue 12): special files, sizes, encodings, names, prototype-named
 * commands, control characters in credentials, endpoints that must not receive a signed request.
 * Every case gets a documented exit code and a message that says what to do; none hangs.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanEnv, FIXTURES, runCli } from './runCli';

let dir: string;
const file = (name: string) => path.join(dir, name);
const GOOD_JSON = fs.readFileSync(path.join(FIXTURES, 'good.ecs.json'), 'utf8');

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-cli-hardening-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const NO_INTERNAL = /internal error/;
/** Buffer as the Uint8Array fs.writeFileSync is typed to take. */
const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);

describe('request files that are not plain UTF-8 text files', { concurrency: 2 }, () => {
  it(
    'refuses a FIFO named *.ecs.json instead of waiting for a writer (exit 2)',
    { skip: process.platform === 'win32' },
    async () => {
      execFileSync('mkfifo', [file('pipe.ecs.json')]);
      const run = await runCli(['lint', file('pipe.ecs.json')]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /not a regular file/);
    },
  );

  it(
    'refuses /dev/zero behind a *.ecs.json name (exit 2), for lint and dry-run',
    { skip: process.platform === 'win32' },
    async () => {
      fs.symlinkSync('/dev/zero', file('zero.ecs.json'));
      const lint = await runCli(['lint', file('zero.ecs.json')]);
      assert.equal(lint.code, 2, lint.stderr);
      assert.match(lint.stderr, /not a regular file/);
      const dryRun = await runCli(['dry-run', file('zero.ecs.json'), '--emulator']);
      assert.equal(dryRun.code, 2, dryRun.stderr);
      assert.doesNotMatch(dryRun.stderr, /Dry run of/);
    },
  );

  it('reports an empty file as an error (exit 1) and sends nothing', async () => {
    fs.writeFileSync(file('empty.ecs.json'), '');
    fs.writeFileSync(file('blank.ecs.yaml'), '  \n# only a comment\n');
    const lint = await runCli(['lint', file('empty.ecs.json'), file('blank.ecs.yaml')]);
    assert.equal(lint.code, 1, lint.stderr);
    assert.match(lint.stdout, /empty\.ecs\.json:1:1 error empty-file .*holds no request/);
    assert.match(lint.stdout, /blank\.ecs\.yaml:1:1 error empty-file/);
    const dryRun = await runCli(['dry-run', file('empty.ecs.json'), '--emulator']);
    assert.equal(dryRun.code, 1);
    assert.doesNotMatch(dryRun.stderr, /Dry run of/);
  });

  it('refuses a 50 MB file without reading it, and dry-run never sends it (exit 2)', async () => {
    const big = file('big.ecs.json');
    fs.writeFileSync(big, '{"server":{"name":"x"}}');
    fs.truncateSync(big, 50 * 1024 * 1024);
    const lint = await runCli(['lint', big]);
    assert.equal(lint.code, 2, lint.stderr);
    assert.match(lint.stderr, /more than any request can hold .*2,000,000 characters/);
    const dryRun = await runCli(['dry-run', big, '--emulator', '--force']);
    assert.equal(dryRun.code, 2, dryRun.stderr);
    assert.doesNotMatch(dryRun.stderr, /Dry run of/);
  });

  it('refuses a file one character over the editor limit (2,000,000 characters)', async () => {
    const over = `{"server":{"name":"x","description":"${'a'.repeat(2_000_000)}"}}`;
    fs.writeFileSync(file('over.ecs.json'), over);
    const run = await runCli(['lint', file('over.ecs.json')]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /2,000,0\d\d characters, more than any request/);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    fs.writeFileSync(file('bom.ecs.json'), `\ufeff${GOOD_JSON}`);
    const run = await runCli(['lint', file('bom.ecs.json')]);
    assert.equal(run.code, 0, run.stderr + run.stdout);
  });

  it('refuses UTF-16 and UTF-32 with one hint to save as UTF-8, not hundreds of syntax errors', async () => {
    const le = u8(Buffer.from(GOOD_JSON, 'utf16le'));
    fs.writeFileSync(file('utf16.ecs.json'), new Uint8Array([0xff, 0xfe, ...le]));
    const be = u8(Buffer.from(GOOD_JSON, 'utf16le').swap16());
    fs.writeFileSync(file('utf16be.ecs.yaml'), new Uint8Array([0xfe, 0xff, ...be]));
    fs.writeFileSync(file('utf32.ecs.json'), new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]));
    fs.writeFileSync(file('nobom16.ecs.json'), le);
    const run = await runCli([
      'lint',
      file('utf16.ecs.json'),
      file('utf16be.ecs.yaml'),
      file('utf32.ecs.json'),
      file('nobom16.ecs.json'),
    ]);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stdout, '', 'no syntax errors are listed');
    assert.match(run.stderr, /utf16\.ecs\.json: the file is saved as UTF-16 LE.*save it as UTF-8/);
    assert.match(run.stderr, /utf16be\.ecs\.yaml: the file is saved as UTF-16 BE/);
    assert.match(run.stderr, /utf32\.ecs\.json: the file is saved as UTF-32 LE/);
    assert.match(run.stderr, /nobom16\.ecs\.json: the file holds a NUL byte .*UTF-16/);
  });

  it('refuses bytes that are not UTF-8 (Latin-1) instead of sending replacement characters', async () => {
    fs.writeFileSync(
      file('latin1.ecs.json'),
      u8(Buffer.from(GOOD_JSON.replace('"cli-test-json"', '"caf\u00e9"'), 'latin1')),
    );
    const run = await runCli(['lint', file('latin1.ecs.json')]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /not valid UTF-8/);
  });

  it('prints file names with terminal escapes and control characters escaped', async () => {
    const name = 'evil\u001b]0;owned\u0007\u001b[31m\r.ecs.json';
    fs.writeFileSync(file(name), '{"server": }');
    const run = await runCli(['lint', file(name)]);
    assert.equal(run.code, 1, run.stderr);
    for (const output of [run.stdout, run.stderr]) assert.doesNotMatch(output, /[\u001b\u0007\r]/);
    assert.match(run.stdout, /evil\\x1b\]0;owned\\x07\\x1b\[31m\\x0d\.ecs\.json:1:/);
    const missing = await runCli(['lint', '\u001b[2Jgone.ecs.yaml']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /\\x1b\[2Jgone\.ecs\.yaml: no such file/);
  });
});

describe('command names that are properties of every object', { concurrency: 2 }, () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`"ecs-request ${name}" and "help ${name}" are usage errors (exit 2)`, async () => {
      const run = await runCli([name]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /Unknown command/);
      assert.doesNotMatch(run.stderr, NO_INTERNAL);
      const help = await runCli(['help', name]);
      assert.equal(help.code, 2, help.stderr + help.stdout);
      assert.doesNotMatch(help.stdout + help.stderr, /native code|function/);
    });
  }

  it('"help submit" still prints the help of submit', async () => {
    const run = await runCli(['help', 'submit']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /--client-token/);
  });
});

const CREDENTIALS = {
  HUAWEICLOUD_SDK_AK: 'AKEXAMPLE0000000000',
  HUAWEICLOUD_SDK_SK: 'SKsecretEXAMPLE000000000000000000000000',
  HUAWEICLOUD_SDK_REGION: 'cn-north-4',
};
const env = (extra: Record<string, string> = {}) => cleanEnv({ ...CREDENTIALS, ...extra });
const dryRun = (args: string[], extra: Record<string, string> = {}) =>
  runCli(['dry-run', 'good.ecs.yaml', ...args], { env: env(extra) });

describe('credentials and project IDs with control characters', { concurrency: 2 }, () => {
  for (const name of ['HUAWEICLOUD_SDK_AK', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_SECURITY_TOKEN']) {
    it(`a line break inside ${name} is exit 3 naming the variable, not a network error`, async () => {
      const value =
        name === 'HUAWEICLOUD_SDK_SECURITY_TOKEN'
          ? 'tok\nen'
          : `${CREDENTIALS[name as keyof typeof CREDENTIALS] ?? 'x'}\nEXTRA`;
      const run = await dryRun(['--endpoint', 'https://127.0.0.1:9'], { [name]: value });
      assert.equal(run.code, 3, run.stderr);
      assert.match(run.stderr, new RegExp(`${name} contains a space, line break or other control character`));
      assert.doesNotMatch(run.stderr, /network|SKsecret/);
    });
  }

  it('a project ID that is not 32 hex characters is exit 3 and nothing is sent (no path traversal)', async () => {
    const run = await dryRun(['--endpoint', 'https://127.0.0.1:9'], { HUAWEICLOUD_SDK_PROJECT_ID: '../../v3/auth' });
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stderr, /HUAWEICLOUD_SDK_PROJECT_ID must be 32 hexadecimal characters/);
    const flag = await dryRun([
      '--endpoint',
      'https://127.0.0.1:9',
      '--project-id',
      '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5\n',
    ]);
    assert.equal(flag.code, 4, `a line break at the end is trimmed, so the call is tried: ${flag.stderr}`);
    const inside = await dryRun([
      '--endpoint',
      'https://127.0.0.1:9',
      '--project-id',
      '0b1c2d3e4f5a46b7\na8c9d0e1f2a3b4c5',
    ]);
    assert.equal(inside.code, 3);
    assert.match(inside.stderr, /--project-id must be 32 hexadecimal characters/);
  });

  it('a job ID with a slash or control character is a usage error (exit 2)', async () => {
    const run = await runCli(['job', '../../v3/auth', '--emulator']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /is not a job ID/);
  });
});

describe('endpoints that must not receive a signed request (exit 3, nothing sent)', { concurrency: 2 }, () => {
  it('refuses http:// to another computer; allows it for loopback hosts', async () => {
    const run = await dryRun(['--endpoint', 'http://ecs.example.com']);
    assert.equal(run.code, 3, run.stderr);
    assert.match(
      run.stderr,
      /--endpoint uses http:\/\/ for ecs\.example\.com\. Plain http is allowed only for this computer/,
    );
    const iam = await dryRun(['--iam-endpoint', 'http://10.0.0.1:8080']);
    assert.equal(iam.code, 3);
    assert.match(iam.stderr, /--iam-endpoint uses http:\/\//);
    for (const loopback of ['http://127.3.4.5:9', 'http://localhost:9']) {
      const ok = await dryRun(['--endpoint', loopback]);
      assert.equal(ok.code, 4, `${loopback} should be tried (and not answer): ${ok.stderr}`);
    }
  });

  it('refuses user:pass@ without echoing it', async () => {
    const run = await dryRun(['--endpoint', 'https://admin:hunter2secret@ecs.example.com']);
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stderr, /user name or password/);
    assert.doesNotMatch(run.stderr + run.stdout, /hunter2secret|admin:/);
  });

  it('refuses ? and # instead of silently dropping what follows', async () => {
    for (const endpoint of [
      'https://ecs.example.com/v1?x=1',
      'https://ecs.example.com/#frag',
      'https://ecs.example.com?',
    ]) {
      const run = await dryRun(['--endpoint', endpoint]);
      assert.equal(run.code, 3, `${endpoint}: ${run.stderr}`);
      assert.match(run.stderr, /contains "\?" or "#"/);
    }
  });

  it('refuses an invalid --client-token (exit 2) before anything is read or sent', async () => {
    const run = await runCli(['submit', 'good.ecs.yaml', '--emulator', '--yes', '--client-token', 'NOT-A-UUID']);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--client-token must be a lower-case UUID/);
  });
});
