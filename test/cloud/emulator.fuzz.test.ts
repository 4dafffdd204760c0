/**
 * Seeded fuzzing of the emulator's HTTP front over raw TCP (issue 12): malformed request lines
 * and targets, headers, bodies, and fault values at the control API. For every case: the
 * emulator process lives on, every answer is a well-formed HTTP/1.1 answer with a documented
 * status and (for errors) a JSON error body, and comes within 1 s. Afterwards a normal signed
 * request still works and no internal error was logged.
 *
 * Fixed seed and size by default (about 1,100 cases). Longer runs:
 *   ECS_FUZZ_SEED=7 ECS_FUZZ_SCALE=20 node --test out/test/cloud/emulator.fuzz.test.js
 * A failure names the seed, family and case, and shows the request.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPath, validCreateBody } from '../support/emulatorRequests';
import { SeededRandom } from './support/prng';
import {
  exchange,
  plainRequestBytes,
  signedRequestBytes,
  startEmulatorProcess,
  type EmulatorProcess,
  type Exchange,
} from './support/emulatorProcess';

const SEED = Number(process.env.ECS_FUZZ_SEED ?? 12);
const SCALE = Number(process.env.ECS_FUZZ_SCALE ?? 1);
const ANSWER_LIMIT_MS = 1_000;

/** Statuses the emulator README documents, by when they may appear. */
const SUCCESS = new Set([200, 202, 204]);
const CLIENT_ERRORS = new Set([400, 401, 404, 408, 413, 414, 417, 494]);
/** Only while a fault is injected: throttling and the 5xx faults. */
const FAULT_STATUSES = new Set([429, 500, 502, 503, 504]);

/** A request as text for a failure message: escaped, shortened. */
function show(bytes: Buffer): string {
  const text = JSON.stringify(bytes.subarray(0, 400).toString('latin1'));
  return bytes.length > 400 ? `${text}… (${bytes.length} bytes)` : text;
}

interface CheckOptions {
  faultActive?: boolean;
  /** A request that is not even a start of one (empty, only line breaks) may get no answer. */
  mayGoUnanswered?: boolean;
  /** The first answer is to HEAD: no body, whatever the status. */
  head?: boolean;
}

function checkExchange(label: string, request: Buffer, result: Exchange, options: CheckOptions = {}): void {
  const where = `${label} (seed ${SEED}): ${show(request)}`;
  assert.equal(result.timedOut, false, `no answer within 5 s: ${where}`);
  assert.ok(result.answerMs < ANSWER_LIMIT_MS, `answered after ${result.answerMs} ms: ${where}`);
  if (!options.mayGoUnanswered) {
    assert.ok(result.answers.length >= 1, `no HTTP answer (${result.socketError ?? 'closed'}): ${where}`);
  }
  assert.equal(result.leftover.length, 0, `bytes that are not an HTTP answer: ${show(result.leftover)} for ${where}`);
  for (const [index, answer] of result.answers.entries()) {
    const status = answer.status;
    const byFault = options.faultActive === true && FAULT_STATUSES.has(status);
    const allowed = SUCCESS.has(status) || CLIENT_ERRORS.has(status) || byFault;
    assert.ok(allowed, `undocumented status ${answer.status} ${answer.body.toString().slice(0, 200)}: ${where}`);
    assert.match(answer.headers['x-request-id'] ?? '', /^[0-9a-f]{32}$/, `no X-Request-Id: ${where}`);
    if (answer.body.length === 0) {
      const bodiless = SUCCESS.has(answer.status) || (options.head === true && index === 0);
      assert.ok(bodiless, `error ${answer.status} without a body: ${where}`);
      continue;
    }
    assert.match(answer.headers['content-type'] ?? '', /^application\/json/, `not JSON: ${where}`);
    const json = JSON.parse(answer.body.toString('utf8'));
    const isError = answer.status >= 400 || json?.error !== undefined;
    if (!isError) continue;
    const gatewayShape = ['error_code', 'error_msg', 'request_id'].every((key) => typeof json[key] === 'string');
    const ecsShape = typeof json.error?.code === 'string' && typeof json.error?.message === 'string';
    const shown = answer.body.toString().slice(0, 200);
    assert.ok(gatewayShape || ecsShape, `error body in neither documented shape: ${shown} for ${where}`);
    if (status === 429) {
      assert.match(answer.headers['retry-after'] ?? '', /^[0-9]+$/, `429 without Retry-After: ${where}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Generators

const METHODS = [
  'GET',
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'PATCH',
  'get',
  'FOO',
  '',
  'G ET',
  'CONNECT',
  'TRACE',
];
const VERSIONS = [
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/1.2',
  'HTTP/2.0',
  'HTTP/1',
  'http/1.1',
  '',
  'HTTP/1.1 x',
];
const TARGET_TOKENS = [
  '[',
  ']',
  '%',
  '%zz',
  '%ff',
  '%c3%28',
  '%00',
  '%2F',
  '%252F',
  '//',
  '/..',
  '..',
  '#',
  '?',
  '??',
  '&',
  '=',
  '\\',
  '{',
  '}',
  '|',
  '^',
  '`',
  '"',
  '<',
  '>',
  "'",
  ' ',
  '\t',
  '\x00',
  '\x7f',
  '\xe9',
  '@',
  ':',
  ';',
  '+',
  '~',
  '*',
  'http://',
  'http://[::1',
  'http://a:99999',
  'https://127.0.0.1',
  '\r\n',
];
const TARGET_FORMS = [
  '*',
  '',
  'http://127.0.0.1',
  'http://127.0.0.1:1/x?y',
  'HTTP://[::1]:80/_emulator/health',
  '//',
  '///x',
  'x',
  'http://a:99999/',
  'http://[::1/',
  '//[',
  '//%zz',
];

function targetSeeds(projectId: string): string[] {
  return [
    '/',
    '/_emulator/health',
    '/_emulator/state',
    '/_emulator/faults',
    '/v3/projects?name=cn-north-4',
    `/v1.1/${projectId}/cloudservers`,
    `/v1/${projectId}/jobs/abc`,
    `/v1/${projectId}/cloudservers/detail?limit=5&offset=x`,
  ];
}

function mutateText(random: SeededRandom, text: string, tokens: readonly string[]): string {
  let out = text;
  const operations = 1 + random.int(3);
  for (let i = 0; i < operations; i++) {
    const at = random.int(out.length + 1);
    switch (random.int(4)) {
      case 0:
      case 1:
        out = out.slice(0, at) + random.pick(tokens) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at + 1 + random.int(8));
        break;
      default:
        out = out.slice(0, at) + out.slice(at, at + 1 + random.int(12)).repeat(2) + out.slice(at);
    }
  }
  return out;
}

interface RequestLineCase {
  bytes: Buffer;
  head: boolean;
  empty: boolean;
}

function requestLineCase(random: SeededRandom, port: number, projectId: string): RequestLineCase {
  const method = random.pick(METHODS);
  let target = random.chance(0.15) ? random.pick(TARGET_FORMS) : random.pick(targetSeeds(projectId));
  if (random.chance(0.85)) target = mutateText(random, target, TARGET_TOKENS);
  if (random.chance(0.02)) target = `/${'a'.repeat(33 * 1024)}`;
  const version = random.pick(VERSIONS);
  const eol = random.chance(0.9) ? '\r\n' : '\n';
  const line = [method, target, version].filter((part, index) => part !== '' || index === 1).join(' ');
  const headers = random.chance(0.9) ? [`Host: 127.0.0.1:${port}`] : [];
  const text = `${line}${eol}${headers.map((h) => `${h}${eol}`).join('')}${eol}`;
  return { bytes: Buffer.from(text, 'latin1'), head: method === 'HEAD', empty: text.trim() === '' };
}

const HOST_VALUES = [
  '',
  'a:99999',
  '[::1',
  '[::1]:80',
  'a b',
  'a@b',
  '\xe4',
  '127.0.0.1:0',
  'x'.repeat(300),
  'a:',
  ':80',
  '[zz]',
];
const CONTENT_LENGTHS = ['abc', '-1', '1e3', '99999999999999999999', '', ' 5', '5, 5', '0x10', '3', '100000000'];
const CHUNKED_BODIES = [
  'zz\r\n',
  '5\r\nab\r\n0\r\n\r\n',
  'ffffffffffffffffff\r\n',
  `1;${'x'.repeat(20_000)}\r\na\r\n0\r\n\r\n`,
  '0\r\n\r\n',
  '2\r\n{}\r\n0\r\n\r\n',
  '3\r\n{}',
];
const ODD_HEADERS = [
  'Bad Header: x',
  'X: \x01',
  ' X: folded',
  'X:\x00',
  ':: x',
  'X-\xdc: y',
  'Expect: 100-continue',
  'Expect: tea',
  'Connection: close',
  'Connection: Upgrade\r\nUpgrade: websocket',
  `Connection: ${'x'.repeat(100)}`,
  'Transfer-Encoding: gzip',
  'Transfer-Encoding: chunked, chunked',
  'Authorization: SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=zz',
  'Authorization: ',
  'X-Sdk-Date: 99999999T999999Z',
  'X-Client-Token: \xff\xfe',
  'X-Auth-Token: abc',
  'Content-Type: text/plain',
];

function headerCase(random: SeededRandom, emulator: EmulatorProcess): Buffer {
  const signed = random.chance(0.3);
  const base = signed
    ? signedRequestBytes(emulator, 'GET', `/v3/projects?name=${emulator.region}`).toString('latin1')
    : plainRequestBytes(
        random.pick(['GET', 'POST', 'PUT']),
        random.pick(['/_emulator/health', '/_emulator/faults', '/_emulator/quotas']),
        emulator.port,
      ).toString('latin1');
  const headEnd = base.indexOf('\r\n\r\n');
  let lines = base.slice(0, headEnd).split('\r\n');
  let body = '';
  const operations = 1 + random.int(3);
  for (let i = 0; i < operations; i++) {
    switch (random.int(8)) {
      case 0:
        lines = lines.filter((line) => !/^host:/i.test(line));
        break;
      case 1:
        lines.push(`Host: ${random.pick(HOST_VALUES)}`);
        break;
      case 2:
        lines.push(`X-Big: ${'h'.repeat(random.pick([1024, 20 * 1024, 33 * 1024, 70 * 1024, 170 * 1024]))}`);
        break;
      case 3: {
        const count = random.pick([100, 1000, 3000]);
        for (let n = 0; n < count; n++) lines.push(`X-Many-${n}: v`);
        break;
      }
      case 4:
        lines.push(`Content-Length: ${random.pick(CONTENT_LENGTHS)}`);
        if (random.chance(0.5)) lines.push(`Content-Length: ${random.pick(CONTENT_LENGTHS)}`);
        body = random.pick(['', '{}', '{"kind":"flowControl"}', 'abc']);
        break;
      case 5:
        lines.push('Transfer-Encoding: chunked');
        body = random.pick(CHUNKED_BODIES);
        break;
      case 6:
        lines.push(random.pick(ODD_HEADERS));
        break;
      default:
        lines.splice(1 + random.int(lines.length), 0, lines[random.int(lines.length)]);
    }
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
}

function bodySeeds(): string[] {
  return [
    JSON.stringify(validCreateBody({ name: 'fuzz-a' }, { dry_run: true })),
    JSON.stringify(
      validCreateBody(
        { name: 'fuzz-b', count: 2, metadata: { a: 'b' }, data_volumes: [{ volumetype: 'SSD', size: 10 }] },
        { dry_run: true },
      ),
    ),
    '{"kind":"latency","ms":1,"count":1}',
    '[{"kind":"flowControl","count":1},{"kind":"throttle","retryAfterSeconds":1}]',
    '{"instances":5}',
    '{"order_id":"CS0000000000001"}',
  ];
}

const WRONG_VALUES = [
  'null',
  '[]',
  '{}',
  '"x"',
  '1e999',
  '-0',
  'true',
  '1.5',
  '"\\ud800"',
  '"\\u0000"',
  '{"server":[]}',
  '{"server":{"name":1}}',
];

function mutateBody(random: SeededRandom, seed: string): Buffer {
  let bytes = Buffer.from(seed, 'utf8');
  const insert = (extra: Buffer) => {
    const at = random.int(bytes.length + 1);
    bytes = Buffer.from([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at)]);
  };
  const operations = 1 + random.int(3);
  for (let i = 0; i < operations; i++) {
    switch (random.int(9)) {
      case 0: {
        const at = random.int(bytes.length);
        if (bytes.length) bytes[at] ^= 1 << random.int(8);
        break;
      }
      case 1:
        bytes = bytes.subarray(0, random.int(bytes.length + 1));
        break;
      case 2: {
        const at = random.int(bytes.length);
        insert(bytes.subarray(at, at + 1 + random.int(40)));
        break;
      }
      case 3:
        insert(Buffer.from([random.pick([0xff, 0xc3, 0xed, 0x00, 0x80])]));
        if (random.chance(0.3)) insert(Buffer.from([0xed, 0xa0, 0x80]));
        break;
      case 4: {
        const depth = random.pick([50, 99, 100, 101, 1000, 50_000]);
        const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
        const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        insert(Buffer.from(random.chance(0.5) ? arrays : objects));
        break;
      }
      case 5:
        insert(Buffer.from(`"${'s'.repeat(random.pick([10_000, 100_000, 150_000]))}"`));
        break;
      case 6:
        bytes = Buffer.from(random.pick(WRONG_VALUES));
        break;
      case 7:
        bytes = Buffer.from([0xef, 0xbb, 0xbf, ...bytes]);
        break;
      default:
        insert(Buffer.from(random.pick([',', ':', '"', '\\', '{', ']', ' ', '\n', '1e999', 'NaN'])));
    }
  }
  return bytes;
}

function bodyCase(random: SeededRandom, emulator: EmulatorProcess): Buffer {
  const body = mutateBody(random, random.pick(bodySeeds()));
  switch (random.int(5)) {
    case 0:
      return signedRequestBytes(emulator, 'POST', createPath(emulator.projectId), body);
    case 1:
      return signedRequestBytes(emulator, 'POST', `/v1/${emulator.projectId}/cloudservers`, body);
    case 2:
      return signedRequestBytes(emulator, 'POST', '/v3/orders/customer-orders/pay', body);
    case 3:
      return plainRequestBytes('POST', '/_emulator/faults', emulator.port, body);
    default:
      return plainRequestBytes('PUT', '/_emulator/quotas', emulator.port, body);
  }
}

/** Values for fault fields; Infinity is written as 1e999, which JSON.parse reads as Infinity. */
const FAULT_VALUES: unknown[] = [
  -5,
  -1,
  0,
  1,
  2,
  1.5,
  5,
  200,
  404,
  429,
  500,
  502,
  503,
  504,
  599,
  3600,
  3601,
  600_000,
  600_001,
  Infinity,
  -Infinity,
  2 ** 53,
  'abc',
  '500',
  '',
  null,
  true,
  false,
  [],
  {},
  'create',
  'jobs',
  'all',
  'Ecs.0202',
  'x'.repeat(1001),
];
const FAULT_FIELDS = [
  'ms',
  'count',
  'on',
  'status',
  'afterCommit',
  'retryAfterSeconds',
  'code',
  'reason',
  'colour',
  '__proto__',
];
const FAULT_KINDS: unknown[] = [
  'latency',
  'serverError',
  'throttle',
  'flowControl',
  'resetAfterCommit',
  'jobFailure',
  'nope',
  1,
  null,
];

function faultJson(spec: Record<string, unknown>): string {
  const entries = Object.entries(spec).map(([key, value]) => {
    const text = value === Infinity ? '1e999' : value === -Infinity ? '-1e999' : JSON.stringify(value);
    return `${JSON.stringify(key)}:${text}`;
  });
  return `{${entries.join(',')}}`;
}

/**
 * The README's fault rules, written again independently: the fault is acceptable when this
 * says so. (Kept here, not imported, so the test checks the emulator rather than itself.)
 */
function faultIsValid(spec: Record<string, unknown>): boolean {
  const isWhole = (v: unknown, min: number, max: number) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  const allowed: Record<string, Record<string, (v: unknown) => boolean>> = {
    latency: { ms: (v) => isWhole(v, 0, 600_000) },
    serverError: {
      status: (v) => [500, 502, 503, 504].includes(v as number),
      afterCommit: (v) => typeof v === 'boolean',
    },
    throttle: { retryAfterSeconds: (v) => isWhole(v, 0, 3600) },
    flowControl: {},
    resetAfterCommit: {},
    jobFailure: {
      code: (v) => typeof v === 'string' && /^[A-Za-z]+\.[0-9]{4}$/.test(v),
      reason: (v) => typeof v === 'string' && v.length <= 1000,
    },
  };
  if (typeof spec.kind !== 'string' || !Object.hasOwn(allowed, spec.kind)) return false;
  const createOnly = spec.kind === 'resetAfterCommit' || spec.kind === 'jobFailure';
  const rules: Record<string, (v: unknown) => boolean> = {
    ...allowed[spec.kind],
    count: (v) => isWhole(v, 1, 1_000_000),
    on: (v) => (createOnly ? v === 'create' : ['create', 'jobs', 'all'].includes(v as string)),
  };
  if (spec.kind === 'latency' && spec.ms === undefined) return false;
  const fieldOk = (key: string, value: unknown) => key === 'kind' || (Object.hasOwn(rules, key) && rules[key](value));
  return Object.entries(spec).every(([key, value]) => fieldOk(key, value));
}

function faultCase(random: SeededRandom): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  if (random.chance(0.95)) spec.kind = random.pick(FAULT_KINDS);
  const fields = random.int(4);
  for (let i = 0; i < fields; i++) spec[random.pick(FAULT_FIELDS)] = random.pick(FAULT_VALUES);
  // Mostly small latencies, so that an accepted one can be tried without waiting long.
  if (spec.kind === 'latency' && random.chance(0.6)) spec.ms = random.pick([0, 1, 5]);
  return spec;
}

// ---------------------------------------------------------------------------------------------

describe(`emulator HTTP fuzzing (seed ${SEED}, scale ${SCALE})`, () => {
  let emulator: EmulatorProcess;
  const random = new SeededRandom(SEED);

  before(async () => {
    emulator = await startEmulatorProcess();
  });
  after(async () => {
    await emulator.stop();
  });

  function assertAlive(label: string): void {
    assert.equal(emulator.exited(), undefined, `the emulator process ended during ${label} (seed ${SEED})`);
  }

  it('malformed request lines and targets', async () => {
    for (let i = 0; i < 350 * SCALE; i++) {
      const { bytes, head, empty } = requestLineCase(random, emulator.port, emulator.projectId);
      const result = await exchange(emulator.port, bytes, 5_000, head);
      checkExchange(`request line ${i}`, bytes, result, { mayGoUnanswered: empty, head });
      assertAlive(`request line ${i}`);
    }
  });

  it('malformed, huge, duplicated and missing headers', async () => {
    for (let i = 0; i < 250 * SCALE; i++) {
      const bytes = headerCase(random, emulator);
      checkExchange(`headers ${i}`, bytes, await exchange(emulator.port, bytes));
      assertAlive(`headers ${i}`);
    }
  });

  it('bodies: mutations, deep nesting, huge strings, invalid UTF-8, wrong types', async () => {
    for (let i = 0; i < 300 * SCALE; i++) {
      const bytes = bodyCase(random, emulator);
      checkExchange(`body ${i}`, bytes, await exchange(emulator.port, bytes), { faultActive: true });
      assertAlive(`body ${i}`);
      // A mutated body may have been an acceptable fault: start every case without one.
      await exchange(emulator.port, plainRequestBytes('DELETE', '/_emulator/faults', emulator.port));
    }
  });

  it('fault values at the control API, each accepted one tried once', async () => {
    for (let i = 0; i < 200 * SCALE; i++) {
      const spec = faultCase(random);
      const bytes = plainRequestBytes('POST', '/_emulator/faults', emulator.port, faultJson(spec));
      const result = await exchange(emulator.port, bytes);
      checkExchange(`fault ${i}`, bytes, result);
      const accepted = result.answers[0].status === 200;
      const verdict = `fault ${i} (seed ${SEED}) ${accepted ? 'accepted' : 'refused'}: ${faultJson(spec)}`;
      assert.equal(accepted, faultIsValid(spec), verdict);
      if (accepted && !(spec.kind === 'latency' && (spec.ms as number) > 50)) {
        const dryRun = Buffer.from(JSON.stringify(validCreateBody({ name: 'fuzz-probe' }, { dry_run: true })));
        const probe = signedRequestBytes(emulator, 'POST', createPath(emulator.projectId), dryRun);
        const result = await exchange(emulator.port, probe);
        checkExchange(`fault ${i} probe after ${faultJson(spec)}`, probe, result, { faultActive: true });
      }
      await exchange(emulator.port, plainRequestBytes('DELETE', '/_emulator/faults', emulator.port));
      assertAlive(`fault ${i}`);
    }
  });

  it('afterwards the process runs, a signed request works, no internal error was logged', async () => {
    assertAlive('the run');
    const bytes = signedRequestBytes(emulator, 'GET', `/v3/projects?name=${emulator.region}`);
    const result = await exchange(emulator.port, bytes);
    checkExchange('final signed request', bytes, result);
    assert.equal(result.answers[0].status, 200);
    assert.equal(JSON.parse(result.answers[0].body.toString()).projects[0].id, emulator.projectId);
    assert.deepEqual(emulator.errorLines, []);
  });
});
