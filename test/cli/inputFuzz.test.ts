/**
 * A bounded, seeded fuzz run of the CLI's inputs (issue 12): mutated request files (byte flips,
 * truncation, duplicated slices, byte order marks, NUL and control bytes, deep nesting, huge
 * lines), special files (FIFO, device, directory, dangling link), hostile file names, and
 * argument soup (prototype names, bad endpoints, stray options). Every run must end with a
 * documented exit code, without an internal error or a stack trace, without a raw control
 * character on the terminal, and without a secret in its output.
 *
 * Seed and size: ECS_CLI_FUZZ_SEED (default 12), ECS_CLI_FUZZ_RUNS (default 36).
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanEnv, FIXTURES, runCli } from './runCli';

const SEED = Number(process.env.ECS_CLI_FUZZ_SEED ?? 12);
const RUNS = Number(process.env.ECS_CLI_FUZZ_RUNS ?? 36);
const DOCUMENTED_EXIT_CODES = new Set([0, 1, 2, 3, 4, 5, 130]);
const SECRETS = {
  HUAWEICLOUD_SDK_AK: 'FUZZAKEXAMPLE0000001',
  HUAWEICLOUD_SDK_SK: 'FuzzSecretKeyMustNeverBePrinted000000001',
  HUAWEICLOUD_SDK_SECURITY_TOKEN: 'FuzzSecurityTokenNeverPrinted',
  ECS_SECRET_ADMIN_PASS: 'FuzzAdminPass$9x',
};

/** mulberry32: small, seedable, good enough to pick mutations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir: string;
let random: () => number;
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];

const SEEDS = ['good.ecs.json', 'good.ecs.yaml', 'bad.ecs.yaml', 'secret.ecs.yaml', 'rejected.ecs.yaml'].map(
  (name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) as Uint8Array }),
);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
const text = (s: string) => new TextEncoder().encode(s);

const MUTATIONS: readonly ((b: Uint8Array) => Uint8Array)[] = [
  (b) => {
    const c = b.slice();
    for (let i = 0; i < 1 + int(8); i++) c[int(c.length)] = int(256);
    return c;
  },
  (b) => b.slice(0, int(b.length)),
  (b) => {
    const from = int(b.length);
    const to = from + int(b.length - from);
    return concat(b.slice(0, to), b.slice(from, to), b.slice(to));
  },
  (b) =>
    concat(
      new Uint8Array(
        pick([
          [0xef, 0xbb, 0xbf],
          [0xff, 0xfe],
          [0xfe, 0xff],
          [0xff, 0xfe, 0, 0],
          [0, 0, 0xfe, 0xff],
        ]),
      ),
      b,
    ),
  (b) => {
    const at = int(b.length);
    return concat(b.slice(0, at), new Uint8Array([pick([0, 0x1b, 0x07, 0x0d, 0x7f, 0x85, 0x9b])]), b.slice(at));
  },
  (b) => {
    const at = int(b.length);
    return concat(b.slice(0, at), text('\u001b]0;title\u0007\u001b[2J'), b.slice(at));
  },
  () => text(`${'['.repeat(1 + int(3000))}${']'.repeat(int(3000))}`),
  () => text(`${'- '.repeat(1 + int(2000))}x`),
  () => text(`{"server":{"name":"${'a'.repeat(int(300_000))}"}}`),
  () => text(`server:\n  count: 1${'0'.repeat(int(400))}\n`),
  () => new Uint8Array(0),
  () => text(' \n\t\n'),
  (b) => concat(b, new Uint8Array([0xc3, 0x28, 0xa0, 0xa1])),
  () =>
    text(
      'a: &a [x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b]\nserver: [*c,*c,*c,*c,*c,*c,*c,*c]\n',
    ),
  () => text('{"server": {"adminPass": "${secret:ADMIN_PASS}", "name": "\\ud800"}}'),
];

const NAME_PARTS = [
  'web',
  'a b',
  '\u001b[31m',
  '\u0007',
  '\r',
  '?',
  '#',
  '%00',
  'é',
  '\u202e',
  '-',
  '--json',
  '..',
  ' ',
];
const EXTENSIONS = ['.ecs.json', '.ecs.yaml', '.ecs.yml', '.json', '.txt', ''];

function fileName(): string {
  let name = '';
  for (let i = 0; i < 1 + int(4); i++) name += pick(NAME_PARTS);
  return `${name.replace(/^-+/, 'x')}${pick(EXTENSIONS)}`;
}

let counter = 0;
/** A request file with mutated contents, or a special file, under a hostile name. */
function makeFile(): string {
  const target = path.join(dir, `${counter++}-${fileName()}`);
  const kind = int(12);
  if (kind === 0 && process.platform !== 'win32') execFileSync('mkfifo', [target]);
  else if (kind === 1 && process.platform !== 'win32')
    fs.symlinkSync(pick(['/dev/zero', '/dev/null', '/dev/urandom']), target);
  else if (kind === 2) fs.mkdirSync(target);
  else if (kind === 3) fs.symlinkSync(path.join(dir, 'no-such-target'), target);
  else {
    const seed = pick(SEEDS).bytes;
    let bytes: Uint8Array = seed;
    for (let i = 0; i < 1 + int(3); i++) bytes = pick(MUTATIONS)(bytes);
    fs.writeFileSync(target, bytes);
  }
  return target;
}

const SOUP = [
  'lint',
  'dry-run',
  'submit',
  'job',
  'help',
  'constructor',
  '__proto__',
  'toString',
  'prototype',
  'hasOwnProperty',
  '--help',
  '-h',
  '--version',
  '',
  '--json',
  '--format',
  'xml',
  'json',
  '--force',
  '--yes',
  '--emulator',
  '--endpoint',
  'http://ecs.example.com',
  'https://user:FuzzSecretKeyMustNeverBePrinted000000001@ecs.example.com',
  'https://ecs.example.com/?a=1#b',
  'http://127.0.0.1:9',
  '--iam-endpoint',
  '--project-id',
  '../../v3/auth',
  '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
  '--region',
  'cn-north-4',
  'Beijing 4',
  '--client-token',
  'not-a-token',
  '46436810-d999-454c-bd85-e515fd258600',
  '\u001b[31mred',
  '--',
  '-',
  '--port',
  '99999',
];

/** Command lines: a command with a file, or a soup of words (never `emulator` alone: it serves until stopped). */
function commandLine(): string[] {
  const shape = int(4);
  if (shape === 0) return ['lint', ...Array.from({ length: 1 + int(3) }, makeFile)];
  if (shape === 1)
    return [pick(['dry-run', 'submit']), makeFile(), '--emulator', '--yes', ...(random() < 0.5 ? ['--json'] : [])];
  const words = Array.from({ length: 1 + int(6) }, () => (random() < 0.2 ? makeFile() : pick(SOUP)));
  return words[0] === 'emulator' ? words.slice(1) : words;
}

function environment(): NodeJS.ProcessEnv {
  // A refused proxy keeps any call to the real cloud on this computer, failing fast.
  return cleanEnv({
    ...SECRETS,
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    XDG_STATE_HOME: path.join(dir, 'state'),
  });
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-cli-fuzz-'));
  random = prng(SEED);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe(`CLI input fuzz (seed ${SEED}, ${RUNS} runs)`, () => {
  it('ends every run with a documented exit code, no internal error, no raw control character, no secret', async () => {
    const cases = Array.from({ length: RUNS }, commandLine);
    cases.push(
      ['emulator', '--port', '99999'],
      ['help', 'constructor'],
      ['submit', makeFile(), '--client-token', '\u001b[2J'],
    );
    const failures: string[] = [];
    const queue = [...cases];
    // Two at a time: the machine's cores are shared, and each run is a separate process.
    await Promise.all(
      [0, 1].map(async () => {
        for (let args = queue.shift(); args; args = queue.shift()) {
          const run = await runCli(args, { env: environment() });
          const output = run.stdout + run.stderr;
          const problems = [
            run.code === null || !DOCUMENTED_EXIT_CODES.has(run.code) ? `exit ${run.code}` : undefined,
            /internal error|\n\s+at .+:\d+:\d+\)?\n/.test(output) ? 'internal error or stack trace' : undefined,
            /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(output)
              ? 'raw control character in the output'
              : undefined,
            Object.values(SECRETS).some((secret) => output.includes(secret)) ? 'a secret in the output' : undefined,
          ].filter(Boolean);
          if (problems.length)
            failures.push(`${JSON.stringify(args)}: ${problems.join(', ')}\n${output.slice(0, 2000)}`);
        }
      }),
    );
    assert.deepEqual(failures, [], `reproduce with ECS_CLI_FUZZ_SEED=${SEED}`);
  });
});
