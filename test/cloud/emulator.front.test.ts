/**
 * The emulator's HTTP front against malformed input (issue 12, item 3): every request, however
 * malformed, gets a 4xx answer with a JSON body in the gateway's or ECS's error shape, and the
 * process lives on. Runs the emulator in a child process so that a crash fails a test.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { clientErrorAnswer } from '../../emulator/http/connection';
import { createRequestListener } from '../../emulator/http/dispatch';
import { measureJson } from '../../emulator/http/json';
import { Router } from '../../emulator/http/router';
import { FaultInjector } from '../../emulator/faults';
import type { EmulatorContext } from '../../emulator/context';
import { createPath, validCreateBody } from '../support/emulatorRequests';
import {
  exchange,
  plainRequestBytes,
  signedRequestBytes,
  startEmulatorProcess,
  type EmulatorProcess,
  type Exchange,
  type HttpAnswer,
} from './support/emulatorProcess';

/** The single answer of an exchange, with its JSON body. */
function onlyAnswer(result: Exchange): HttpAnswer & { json: any } {
  assert.equal(result.timedOut, false, 'the emulator did not answer in time');
  const why = result.socketError ?? 'no socket error';
  assert.equal(result.answers.length, 1, `expected one answer, got ${result.answers.length} (${why})`);
  const answer = result.answers[0];
  if (answer.body.length === 0) return { ...answer, json: undefined };
  assert.match(answer.headers['content-type'] ?? '', /^application\/json/);
  return { ...answer, json: JSON.parse(answer.body.toString('utf8')) };
}

function assertGatewayError(result: Exchange, status: number, code = 'APIGW.0201', message?: RegExp): any {
  const answer = onlyAnswer(result);
  assert.equal(answer.status, status, answer.body.toString());
  assert.equal(answer.json.error_code, code);
  assert.match(answer.json.request_id, /^[0-9a-f]{32}$/);
  if (message) assert.match(answer.json.error_msg, message);
  return answer.json;
}

function assertEcsError(result: Exchange, status: number, code: string, message?: RegExp): any {
  const answer = onlyAnswer(result);
  assert.equal(answer.status, status, answer.body.toString());
  assert.equal(answer.json.error.code, code);
  if (message) assert.match(answer.json.error.message, message);
  return answer.json;
}

const HOST = 'Host: 127.0.0.1';

describe('emulator HTTP front: malformed requests', () => {
  let emulator: EmulatorProcess;
  const raw = (text: string) => exchange(emulator.port, text);
  /** `request line` + the given header lines, on a fresh connection. */
  const send = (line: string, ...headers: string[]) => raw(`${[line, ...headers].join('\r\n')}\r\n\r\n`);
  const signed = (method: string, path: string, body?: Buffer) =>
    exchange(emulator.port, signedRequestBytes(emulator, method, path, body));
  const controlCall = (method: string, path: string, body?: string) =>
    exchange(emulator.port, plainRequestBytes(method, path, emulator.port, body));
  const create = (body: Buffer) => signed('POST', createPath(emulator.projectId), body);

  before(async () => {
    emulator = await startEmulatorProcess();
  });
  after(async () => {
    await emulator.stop();
  });

  /** The emulator process still runs and still serves a signed request. */
  async function assertAlive(): Promise<void> {
    assert.equal(emulator.exited(), undefined, 'the emulator process ended');
    const answer = onlyAnswer(await signed('GET', `/v3/projects?name=${emulator.region}`));
    assert.equal(answer.status, 200);
    assert.equal(answer.json.projects[0].id, emulator.projectId);
    assert.deepEqual(emulator.errorLines, [], 'no internal error was logged');
  }

  describe('request targets (each of these ended the process before)', () => {
    it('GET //[ is a path no API has: 404 APIGW.0101', async () => {
      assertGatewayError(await send('GET //[ HTTP/1.1', HOST), 404, 'APIGW.0101', /No API matches GET \/\/\[/);
      await assertAlive();
    });

    it('an absolute-form target with a broken IPv6 host: 400 naming the host', async () => {
      assertGatewayError(await send('GET http://[::1/ HTTP/1.1', HOST), 400, 'APIGW.0201', /IPv6 address/);
      await assertAlive();
    });

    it('an absolute-form target with port 99999: 400 naming the port', async () => {
      assertGatewayError(await send('GET http://a:99999/ HTTP/1.1', HOST), 400, 'APIGW.0201', /port "99999"/);
      await assertAlive();
    });

    it('a path with a bad percent-escape: 400 naming the %', async () => {
      assertGatewayError(await send('GET //%zz HTTP/1.1', HOST), 400, 'APIGW.0201', /"%" at position 2/);
      assertGatewayError(await send('GET /v3/projects?name=%g1 HTTP/1.1', HOST), 400, 'APIGW.0201', /query/);
      assertGatewayError(await send('GET /v3/%ff HTTP/1.1', HOST), 400, 'APIGW.0201', /UTF-8/);
      await assertAlive();
    });

    it('a well-formed absolute-form target is served like its path', async () => {
      const answer = onlyAnswer(await send('GET http://127.0.0.1/_emulator/health HTTP/1.1', HOST));
      assert.equal(answer.status, 200);
      assert.equal(answer.json.ok, true);
    });

    it('a target that is not a path, and a fragment: 400', async () => {
      assertGatewayError(await send('GET * HTTP/1.1', HOST), 400, 'APIGW.0201', /starts with "\/"/);
      assertGatewayError(await send('GET /v3/projects#x HTTP/1.1', HOST), 400, 'APIGW.0201', /"#"/);
    });

    it('a request URI over 32 KB: 414', async () => {
      assertGatewayError(await send(`GET /${'a'.repeat(33 * 1024)} HTTP/1.1`, HOST), 414, 'APIGW.0201', /32 KB/);
      await assertAlive();
    });
  });

  describe('headers', () => {
    it('no Host, two Hosts, or a bad Host on HTTP/1.1: 400 in JSON', async () => {
      assertGatewayError(await send('GET /_emulator/health HTTP/1.1'), 400, 'APIGW.0201', /no Host header/);
      const health = 'GET /_emulator/health HTTP/1.1';
      assertGatewayError(await send(health, 'Host: a', 'Host: b'), 400, 'APIGW.0201', /2 Host headers/);
      assertGatewayError(await send(health, 'Host: a:99999'), 400, 'APIGW.0201', /Host header/);
      assertGatewayError(await send('GET /_emulator/health HTTP/1.1', 'Host: [::1'), 400, 'APIGW.0201', /Host header/);
      const http10 = onlyAnswer(await send('GET /_emulator/health HTTP/1.0'));
      assert.equal(http10.status, 200, 'HTTP/1.0 may omit Host');
    });

    it("requests node's parser refuses get a JSON 400 rather than a bare status line", async () => {
      const cases = [
        'FOO / HTTP/1.1\r\nHost: a\r\n\r\n',
        'GET / HTTP/9.9\r\nHost: a\r\n\r\n',
        'GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n',
        'POST /_emulator/faults HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n',
        'POST /_emulator/faults HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
        'POST /_emulator/faults HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
        'POST /_emulator/faults HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n' +
          'Content-Length: 3\r\n\r\n0\r\n\r\n',
        'POST /_emulator/faults HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n{"kind"',
      ];
      for (const text of cases) assertGatewayError(await raw(text), 400, 'APIGW.0201', /not valid HTTP\/1\.1/);
      await assertAlive();
    });

    it('one header over 32 KB, all over 128 KB, and beyond the parser: 494 as the gateway answers', async () => {
      const big = 'x'.repeat(33 * 1024);
      const health = 'GET /_emulator/health HTTP/1.1';
      assertGatewayError(await send(health, 'Host: a', `X-Big: ${big}`), 494, 'APIGW.0201', /X-Big header/);
      const many = Array.from({ length: 5 }, (_, i) => `X-Part-${i}: ${'y'.repeat(30 * 1024)}`).join('\r\n');
      assertGatewayError(await send(health, 'Host: a', many), 494, 'APIGW.0201', /together/);
      const huge = Array.from({ length: 8 }, (_, i) => `X-Part-${i}: ${'y'.repeat(30 * 1024)}`).join('\r\n');
      assertGatewayError(await raw(`GET /_emulator/health HTTP/1.1\r\nHost: a\r\n${huge}\r\n\r\n`), 494, 'APIGW.0201');
      await assertAlive();
    });

    it('CONNECT and an unknown Expect get JSON answers', async () => {
      const connect = await send('CONNECT example.com:443 HTTP/1.1', 'Host: example.com:443');
      assertGatewayError(connect, 400, 'APIGW.0201', /not a proxy/);
      const expect = await send('GET /_emulator/health HTTP/1.1', 'Host: a', 'Expect: tea');
      assertGatewayError(expect, 417, 'APIGW.0201', /100-continue/);
    });
  });

  describe('bodies', () => {
    it('a 100,000-level nested create body: 400 Ecs.0005 about nesting, not 500', async () => {
      const depth = 100_000;
      const nested = Buffer.from(`{"server":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      assertEcsError(await create(nested), 400, 'Ecs.0005', /more than 100 levels/);
      const nestedObjects = Buffer.from(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
      assertEcsError(await create(nestedObjects), 400, 'Ecs.0005', /more than 100 levels/);
      await assertAlive();
    });

    it('brackets inside strings do not count as nesting', async () => {
      const body = validCreateBody({ name: 'front-brackets', description: '[[[[{{{{'.repeat(100) }, { dry_run: true });
      const answer = onlyAnswer(await create(Buffer.from(JSON.stringify(body))));
      assert.notEqual(answer.status, 500);
      assert.doesNotMatch(answer.body.toString(), /levels/);
    });

    it('a body that is not UTF-8: 400 Ecs.0005 naming the encoding', async () => {
      const body = Buffer.from(JSON.stringify(validCreateBody({ name: 'front-utf8' }, { dry_run: true })));
      const broken = Buffer.from([...body.subarray(0, 20), 0xff, 0xfe, 0xc3, ...body.subarray(20)]);
      assertEcsError(await create(broken), 400, 'Ecs.0005', /UTF-8/);
    });

    it('a body over 12 MB: 413, whether announced by Content-Length or not', async () => {
      const line = `POST ${createPath(emulator.projectId)} HTTP/1.1`;
      const announced = `${line}\r\nHost: a\r\nContent-Length: ${13 * 1024 * 1024}\r\n\r\n{`;
      assertGatewayError(await raw(announced), 413, 'APIGW.0201', /12 MB/);
      const chunk = 'x'.repeat(1024 * 1024);
      const chunks = Array.from({ length: 13 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
      const streamed = await raw(`${line}\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`);
      assertGatewayError(streamed, 413, 'APIGW.0201', /12 MB/);
      await assertAlive();
    });

    it('more than 250,000 values in one body: 400 Ecs.0005 before any work on them', async () => {
      const manyObjects = Buffer.from(`{"server":[${'{},'.repeat(300_000)}{}]}`);
      assertEcsError(await create(manyObjects), 400, 'Ecs.0005', /more than 250,000 values/);
      await assertAlive();
    });

    it('200,000 metadata keys in one body: answered without a 500 (linear work, bounded size)', async () => {
      const metadata = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`key${i}`, 'v']));
      const body = Buffer.from(JSON.stringify(validCreateBody({ name: 'front-meta', metadata }, { dry_run: true })));
      // A guard with a generous cap (the answer takes well under a second), not a timing test.
      const request = signedRequestBytes(emulator, 'POST', createPath(emulator.projectId), body);
      const result = await exchange(emulator.port, request, 30_000);
      const answer = onlyAnswer(result);
      assert.ok(answer.status < 500, `status ${answer.status}`);
      assert.ok(result.answerMs < 20_000, `answered in ${result.answerMs} ms`);
      await assertAlive();
    });
  });

  describe('faults at the control API', () => {
    it('"status":"abc" is refused naming the field, and the next call still works', async () => {
      const refused = await controlCall('POST', '/_emulator/faults', '{"kind":"serverError","status":"abc"}');
      const json = assertGatewayError(refused, 400, 'EMULATOR.0400');
      assert.match(json.error_msg, /"status".*500, 502, 503, 504.*"abc"/);
      await assertAlive();
    });

    const refused: Array<[string, RegExp]> = [
      ['{"kind":"serverError","status":200}', /"status"/],
      ['{"kind":"serverError","status":404}', /"status"/],
      ['{"kind":"serverError","status":"500"}', /"status"/],
      ['{"kind":"serverError","afterCommit":"yes"}', /"afterCommit"/],
      ['{"kind":"throttle","retryAfterSeconds":-5}', /"retryAfterSeconds".*-5/],
      ['{"kind":"throttle","retryAfterSeconds":1e999}', /"retryAfterSeconds".*Infinity/],
      ['{"kind":"throttle","retryAfterSeconds":1.5}', /"retryAfterSeconds"/],
      ['{"kind":"throttle","retryAfterSeconds":3601}', /"retryAfterSeconds".*3600/],
      ['{"kind":"latency","ms":1e999}', /"ms".*Infinity/],
      ['{"kind":"latency","ms":-1}', /"ms"/],
      ['{"kind":"latency","ms":600001}', /"ms".*600000/],
      ['{"kind":"latency"}', /needs "ms"/],
      ['{"kind":"flowControl","count":0}', /"count"/],
      ['{"kind":"flowControl","count":2.5}', /"count"/],
      ['{"kind":"flowControl","count":"1"}', /"count"/],
      ['{"kind":"flowControl","on":"everything"}', /"on"/],
      ['{"kind":"flowControl","colour":"red"}', /"colour" is not known/],
      ['{"kind":"resetAfterCommit","on":"jobs"}', /"on"/],
      ['{"kind":"jobFailure","code":42}', /"code"/],
      ['{"kind":"constructor"}', /"kind"/],
      ['{"kind":"__proto__"}', /"kind"/],
      ['{"kind":"latency","ms":1,"__proto__":{"x":1}}', /"__proto__" is not known/],
      ['[{"kind":"flowControl"},{"kind":"latency","ms":"slow"}]', /Fault 2 of 2: .*"ms"/],
      ['"serverError"', /JSON object/],
      ['{"kind":', /not valid JSON/],
      [`${'['.repeat(100_000)}`, /more than 100 levels/],
    ];
    for (const [body, message] of refused) {
      it(`refuses ${body.length > 60 ? `${body.slice(0, 30)}…` : body}`, async () => {
        assertGatewayError(await controlCall('POST', '/_emulator/faults', body), 400, 'EMULATOR.0400', message);
      });
    }

    it('a refused batch injects nothing', async () => {
      await controlCall('DELETE', '/_emulator/faults');
      await controlCall('POST', '/_emulator/faults', '[{"kind":"flowControl"},{"kind":"serverError","status":200}]');
      assert.deepEqual(onlyAnswer(await controlCall('GET', '/_emulator/faults')).json.faults, []);
      await assertAlive();
    });

    it('accepts the documented values at their limits', async () => {
      const accepted = [
        { kind: 'serverError', status: 504, afterCommit: true, on: 'jobs', count: 1 },
        { kind: 'throttle', retryAfterSeconds: 3600, count: 1 },
        { kind: 'latency', ms: 0, count: 1 },
        { kind: 'resetAfterCommit', on: 'create' },
        { kind: 'jobFailure', code: 'Ecs.0202', reason: 'disk' },
      ];
      const answer = onlyAnswer(await controlCall('POST', '/_emulator/faults', JSON.stringify(accepted)));
      assert.equal(answer.status, 200, answer.body.toString());
      assert.equal(answer.json.faults.length, accepted.length);
      await controlCall('DELETE', '/_emulator/faults');
    });

    it('quotas: refuses a body that is not an object, unknown names and non-integers, changing nothing', async () => {
      for (const body of ['[]', '"x"', '{"instances":1.5}', '{"instances":-1}', '{"instance":3}', '{"cores":1e999}']) {
        assertGatewayError(await controlCall('PUT', '/_emulator/quotas', body), 400, 'EMULATOR.0400');
      }
      const unchanged = onlyAnswer(await controlCall('PUT', '/_emulator/quotas', '{}'));
      assert.equal(unchanged.status, 200);
    });
  });
});

describe('emulator dispatch: the top-level guard', () => {
  it('turns a handler bug into a logged 500 with a clear body, and an unwritable answer too', async () => {
    const logged: string[] = [];
    const context = {
      faults: new FaultInjector(),
      now: () => new Date(),
      log: { info: () => undefined, warn: () => undefined, error: (line: string) => logged.push(line) },
    } as unknown as EmulatorContext;
    const router = new Router([
      {
        method: 'GET',
        pattern: '/throws',
        control: true,
        handler: () => {
          throw new TypeError('boom');
        },
      },
      {
        method: 'GET',
        pattern: '/bad-status',
        control: true,
        handler: () => ({ status: 'abc' as unknown as number, body: {} }),
      },
      { method: 'GET', pattern: '/ok', control: true, handler: () => ({ status: 200, body: { ok: true } }) },
    ]);
    const listener = createRequestListener(router, context);
    const server = createServer((request, response) => void listener(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const path of ['/throws', '/bad-status']) {
        const answer = onlyAnswer(await exchange(port, `GET ${path} HTTP/1.1\r\nHost: a\r\n\r\n`));
        assert.equal(answer.status, 500);
        assert.equal(answer.json.error.code, 'Common.0001');
        assert.match(answer.json.error.message, /internal error/);
      }
      assert.equal(logged.length, 2);
      assert.match(logged[0], /boom/);
      const ok = onlyAnswer(await exchange(port, 'GET /ok HTTP/1.1\r\nHost: a\r\n\r\n'));
      assert.equal(ok.status, 200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('emulator HTTP front: pure parts', () => {
  it("maps node's parser errors and timeouts to the gateway's statuses", () => {
    assert.equal(clientErrorAnswer('HPE_HEADER_OVERFLOW', 'Header overflow').status, 494);
    assert.equal(clientErrorAnswer('ERR_HTTP_REQUEST_TIMEOUT', undefined).status, 408);
    const other = clientErrorAnswer('HPE_INVALID_CHUNK_SIZE', 'Invalid character in chunk size');
    assert.equal(other.status, 400);
    assert.equal(other.code, 'APIGW.0201');
    assert.match(other.message, /Invalid character in chunk size/);
  });

  it('measures nesting and values, skipping brackets, commas and escaped quotes inside strings', () => {
    const limits = { depth: 100, values: 1000 };
    assert.deepEqual(measureJson('{"a":[1,2,{"b":null}]}', limits), { depth: 3, values: 6 });
    assert.deepEqual(measureJson('["[[[,,,\\"]]]", "\\\\"]', limits), { depth: 1, values: 3 });
    assert.equal(measureJson('['.repeat(101), limits).depth, 101, 'stops just past the limit');
    assert.equal(measureJson(`[${'0,'.repeat(5000)}0]`, limits).values, 1001, 'stops just past the limit');
  });
});
