/**
 * Where a signed request may go and what may go into its URL (issue 12): endpoints, project IDs,
 * job IDs and credentials are checked by one set of functions in cloud/, and the client checks
 * again before every call, so nothing built from a bad value is ever sent.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkEndpoint,
  endpointProblem,
  isLoopbackHost,
  isProjectId,
  isResourceId,
  resolveEndpoint,
} from '../../cloud/endpoints';
import { EcsApiError, InvalidTargetError, NetworkError, TimeoutError } from '../../cloud/errors';
import { isClientToken, requestFingerprint } from '../../cloud/fingerprint';
import { hasRequestedName, isOutcomeUnknown } from '../../cloud/lostSubmit';
import { unusableCredentialField } from '../../cloud/credentials';
import { LoopbackServer } from './support/loopbackServer';
import { TEST_CREDENTIALS, testClient } from './support/clientFactory';

describe('endpoint checks', () => {
  it('plain http only for loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.255.0.9', 'localhost', 'LOCALHOST', '[::1]', '::1'])
      assert.ok(isLoopbackHost(host), host);
    for (const host of [
      '128.0.0.1',
      '127.0.0.256',
      '10.0.0.1',
      'localhost.example.com',
      'example.com',
      '[::2]',
      '127.0.0.1.nip.io',
    ]) {
      assert.ok(!isLoopbackHost(host), host);
    }
    assert.equal(endpointProblem('http://127.0.0.1:8080', '--endpoint'), undefined);
    assert.equal(endpointProblem('http://[::1]:8080/base', '--endpoint'), undefined);
    assert.equal(endpointProblem('https://ecs.example.com', '--endpoint'), undefined);
    assert.match(
      endpointProblem('http://ecs.example.com', '--endpoint') ?? '',
      /http:\/\/ for ecs\.example\.com.*use https:\/\//,
    );
    assert.match(endpointProblem('http://127.0.0.1.nip.io', 'x') ?? '', /Plain http is allowed only/);
    assert.match(endpointProblem('ftp://ecs.example.com', 'x') ?? '', /must start with https:\/\//);
  });

  it('refuses user:pass@, "?" and "#", spaces and control characters, without repeating the value', () => {
    const cases = [
      'https://admin:s3cretpw@ecs.example.com',
      'https://s3cretpw@ecs.example.com',
      'https://@ecs.example.com',
      'https://ecs.example.com/?token=s3cretpw',
      'https://ecs.example.com#s3cretpw',
      'https://ecs.example.com?',
      'https://ecs.exa mple.com',
      'https://ecs.example.com/\ns3cretpw',
      'https://ecs.example.com\u0000',
    ];
    for (const value of cases) {
      const problem = endpointProblem(value, 'The endpoint');
      assert.ok(problem, `accepted: ${JSON.stringify(value)}`);
      assert.doesNotMatch(problem, /s3cretpw/, `echoed: ${problem}`);
    }
    assert.match(endpointProblem(cases[0], 'x') ?? '', /user name or password/);
    assert.match(endpointProblem(cases[3], 'x') ?? '', /contains "\?" or "#"/);
  });

  it('gives the base URL without trailing slashes, keeping a path prefix', () => {
    assert.equal(checkEndpoint('https://ecs.example.com/', 'x'), 'https://ecs.example.com');
    assert.equal(checkEndpoint('https://gw.example.com/ecs//', 'x'), 'https://gw.example.com/ecs');
    assert.throws(() => checkEndpoint('http://ecs.example.com', 'x'), InvalidTargetError);
    assert.throws(() => resolveEndpoint('ecs', 'cn-north-4', { all: 'http://10.1.2.3' }), InvalidTargetError);
    assert.throws(
      () => resolveEndpoint('iam', 'cn-north-4', { iam: 'https://u:p@iam.example.com' }),
      /user name or password/,
    );
  });

  it('project IDs are 32 hex characters; job IDs letters, digits, - and _', () => {
    assert.ok(isProjectId('0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5'));
    for (const bad of [
      '../../v3/auth',
      '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c',
      '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5\n',
      'g'.repeat(32),
      '',
    ]) {
      assert.ok(!isProjectId(bad), bad);
    }
    assert.ok(isResourceId('ff808082739334d80173943ec9b42130'));
    for (const bad of ['../x', 'a/b', 'a b', 'a\nb', '%2e%2e', '', 'x'.repeat(129)]) assert.ok(!isResourceId(bad), bad);
  });

  it('credentials with a control character or space are unusable, named by field', () => {
    assert.equal(unusableCredentialField(TEST_CREDENTIALS), undefined);
    assert.equal(unusableCredentialField({ ak: 'AK\nX', sk: 'SK' }), 'ak');
    assert.equal(unusableCredentialField({ ak: 'AK', sk: 'S K' }), 'sk');
    assert.equal(unusableCredentialField({ ak: 'AK', sk: 'SK', securityToken: 'T\r' }), 'securityToken');
  });
});

describe('EcsClient refuses to build a request from a bad value (nothing is sent)', () => {
  async function nothingSent(
    options: Parameters<typeof testClient>[1],
    call: (c: ReturnType<typeof testClient>['client']) => Promise<unknown>,
    message: RegExp,
  ) {
    const server = await LoopbackServer.start();
    try {
      server.reply({ status: 200, body: { job_id: 'j' } });
      const { client } = testClient(server, options);
      await assert.rejects(
        call(client),
        (error: unknown) => error instanceof InvalidTargetError && message.test(error.message),
      );
      await client.close();
      assert.equal(server.received.length, 0);
    } finally {
      await server.close();
    }
  }

  it('a project ID that would leave the path (../../v3/auth)', () =>
    nothingSent({ projectId: '../../v3/auth' }, (c) => c.createServers({ server: {} }), /32 hexadecimal/));

  it('a job ID with a slash', () => nothingSent({}, (c) => c.getJob('../../v3/auth'), /A job ID may only hold/));

  it('an access key with a line break (it would break the header)', () =>
    nothingSent(
      { credentials: { ak: 'HWTESTAK\nX', sk: TEST_CREDENTIALS.sk } },
      (c) => c.listServers(),
      /access key ID \(AK\)/,
    ));

  it('plain http to another host in the endpoint overrides', () =>
    nothingSent({ endpoints: { all: 'http://ecs.example.com' } }, (c) => c.listServers(), /Plain http/));

  it('a project ID from IAM that is not 32 hex characters', async () => {
    const server = await LoopbackServer.start();
    try {
      server.reply({ status: 200, body: { projects: [{ id: '../../v3/auth', name: 'cn-north-4' }] } });
      const { client } = testClient(server, { projectId: undefined });
      await assert.rejects(client.listServers(), /The project ID IAM returned for cn-north-4 must be 32 hexadecimal/);
      await client.close();
      assert.equal(server.received.length, 1, 'only the IAM lookup went out');
    } finally {
      await server.close();
    }
  });

  it('an X-Client-Token that is not a lower-case UUID', () =>
    nothingSent({}, (c) => c.createServers({ server: {} }, { clientToken: 'ABC' }), /lower-case UUID/));
});

describe('the create fingerprint and the record before sending', () => {
  const target = {
    endpoint: 'https://ecs.example.com',
    region: 'cn-north-4',
    projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
    path: '/v1.1/p/cloudservers',
  };

  it('is the same for the same body and target, and differs for another body or target', async () => {
    const a = await requestFingerprint('{"server":{}}', target);
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.equal(await requestFingerprint('{"server":{}}', target), a);
    assert.notEqual(await requestFingerprint('{"server":{"a":1}}', target), a);
    assert.notEqual(await requestFingerprint('{"server":{}}', { ...target, region: 'cn-north-1' }), a);
    assert.notEqual(await requestFingerprint('{"server":{}}', { ...target, endpoint: 'https://ecs2.example.com' }), a);
    assert.notEqual(await requestFingerprint('{"server":{}}', { ...target, projectId: '1'.repeat(32) }), a);
  });

  it(
    'beforeSend gets the token and fingerprint before ' + 'the first byte is sent; a throw there sends nothing',
    async () => {
      const server = await LoopbackServer.start();
      try {
        server.reply({ status: 200, body: { job_id: 'j' } });
        const { client } = testClient(server);
        let seen: { token: string; fingerprint: string; requestsSoFar: number } | undefined;
        const result = await client.createServers(
          { server: { name: 'a' } },
          {
            beforeSend: (intent) => {
              seen = {
                token: intent.clientToken,
                fingerprint: intent.fingerprint,
                requestsSoFar: server.received.length,
              };
            },
          },
        );
        assert.deepEqual(seen && [seen.token, seen.requestsSoFar], [result.clientToken, 0]);
        const described = await client.describeCreate({ server: { name: 'a' } });
        assert.equal(described.fingerprint, seen?.fingerprint, 'describeCreate and createServers agree');
        await assert.rejects(
          client.createServers(
            { server: {} },
            {
              beforeSend: () => {
                throw new Error('journal full');
              },
            },
          ),
          /journal full/,
        );
        assert.equal(server.received.length, 1);
        await client.close();
      } finally {
        await server.close();
      }
    },
  );

  it('client tokens are lower-case UUIDs', () => {
    assert.ok(isClientToken('46436810-d999-454c-bd85-e515fd258600'));
    assert.ok(!isClientToken('46436810-D999-454C-BD85-E515FD258600'));
    assert.ok(!isClientToken('46436810d999454cbd85e515fd258600'));
  });
});

describe('lost submits', () => {
  it('an outcome is unknown after any 5xx, a connection lost after sending, or a timeout', () => {
    const api = (httpStatus: number, code: string) => new EcsApiError({ code, message: 'm', httpStatus });
    assert.ok(isOutcomeUnknown(api(500, 'Common.0001')));
    assert.ok(isOutcomeUnknown(api(503, 'Common.1503')));
    assert.ok(isOutcomeUnknown(new NetworkError({ host: 'h', code: 'ECONNRESET', requestMayHaveBeenSent: true })));
    assert.ok(isOutcomeUnknown(new TimeoutError('h', 1000)));
    assert.ok(!isOutcomeUnknown(api(400, 'Ecs.0005')));
    assert.ok(!isOutcomeUnknown(api(429, 'APIGW.0308')));
    assert.ok(!isOutcomeUnknown(api(202, 'Common.0024')));
    assert.ok(!isOutcomeUnknown(new NetworkError({ host: 'h', code: 'ECONNREFUSED', requestMayHaveBeenSent: false })));
  });

  it('servers are matched by the requested name, or the numbered names of a batch', () => {
    assert.ok(hasRequestedName('web', 'web'));
    assert.ok(hasRequestedName('web-0001', 'web'));
    assert.ok(!hasRequestedName('web-server', 'web'));
    assert.ok(!hasRequestedName('myweb', 'web'));
  });
});
