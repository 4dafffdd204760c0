import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  createLineLogger,
  createRedactingLogger,
  redactBody,
  redactText,
  REDACTED,
  type Logger,
} from '../../cloud/redact';
import { prepareRequest } from '../../cloud/prepare';
import { EcsApiError } from '../../cloud/errors';
import { LoopbackServer } from './support/loopbackServer';
import { testClient } from './support/clientFactory';

const SK = 'HWTESTSK0000000000000000000000000EXAMPLE1';
const TOKEN = 'EXAMPLE-SECURITY-TOKEN-abcdef123456';
const PASSWORD = 'S3cure!Pass#2026';
const USER_DATA_PLAIN = '#!/bin/bash\necho bootstrap-marker-7731';
const USER_DATA = Buffer.from(USER_DATA_PLAIN, 'utf8').toString('base64');

describe('redactBody', () => {
  it('replaces adminPass and user_data at any depth and leaves the rest', () => {
    const body = { server: { adminPass: PASSWORD, user_data: USER_DATA, name: 'web', nested: [{ adminPass: 'x' }] } };
    assert.deepEqual(redactBody(body), {
      server: { adminPass: REDACTED, user_data: REDACTED, name: 'web', nested: [{ adminPass: REDACTED }] },
    });
    assert.equal(body.server.adminPass, PASSWORD, 'the input is not changed');
  });
});

describe('redactText', () => {
  it('removes known secrets, also URL-encoded and base64 forms', () => {
    const text = `sk=${SK} enc=${encodeURIComponent(PASSWORD)} b64=${Buffer.from(PASSWORD).toString('base64')}`;
    const clean = redactText(text, [SK, PASSWORD]);
    assert.ok(!clean.includes(SK));
    assert.ok(!clean.includes(encodeURIComponent(PASSWORD)));
    assert.ok(!clean.includes(Buffer.from(PASSWORD).toString('base64')));
  });

  it('removes signatures, Authorization and token header values, adminPass/user_data values', () => {
    const text = [
      'Authorization: SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=0123456789abcdef0123456789abcdef',
      'x-security-token:TOKENVALUE|x-sdk-date:20240101T000000Z',
      '{"adminPass":"p\\"w","user_data":"abc=="}',
      'adminPass: plainvalue',
    ].join('\n');
    const clean = redactText(text);
    assert.ok(!/0123456789abcdef0123456789abcdef/.test(clean));
    assert.ok(!clean.includes('TOKENVALUE'));
    assert.ok(!clean.includes('p\\"w') && !clean.includes('abc=='));
    assert.ok(!clean.includes('plainvalue'));
    assert.ok(clean.includes('x-sdk-date:20240101T000000Z'), 'harmless parts stay');
  });

  it('ignores very short secrets instead of erasing ordinary text', () => {
    assert.equal(redactText('a b c', ['a']), 'a b c');
  });
});

describe('redacting logger', () => {
  it('redacts messages and field values, including secret-named fields', () => {
    const lines: string[] = [];
    const logger = createRedactingLogger(
      createLineLogger((l) => lines.push(l), 'debug'),
      [SK],
    );
    logger.info(`signing with ${SK}`, {
      headers: { Authorization: 'SDK-HMAC-SHA256 Access=AK', 'X-Security-Token': TOKEN },
      body: { adminPass: PASSWORD },
    });
    logger.debug('plain', { count: 2 });
    const output = lines.join('\n');
    for (const secret of [SK, TOKEN, PASSWORD]) assert.ok(!output.includes(secret), `leaked ${secret.slice(0, 4)}…`);
    assert.match(output, /^INFO signing with \*\*\*/);
    assert.match(output, /DEBUG plain count=2/);
  });

  it('the line logger honours the minimum level', () => {
    const lines: string[] = [];
    const logger = createLineLogger((l) => lines.push(l), 'warn');
    logger.info('hidden');
    logger.warn('shown', { path: '/v1/p/jobs/1' });
    assert.deepEqual(lines, ['WARN shown path=/v1/p/jobs/1']);
  });
});

describe('redaction scenario: a full submission leaves no secret in any output', () => {
  it('log lines and error texts contain neither SK, token, password nor user data', async () => {
    // The gateway echoes its canonical request (with the token header) and the body back, as a worst case.
    const server = await LoopbackServer.start((req) =>
      req.url.includes('/jobs/') ? { status: 200, body: { status: 'RUNNING', job_id: 'j', entities: {} } } : undefined,
    );
    const output: string[] = [];
    const sink: Logger = {
      debug: (m, f) => output.push(m + JSON.stringify(f ?? {})),
      info: (m, f) => output.push(m + JSON.stringify(f ?? {})),
      warn: (m, f) => output.push(m + JSON.stringify(f ?? {})),
      error: (m, f) => output.push(m + JSON.stringify(f ?? {})),
    };
    try {
      const prepared = await prepareRequest(
        'server:\n  name: web\n  adminPass: ${secret:ROOT}\n  user_data: ${env:USER_DATA}\n',
        'yaml',
        { env: { USER_DATA }, secrets: { get: async () => PASSWORD } },
      );
      const { client } = testClient(server, {
        credentials: { ak: 'HWTESTAK0000EXAMPLE1', sk: SK, securityToken: TOKEN },
        logger: sink,
        extraSecrets: () => prepared.filledValues,
      });
      server.reply(
        { status: 500, body: { error: { code: 'Common.0001', message: `internal error for body ${prepared.body}` } } },
        {
          status: 401,
          body: {
            error_code: 'APIGW.0301',
            error_msg:
              `verify aksk signature fail, canonicalRequest: ` +
              `POST|/v1.1/x/cloudservers/||x-security-token:${TOKEN}|sk ${SK}|body ${prepared.body}`,
            request_id: 'r-1',
          },
        },
      );
      const error = await client.createServers(prepared.body).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof EcsApiError);
      output.push(error.message, error.describe(), error.serviceMessage);
      await client.getJob('j');
      await client.close();

      const sent = server.received[0];
      assert.ok(
        sent.body.includes(PASSWORD) && sent.headers['x-security-token'] === TOKEN,
        'the secrets were really in play',
      );
      assert.ok(output.length >= 4);
      const all = output.join('\n');
      for (const secret of [SK, TOKEN, PASSWORD, USER_DATA, sent.headers.authorization.split('Signature=')[1]]) {
        assert.equal(all.split(secret).length - 1, 0, `found a secret starting with ${secret.slice(0, 3)}`);
      }
      assert.match(all, /POST/);
      assert.match(all, /"status":401/);
    } finally {
      await server.close();
    }
  });
});
