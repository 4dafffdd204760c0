import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancelledError,
  EcsApiError,
  MissingCredentialsError,
  NetworkError,
  ProjectLookupError,
  TimeoutError,
} from '../../cloud/errors';
import { verifySignature } from '../../cloud/signing';
import { LoopbackServer, nextRequest, type ReceivedRequest } from './support/loopbackServer';
import { TEST_CREDENTIALS, TEST_PROJECT, testClient } from './support/clientFactory';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BODY = { server: { name: 'web-01', imageRef: '1a2b3c4d-0000-4000-8000-000000000001', flavorRef: 's6.small.1' } };

async function withServer(test: (server: LoopbackServer) => Promise<void>): Promise<void> {
  const server = await LoopbackServer.start();
  try {
    await test(server);
  } finally {
    await server.close();
  }
}

function signatureOk(request: ReceivedRequest, origin: string): boolean {
  const check = verifySignature(
    { method: request.method, url: origin + request.url, headers: request.headers, body: request.body },
    { secretFor: (ak) => (ak === TEST_CREDENTIALS.ak ? TEST_CREDENTIALS.sk : undefined) },
  );
  return check.ok;
}

describe('EcsClient: create', () => {
  it('sends a signed create with project, content type and a UUID client token', () =>
    withServer(async (server) => {
      server.reply({
        status: 200,
        body: { job_id: 'ff80808273', serverIds: ['s-1'] },
        headers: { 'X-Request-Id': 'req-1' },
      });
      const { client } = testClient(server);
      const result = await client.createServers(BODY);
      await client.close();
      const [request] = server.received;
      assert.equal(request.method, 'POST');
      assert.equal(request.url, `/v1.1/${TEST_PROJECT}/cloudservers`);
      assert.equal(request.headers['x-project-id'], TEST_PROJECT);
      assert.equal(request.headers['content-type'], 'application/json;charset=utf-8');
      assert.match(request.headers['x-client-token'], UUID);
      assert.match(
        request.headers.authorization,
        /SignedHeaders=content-type;host;x-client-token;x-project-id;x-sdk-date,/,
      );
      assert.equal(request.body, JSON.stringify(BODY));
      assert.ok(signatureOk(request, server.origin), 'the signature verifies against what was received');
      assert.deepEqual(result, {
        ok: true,
        dryRun: false,
        status: 200,
        jobId: 'ff80808273',
        orderId: undefined,
        serverIds: ['s-1'],
        requestId: 'req-1',
        clientToken: request.headers['x-client-token'],
      });
    }));

  it('sends a string body byte for byte and uses the V1 path when asked', () =>
    withServer(async (server) => {
      server.reply({ status: 200, body: { job_id: 'j' } });
      const { client } = testClient(server);
      const text = '{ "server" : {"name":"Ä"} }';
      await client.createServers(text, { apiVersion: 'v1', clientToken: '46436810-d999-454c-bd85-e515fd258600' });
      await client.close();
      assert.equal(server.received[0].url, `/v1/${TEST_PROJECT}/cloudservers`);
      assert.equal(server.received[0].body, text);
      assert.equal(server.received[0].headers['x-client-token'], '46436810-d999-454c-bd85-e515fd258600');
      assert.ok(signatureOk(server.received[0], server.origin));
    }));

  it('dry run: HTTP 202 without a job is an ok result', () =>
    withServer(async (server) => {
      server.reply({ status: 202 });
      const { client } = testClient(server);
      const result = await client.createServers(BODY, { dryRun: true });
      await client.close();
      assert.equal(JSON.parse(server.received[0].body).dry_run, true);
      assert.equal(result.ok, true);
      assert.equal(result.dryRun, true);
      assert.equal(result.status, 202);
      assert.equal(result.jobId, undefined);
    }));

  it('dry run that fails: typed EcsApiError with details and advice', () =>
    withServer(async (server) => {
      server.reply({
        status: 400,
        body: {
          error: {
            code: 'Ecs.0005',
            message: 'Invalid parameter',
            details: [{ code: 'Ecs.0039', message: 'ip not in subnet' }],
          },
        },
        headers: { 'X-Request-Id': 'req-9' },
      });
      const { client } = testClient(server);
      const error = await client.createServers(BODY, { dryRun: true }).then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.code, 'Ecs.0005');
      assert.equal(error.httpStatus, 400);
      assert.equal(error.requestId, 'req-9');
      assert.deepEqual(error.details, [{ code: 'Ecs.0039', message: 'ip not in subnet' }]);
      assert.equal(error.retryable, false);
      assert.match(error.explanation, /invalid/i);
      assert.ok(error.whatToDo.length > 0);
      assert.equal(server.received.length, 1, 'a 4xx is not retried');
    }));

  it('gateway error shape: code, message and request id from the body; credentials problem not retried', () =>
    withServer(async (server) => {
      server.reply({
        status: 401,
        body: { error_code: 'APIGW.0301', error_msg: 'Incorrect IAM authentication information', request_id: 'gw-1' },
      });
      const { client } = testClient(server);
      const error = await client.listVpcs().then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.code, 'APIGW.0301');
      assert.equal(error.requestId, 'gw-1');
      assert.equal(error.credentialProblem, true);
      assert.match(error.whatToDo, /clock/);
      assert.equal(server.received.length, 1);
    }));

  it('without credentials: MissingCredentialsError before any request', () =>
    withServer(async (server) => {
      const { client } = testClient(server, {
        credentials: async () => undefined,
        missingCredentialsHint: 'Run "ecs-request configure".',
      });
      const error = await client.listFlavors().then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof MissingCredentialsError);
      assert.match(error.message, /ecs-request configure/);
      assert.equal(server.received.length, 0);
    }));
});

describe('EcsClient: retries and idempotency', () => {
  it('retries 5xx with the SAME client token and body, signing each attempt', () =>
    withServer(async (server) => {
      server.reply(
        { status: 500, body: { error: { code: 'Common.0001', message: 'boom' } } },
        { status: 503, body: 'unavailable' },
        { status: 200, body: { job_id: 'j-1' } },
      );
      const { client, sleeps } = testClient(server);
      const result = await client.createServers(BODY);
      await client.close();
      assert.equal(server.received.length, 3);
      const tokens = new Set(server.received.map((r) => r.headers['x-client-token']));
      assert.equal(tokens.size, 1);
      assert.equal(result.clientToken, [...tokens][0]);
      assert.ok(server.received.every((r) => r.body === server.received[0].body));
      assert.ok(server.received.every((r) => signatureOk(r, server.origin)));
      assert.equal(sleeps.length, 2);
      assert.equal(result.jobId, 'j-1');
    }));

  it('two submissions get two different tokens', () =>
    withServer(async (server) => {
      server.reply({ status: 200, body: { job_id: 'a' } }, { status: 200, body: { job_id: 'b' } });
      const { client } = testClient(server);
      const first = await client.createServers(BODY);
      const second = await client.createServers(BODY);
      await client.close();
      assert.notEqual(first.clientToken, second.clientToken);
    }));

  it('429 with Retry-After in seconds waits at least that long', () =>
    withServer(async (server) => {
      server.reply(
        {
          status: 429,
          body: { error_code: 'APIGW.0308', error_msg: 'over ratelimit', request_id: 'r' },
          headers: { 'Retry-After': '3' },
        },
        { status: 200, body: { flavors: [{ id: 's6.small.1', name: 's6.small.1', vcpus: '1', ram: 1024 }] } },
      );
      const { client, sleeps } = testClient(server);
      const flavors = await client.listFlavors();
      await client.close();
      assert.deepEqual(sleeps, [3000]);
      assert.equal(flavors[0].id, 's6.small.1');
    }));

  it('Retry-After as an HTTP date', () =>
    withServer(async (server) => {
      const now = Date.UTC(2026, 10, 27, 16, 0, 0);
      server.reply(
        {
          status: 429,
          body: { error_code: 'APIGW.0308', error_msg: 'over ratelimit' },
          headers: { 'Retry-After': new Date(now + 5000).toUTCString() },
        },
        { status: 200, body: { vpcs: [] } },
      );
      const { client, sleeps } = testClient(server, { retryEnvironment: { now: () => now } });
      await client.listVpcs();
      await client.close();
      assert.deepEqual(sleeps, [5000]);
    }));

  it('Common.0024 arrives as HTTP 202: read the body, retry with the same token', () =>
    withServer(async (server) => {
      server.reply(
        { status: 202, body: { error: { code: 'Common.0024', message: 'flow control' } } },
        { status: 200, body: { job_id: 'j-2', serverIds: ['x'] } },
      );
      const { client } = testClient(server);
      const result = await client.createServers(BODY);
      await client.close();
      assert.equal(server.received.length, 2);
      assert.equal(server.received[0].headers['x-client-token'], server.received[1].headers['x-client-token']);
      assert.equal(result.jobId, 'j-2');
    }));

  it('gives up after the maximum number of attempts with the last error', () =>
    withServer(async (server) => {
      const fail = { status: 502, body: { error_code: 'APIGW.0201', error_msg: 'backend unavailable' } };
      server.reply(fail, fail, fail, fail, fail);
      const { client } = testClient(server, {
        retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, deadlineMs: 60_000 },
      });
      const error = await client.getJob('job-1').then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.httpStatus, 502);
      assert.equal(server.received.length, 3);
    }));

  it('stops when the next wait would pass the total deadline', () =>
    withServer(async (server) => {
      server.reply({
        status: 429,
        body: { error_code: 'APIGW.0308', error_msg: 'x' },
        headers: { 'Retry-After': '120' },
      });
      const { client, sleeps } = testClient(server, {
        retry: { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 5, deadlineMs: 60_000 },
      });
      const error = await client.listVpcs().then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof EcsApiError && error.throttled);
      assert.deepEqual(sleeps, []);
      assert.equal(server.received.length, 1);
    }));

  it('a connection reset after sending: create WITH token is retried', () =>
    withServer(async (server) => {
      server.reply({ destroy: true }, { status: 200, body: { job_id: 'j-3' } });
      const { client } = testClient(server);
      const result = await client.createServers(BODY);
      await client.close();
      assert.equal(server.received.length, 2);
      assert.equal(server.received[0].headers['x-client-token'], server.received[1].headers['x-client-token']);
      assert.equal(result.jobId, 'j-3');
    }));

  it('a connection reset after sending: a request WITHOUT token (pay order) is not retried', () =>
    withServer(async (server) => {
      server.reply({ destroy: true }, { status: 200, body: {} });
      const { client } = testClient(server);
      const error = await client.payOrder('CS2007281506xxxxx').then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof NetworkError);
      assert.equal(error.requestMayHaveBeenSent, true);
      assert.equal(server.received.length, 1);
      assert.equal(server.received[0].headers['x-client-token'], undefined);
      assert.deepEqual(JSON.parse(server.received[0].body), {
        order_id: 'CS2007281506xxxxx',
        use_coupon: 'NO',
        use_discount: 'NO',
      });
    }));

  it('a 5xx for a request without token is not retried either', () =>
    withServer(async (server) => {
      server.reply({ status: 500, body: { error: { code: 'Common.0001', message: 'x' } } }, { status: 200, body: {} });
      const { client } = testClient(server);
      await assert.rejects(client.payOrder('o-1'), EcsApiError);
      await client.close();
      assert.equal(server.received.length, 1);
    }));

  it('a refused connection (nothing sent) is retried even without a token', async () => {
    const server = await LoopbackServer.start();
    const origin = server.origin;
    await server.close();
    const lines: string[] = [];
    const { client } = testClient(origin, {
      retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2, deadlineMs: 60_000 },
      logger: { debug() {}, info: (m) => lines.push(m), warn: (m) => lines.push(m), error() {} },
    });
    const error = await client.payOrder('o-1').then(
      () => undefined,
      (e: unknown) => e,
    );
    await client.close();
    assert.ok(error instanceof NetworkError);
    assert.equal(error.requestMayHaveBeenSent, false);
    assert.equal(error.code, 'ECONNREFUSED');
    assert.equal(lines.filter((l) => l === 'request failed').length, 3);
  });
});

describe('EcsClient: time limits and cancellation', () => {
  it('an attempt without an answer ends with TimeoutError', () =>
    withServer(async (server) => {
      server.reply({ hang: true });
      const { client } = testClient(server, { timeoutMs: 300, retry: { maxAttempts: 1 } });
      const error = await client.getJob('j').then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof TimeoutError);
      assert.match(error.message, /did not answer within 300 ms/);
    }));

  it('aborting while the server holds the request ends with CancelledError and no retry', () =>
    withServer(async (server) => {
      server.reply({ hang: true }, { status: 200, body: {} });
      const { client } = testClient(server);
      const controller = new AbortController();
      void nextRequest(server).then(() => controller.abort());
      const error = await client.createServers(BODY, { signal: controller.signal }).then(
        () => undefined,
        (e: unknown) => e,
      );
      await client.close();
      assert.ok(error instanceof CancelledError);
      assert.equal(server.received.length, 1);
    }));

  it('an already aborted signal sends nothing', () =>
    withServer(async (server) => {
      const { client } = testClient(server);
      await assert.rejects(client.listVpcs({ signal: AbortSignal.abort() }), CancelledError);
      await client.close();
      assert.equal(server.received.length, 0);
    }));
});

describe('EcsClient: project lookup, jobs and lists', () => {
  it('looks the project up once per region via IAM (without X-Project-Id) and uses it', () =>
    withServer(async (server) => {
      server.reply(
        {
          status: 200,
          body: {
            projects: [
              { id: 'p-other', name: 'cn-north-4_sub' },
              { id: TEST_PROJECT, name: 'cn-north-4' },
            ],
          },
        },
        { status: 200, body: { vpcs: [{ id: 'v1', name: 'vpc-a' }] } },
        { status: 200, body: { subnets: [] } },
      );
      const { client } = testClient(server, { projectId: undefined });
      const vpcs = await client.listVpcs();
      await client.listSubnets({ vpcId: 'v1' });
      await client.close();
      const [iam, vpcCall, subnetCall] = server.received;
      assert.equal(iam.url, '/v3/projects?name=cn-north-4');
      assert.equal(iam.headers['x-project-id'], undefined);
      assert.match(iam.headers.authorization, /SignedHeaders=content-type;host;x-sdk-date,/);
      assert.equal(vpcCall.url, `/v1/${TEST_PROJECT}/vpcs`);
      assert.equal(vpcCall.headers['x-project-id'], TEST_PROJECT);
      assert.equal(subnetCall.url, `/v1/${TEST_PROJECT}/subnets?vpc_id=v1`);
      assert.equal(server.received.length, 3);
      assert.deepEqual(vpcs, [{ id: 'v1', name: 'vpc-a' }]);
    }));

  it('no project with the region name: ProjectLookupError', () =>
    withServer(async (server) => {
      server.reply({ status: 200, body: { projects: [] } });
      const { client } = testClient(server, { projectId: undefined });
      await assert.rejects(client.lookupProjectId(), ProjectLookupError);
      await client.close();
    }));

  it('getJob returns the typed job with per-server sub-jobs', () =>
    withServer(async (server) => {
      server.reply({
        status: 200,
        body: {
          status: 'FAIL',
          job_id: 'j-9',
          job_type: 'createServer',
          error_code: 'Ecs.0204',
          fail_reason: 'create failed',
          begin_time: '2026-11-27T16:00:00.000Z',
          entities: {
            sub_jobs_total: 2,
            sub_jobs: [
              {
                status: 'SUCCESS',
                job_id: 'sj-1',
                job_type: 'createSingleServer',
                entities: { server_id: 'srv-1' },
                error_code: null,
                fail_reason: null,
              },
              {
                status: 'FAIL',
                job_id: 'sj-2',
                job_type: 'createSingleServer',
                entities: { server_id: 'srv-2', errorcode_message: 'no capacity' },
                error_code: 'Ecs.0319',
              },
            ],
          },
        },
      });
      const { client } = testClient(server);
      const job = await client.getJob('j-9');
      await client.close();
      assert.equal(server.received[0].url, `/v1/${TEST_PROJECT}/jobs/j-9`);
      assert.equal(job.status, 'FAIL');
      assert.equal(job.errorCode, 'Ecs.0204');
      assert.equal(job.subJobsTotal, 2);
      assert.deepEqual(job.subJobs[1], {
        jobId: 'sj-2',
        jobType: 'createSingleServer',
        status: 'FAIL',
        serverId: 'srv-2',
        serverName: undefined,
        errorCode: 'Ecs.0319',
        failReason: 'no capacity',
        beginTime: undefined,
        endTime: undefined,
      });
    }));

  it('calls each look-up list with the documented path and query', () =>
    withServer(async (server) => {
      const routes: Record<string, unknown> = {
        [`/v1/${TEST_PROJECT}/cloudservers/flavors?availability_zone=cn-north-4a`]: { flavors: [{ id: 'c7.large.2' }] },
        [`/v2.1/${TEST_PROJECT}/os-availability-zone`]: {
          availabilityZoneInfo: [{ zoneName: 'cn-north-4a', zoneState: { available: true } }],
        },
        '/v2/cloudimages?__os_type=Linux&status=active': { images: [{ id: 'img', name: 'Ubuntu' }] },
        [`/v3/${TEST_PROJECT}/vpc/security-groups`]: { security_groups: [{ id: 'sg', name: 'default' }] },
        [`/v2.1/${TEST_PROJECT}/os-keypairs`]: { keypairs: [{ keypair: { name: 'demo-keypair', fingerprint: 'f' } }] },
        [`/v1/${TEST_PROJECT}/cloudservers/os-server-groups`]: {
          server_groups: [{ id: 'g', name: 'grp', policies: ['anti-affinity'] }],
        },
        [`/v2/${TEST_PROJECT}/types`]: { volume_types: [{ id: 't', name: 'SSD' }] },
        [`/v1/${TEST_PROJECT}/cloudservers/detail`]: { servers: [{ id: 's', name: 'web' }] },
      };
      const routed = await LoopbackServer.start((req) =>
        req.url in routes ? { status: 200, body: routes[req.url] } : undefined,
      );
      try {
        const { client } = testClient(routed);
        assert.equal((await client.listFlavors({ availabilityZone: 'cn-north-4a' }))[0].id, 'c7.large.2');
        assert.equal((await client.listAvailabilityZones())[0].zoneName, 'cn-north-4a');
        assert.equal((await client.listImages({ osType: 'Linux' }))[0].name, 'Ubuntu');
        assert.equal((await client.listSecurityGroups())[0].name, 'default');
        assert.deepEqual(await client.listKeyPairs(), [{ name: 'demo-keypair', fingerprint: 'f' }]);
        assert.deepEqual((await client.listServerGroups())[0].policies, ['anti-affinity']);
        assert.equal((await client.listVolumeTypes())[0].name, 'SSD');
        assert.equal((await client.listServers())[0].name, 'web');
        await client.close();
        assert.equal(routed.received.length, 8);
        assert.ok(routed.received.every((r) => signatureOk(r, routed.origin)));
        assert.ok(routed.received.every((r) => r.headers['x-project-id'] === TEST_PROJECT));
      } finally {
        await routed.close();
      }
      assert.equal(server.received.length, 0);
    }));
});
