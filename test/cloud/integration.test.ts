/**
 * End-to-end: the cloud client (EcsClient, JobTracker) against the local emulator over real
 * sockets. A shared fake clock drives signatures, the emulator's jobs and the tracker's waits,
 * so nothing here waits for real time.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EcsClient, type EcsClientOptions } from '../../cloud/ecsClient';
import { emulatorClientOptions } from '../../cloud/emulatorTarget';
import { EcsApiError } from '../../cloud/errors';
import { JobTracker } from '../../cloud/jobTracker';
import type { Logger } from '../../cloud/redact';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator';
import { control, validCreateBody } from '../support/emulatorRequests';
import { SEEDED } from '../support/requestBuilder';

interface Harness {
  emulator: RunningEmulator;
  clock: { now: number };
  client(options?: Partial<EcsClientOptions>): EcsClient;
  tracker(jobId: string, client: EcsClient): JobTracker;
  jobIds(): Promise<string[]>;
  serversNamed(name: string): Promise<Array<{ id: string; name: string }>>;
  close(): Promise<void>;
}

/** Everything an integration test needs, with clients closed at the end. */
async function harness(extra: { logger?: Logger; emulatorOptions?: EmulatorOptions } = {}): Promise<Harness> {
  const clock = { now: Date.parse('2026-11-27T16:00:00Z') };
  const at = () => new Date(clock.now);
  const emulator = await startEmulator({ clock: at, jobSpeed: 1, ...extra.emulatorOptions });
  const clients: EcsClient[] = [];
  return {
    emulator,
    clock,
    client(options = {}) {
      const client = new EcsClient(
        emulatorClientOptions(emulator, {
          // No project: these clients find it through IAM, as a cloud profile without one does.
          projectId: undefined,
          now: at,
          retryEnvironment: {
            sleep: async (ms: number) => void (clock.now += ms),
            random: () => 0.5,
            now: () => clock.now,
          },
          logger: extra.logger,
          ...options,
        }),
      );
      clients.push(client);
      return client;
    },
    tracker(jobId, client) {
      return new JobTracker(jobId, {
        fetchJob: (id, signal) => client.getJob(id, { signal }),
        now: () => clock.now,
        sleep: async (ms) => void (clock.now += ms),
        initialDelayMs: 1000,
        maxDelayMs: 5000,
      });
    },
    async jobIds() {
      return (await control(emulator, 'GET', '/_emulator/state')).json.jobs;
    },
    async serversNamed(name) {
      return (await control(emulator, 'GET', '/_emulator/state')).json.servers.filter((s: { name: string }) =>
        s.name.startsWith(name),
      );
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await emulator.close();
    },
  };
}

describe('cloud client against the emulator', () => {
  let h: Harness;
  let client: EcsClient;
  before(async () => {
    h = await harness();
    client = h.client();
  });
  after(() => h.close());
  afterEach(() => h.emulator.faults.clear());

  it('looks up the project ID of the region through IAM', async () => {
    assert.equal(await client.lookupProjectId(), SEEDED.projectId);
  });

  it('reads every look-up list used for completion', async () => {
    const flavors4b = await client.listFlavors({ availabilityZone: 'cn-north-4b' });
    assert.ok(flavors4b.some((f) => f.id === 's6.small.1'));
    assert.ok(!flavors4b.some((f) => f.id === 'c7.large.2'), 'sold out in cn-north-4b');
    assert.ok((await client.listFlavors({ availabilityZone: 'cn-north-4a' })).some((f) => f.id === 'c7.large.2'));
    assert.deepEqual(
      (await client.listAvailabilityZones()).map((z) => z.zoneName),
      ['cn-north-4a', 'cn-north-4b', 'cn-north-4c'],
    );
    const linux = await client.listImages({ osType: 'Linux' });
    assert.deepEqual(linux.map((i) => i.id).sort(), [SEEDED.ubuntuImage, SEEDED.centosImage].sort());
    assert.deepEqual((await client.listVpcs()).map((v) => v.id).sort(), [SEEDED.vpc, SEEDED.otherVpc].sort());
    assert.deepEqual(
      (await client.listSubnets({ vpcId: SEEDED.vpc })).map((s) => s.id).sort(),
      [SEEDED.subnetApp, SEEDED.subnetDb].sort(),
    );
    assert.deepEqual((await client.listSecurityGroups()).map((g) => g.name).sort(), ['default', 'web']);
    assert.deepEqual(
      (await client.listKeyPairs()).map((k) => k.name),
      [SEEDED.keyPair],
    );
    assert.deepEqual(
      (await client.listServerGroups()).map((g) => [g.id, g.policies]),
      [[SEEDED.serverGroup, ['anti-affinity']]],
    );
    assert.deepEqual(
      (await client.listVolumeTypes()).map((t) => t.name),
      ['SATA', 'SAS', 'SSD', 'GPSSD', 'ESSD', 'GPSSD2', 'ESSD2'],
    );
  });

  it('dry run: 202 and nothing created; a refused dry run is an EcsApiError with the code', async () => {
    const before = (await h.jobIds()).length;
    const result = await client.createServers(validCreateBody({ name: 'int-dry' }), { dryRun: true });
    assert.equal(result.status, 202);
    assert.equal(result.dryRun, true);
    assert.equal(result.jobId, undefined);
    assert.equal((await h.jobIds()).length, before);
    await assert.rejects(
      client.createServers(validCreateBody({ adminPass: 'weak' }), { dryRun: true }),
      (error: unknown) => {
        assert.ok(error instanceof EcsApiError);
        assert.equal(error.code, 'Ecs.0011');
        assert.equal(error.httpStatus, 400);
        return true;
      },
    );
  });

  it('an account problem passes the dry run and is refused synchronously at creation', async () => {
    const windows = validCreateBody({ name: 'int-windows', imageRef: SEEDED.windowsImage });
    assert.equal((await client.createServers(windows, { dryRun: true })).status, 202);
    const before = (await h.jobIds()).length;
    await assert.rejects(client.createServers(windows), (error: unknown) => {
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.code, 'Ecs.0074');
      assert.equal(error.httpStatus, 400);
      return true;
    });
    assert.equal((await h.jobIds()).length, before, 'no job for a refused create');
  });

  it(
    'surfaces an unknown job ID (HTTP 400 Common.0011) ' + 'as a clear error, and the tracker ends as expired',
    async () => {
      const unknownJob = '0123456789abcdef0123456789abcdef';
      await assert.rejects(client.getJob(unknownJob), (error: unknown) => {
        assert.ok(error instanceof EcsApiError);
        assert.equal(error.code, 'Common.0011');
        assert.equal(error.httpStatus, 400);
        assert.match(error.describe(), /Common\.0011/);
        assert.match(error.serviceMessage, /was not found/);
        return true;
      });
      const state = await h.tracker(unknownJob, client).track();
      assert.equal(state.phase, 'expired');
      assert.equal(state.errorCode, 'Common.0011');
    },
  );

  it('works with the temporary key and its security token, and names the missing token without it', async () => {
    const { ak, sk, securityToken } = h.emulator.temporary;
    const temporary = h.client({ credentials: { ak, sk, securityToken }, projectId: SEEDED.projectId });
    assert.ok((await temporary.listVpcs()).length > 0);
    const tokenless = h.client({ credentials: { ak, sk }, projectId: SEEDED.projectId });
    await assert.rejects(tokenless.listVpcs(), (error: unknown) => {
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.code, 'APIGW.0301');
      assert.equal(error.credentialProblem, true);
      assert.match(error.serviceMessage, /X-Security-Token/);
      return true;
    });
  });

  it('follows a job to SUCCESS with the JobTracker and lists the servers', async () => {
    const created = await client.createServers(validCreateBody({ name: 'int-ok', count: 2 }));
    assert.ok(created.jobId);
    const state = await h.tracker(created.jobId, client).track();
    assert.equal(state.phase, 'success');
    assert.equal(state.job?.subJobs.length, 2);
    assert.ok(state.job?.subJobs.every((s) => s.status === 'SUCCESS'));
    const servers = await client.listServers();
    const mine = servers.filter((s) => created.serverIds?.includes(s.id));
    assert.deepEqual(
      mine.map((s) => s.status),
      ['ACTIVE', 'ACTIVE'],
    );
  });

  it('follows a job to FAIL with the reason and code of the failed servers', async () => {
    h.emulator.faults.inject({ kind: 'jobFailure' });
    const created = await client.createServers(validCreateBody({ name: 'int-fail' }));
    const state = await h.tracker(created.jobId as string, client).track();
    assert.equal(state.phase, 'failed');
    assert.equal(state.errorCode, 'Ecs.0319');
    assert.match(state.reason ?? '', /capacity/i);
    assert.equal(state.job?.subJobs[0].errorCode, 'Ecs.0319');
  });

  it('takes a yearly/monthly order through PENDING_PAYMENT, payment, and SUCCESS', async () => {
    const body = validCreateBody({
      name: 'int-monthly',
      extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1, isAutoPay: 'false' },
    });
    const created = await client.createServers(body);
    assert.ok(created.orderId);
    const waiting = await h.tracker(created.jobId as string, client).track();
    assert.equal(waiting.phase, 'pending-payment');
    const paid = await client.payOrder(created.orderId);
    assert.ok(paid.status >= 200 && paid.status < 300);
    const done = await h.tracker(created.jobId as string, client).track();
    assert.equal(done.phase, 'success');
  });

  it('ends tracking as expired when the job is older than a day', async () => {
    const created = await client.createServers(validCreateBody({ name: 'int-expired' }));
    assert.equal((await h.tracker(created.jobId as string, client).track()).phase, 'success');
    h.clock.now += 25 * 60 * 60 * 1000;
    const state = await h.tracker(created.jobId as string, client).track();
    assert.equal(state.phase, 'expired');
  });

  describe('exactly one job when the first answer is lost', () => {
    const cases: Array<[string, Parameters<RunningEmulator['faults']['inject']>[0]]> = [
      ['a connection reset after commit', { kind: 'resetAfterCommit', count: 1 }],
      ['a 502 after commit', { kind: 'serverError', status: 502, afterCommit: true, on: 'create' }],
      ['a 500 before the work', { kind: 'serverError', status: 500, on: 'create' }],
      ['a 503 twice', { kind: 'serverError', status: 503, count: 2, on: 'create' }],
      ['throttling (429 with Retry-After)', { kind: 'throttle', count: 2, retryAfterSeconds: 2, on: 'create' }],
      ['flow control (Common.0024 on HTTP 202)', { kind: 'flowControl', count: 1, on: 'create' }],
    ];
    for (const [label, fault] of cases) {
      it(`survives ${label}`, async () => {
        const name = `int-lost-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 50);
        h.emulator.faults.inject(fault);
        const before = await h.jobIds();
        const result = await client.createServers(validCreateBody({ name, count: 2 }));
        const afterIds = await h.jobIds();
        assert.equal(afterIds.length, before.length + 1, 'exactly one new job');
        assert.ok(result.jobId && afterIds.includes(result.jobId), 'the client got that job');
        const servers = await h.serversNamed(name);
        assert.equal(servers.length, 2, 'one set of servers');
        assert.deepEqual(servers.map((s) => s.id).sort(), [...(result.serverIds ?? [])].sort());
        assert.deepEqual(h.emulator.faults.list(), [], 'the fault was used');
      });
    }
  });

  it('retries a job query that outlasts the client timeout because of injected latency', async () => {
    const created = await client.createServers(validCreateBody({ name: 'int-slow' }));
    h.emulator.faults.inject({ kind: 'latency', ms: 1500, count: 1, on: 'jobs' });
    const messages: string[] = [];
    const record = (message: string) => void messages.push(message);
    const impatient = h.client({
      timeoutMs: 150,
      projectId: SEEDED.projectId,
      logger: { debug: record, info: record, warn: record, error: record },
    });
    const job = await impatient.getJob(created.jobId as string);
    assert.equal(job.jobId, created.jobId);
    assert.ok(messages.includes('retrying'), 'the first attempt timed out and was retried');
    assert.deepEqual(h.emulator.faults.list(), []);
  });

  it('gives the gateway error for a wrong secret key, without retrying or leaking it', async () => {
    const wrongSk = 'WRONGSECRETKEY0000000000000000000000WRNG';
    const messages: string[] = [];
    const record = (message: string) => void messages.push(message);
    const logger: Logger = { debug: record, info: record, warn: record, error: record };
    const bad = h.client({ credentials: { ak: h.emulator.ak, sk: wrongSk }, projectId: SEEDED.projectId, logger });
    await assert.rejects(bad.listVpcs(), (error: unknown) => {
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.code, 'APIGW.0301');
      assert.equal(error.httpStatus, 401);
      assert.equal(error.credentialProblem, true);
      assert.ok(!error.describe().includes(wrongSk));
      return true;
    });
    assert.equal(messages.filter((m) => m === 'request').length, 1, 'one attempt only');
    assert.ok(!messages.includes('retrying'));
  });

  it('gives the gateway error for an unknown access key', async () => {
    const unknown = h.client({ credentials: { ak: 'NOSUCHAK000000000000', sk: h.emulator.sk } });
    await assert.rejects(
      unknown.lookupProjectId(),
      (error: unknown) => error instanceof EcsApiError && error.code === 'APIGW.0301',
    );
  });

  it('gives the gateway error when the local clock is more than 15 minutes off', async () => {
    const skewed = h.client({ now: () => new Date(h.clock.now + 20 * 60_000), projectId: SEEDED.projectId });
    await assert.rejects(skewed.listFlavors(), (error: unknown) => {
      assert.ok(error instanceof EcsApiError);
      assert.equal(error.code, 'APIGW.0301');
      assert.match(error.serviceMessage, /15 minutes/);
      return true;
    });
  });
});

describe('redaction across a full scenario', () => {
  it('keeps the SK, adminPass and user_data out of every log line and error message', async () => {
    const output: string[] = [];
    const capture = (level: string) => (message: string, fields?: unknown) =>
      void output.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`);
    const clientLogger: Logger = {
      debug: capture('debug'),
      info: capture('info'),
      warn: capture('warn'),
      error: capture('error'),
    };
    const emulatorLogger = { info: capture('emu-info'), warn: capture('emu-warn'), error: capture('emu-error') };
    const h = await harness({ logger: clientLogger, emulatorOptions: { logger: emulatorLogger } });
    try {
      const adminPass = 'Zq7!Secret-Pass';
      const script = '#!/bin/bash\necho very-private-bootstrap-token-4711\n';
      const userData = Buffer.from(script, 'utf8').toString('base64');
      const client = h.client();
      const body = validCreateBody({ name: 'redact', adminPass, user_data: userData });

      await client.createServers(body, { dryRun: true });
      h.emulator.faults.inject({ kind: 'throttle', count: 1, on: 'create' });
      h.emulator.faults.inject({ kind: 'resetAfterCommit', count: 1 });
      const created = await client.createServers(body);
      output.push(JSON.stringify(await h.tracker(created.jobId as string, client).track()));
      output.push(JSON.stringify(await client.listServers()));
      for (const attempt of [
        () =>
          client.createServers(
            validCreateBody({ name: 'redact-weak', adminPass: `${adminPass}root`, user_data: userData }),
          ),
        () => client.createServers(validCreateBody({ name: 'redact-bad-ud', adminPass, user_data: `${script}` })),
        () => h.client({ credentials: { ak: h.emulator.ak, sk: `${h.emulator.sk}x` } }).listVpcs(),
      ]) {
        await assert.rejects(attempt(), (error: unknown) => {
          output.push(error instanceof EcsApiError ? error.describe() : String(error));
          return error instanceof EcsApiError;
        });
      }

      const text = output.join('\n');
      assert.ok(output.length > 10, 'the scenario produced log output');
      assert.match(text, /emu-info/, 'the emulator logged');
      for (const [label, secret] of [
        ['SK', h.emulator.sk],
        ['adminPass', adminPass],
        ['user_data (base64)', userData],
        ['user_data (decoded)', 'very-private-bootstrap-token-4711'],
      ] as const) {
        assert.equal(text.split(secret).length - 1, 0, `${label} appears in the output`);
      }
      assert.doesNotMatch(text, /Signature=[0-9a-f]{64}/, 'no signature in the output');
    } finally {
      await h.close();
    }
  });
});
