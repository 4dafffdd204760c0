/**
 * Cross-check with the official Node SDK (@huaweicloud/huaweicloud-sdk-ecs): if its signer and
 * model parsing accept the emulator, the emulator speaks the real wire format, not only ours.
 * (Only success paths: the SDK prints failed requests, headers included, to the console.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BasicCredentials } from '@huaweicloud/huaweicloud-sdk-core';
import {
  EcsClient as SdkEcsClient,
  type CreateServersRequest,
  type ListServersDetailsRequest,
  type ShowJobRequest,
} from '@huaweicloud/huaweicloud-sdk-ecs';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { control, validCreateBody } from '../support/emulatorRequests';

/** The SDK resolves to the parsed wire JSON (snake_case keys) plus httpStatusCode. */
type WireResponse = Record<string, any>;

describe('official Huawei Cloud SDK against the emulator', () => {
  let emulator: RunningEmulator;
  let sdk: SdkEcsClient;

  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000 });
    sdk = SdkEcsClient.newBuilder()
      .withCredential(new BasicCredentials().withAk(emulator.ak).withSk(emulator.sk).withProjectId(emulator.projectId))
      .withEndpoint(emulator.endpoint)
      .build();
  });
  after(() => emulator.close());

  // The SDK reads `body` and `X-Client-Token` from a plain object as well as from its model classes.
  const createRequest = (body: unknown, clientToken?: string) =>
    ({ body, ...(clientToken ? { 'X-Client-Token': clientToken } : {}) }) as unknown as CreateServersRequest;

  it('CreateServers is accepted (signature, headers, body) and answers job_id and serverIds', async () => {
    const created = (await sdk.createServers(
      createRequest(validCreateBody({ name: 'sdk-create' }), 'c0ffee00-0000-4000-8000-000000000001'),
    )) as WireResponse;
    assert.equal(created.httpStatusCode, 200);
    assert.match(created.job_id, /^[0-9a-f]{32}$/);
    assert.equal(created.serverIds.length, 1);
    const again = (await sdk.createServers(
      createRequest(validCreateBody({ name: 'sdk-create' }), 'c0ffee00-0000-4000-8000-000000000001'),
    )) as WireResponse;
    assert.equal(again.job_id, created.job_id, 'the SDK-sent X-Client-Token is honoured');
  });

  it('a dry run through the SDK answers 202 and creates nothing', async () => {
    const before = (await control(emulator, 'GET', '/_emulator/state')).json.jobs.length;
    const dry = (await sdk.createServers(
      createRequest(validCreateBody({ name: 'sdk-dry' }, { dry_run: true })),
    )) as WireResponse;
    assert.equal(dry.httpStatusCode, 202);
    assert.equal((await control(emulator, 'GET', '/_emulator/state')).json.jobs.length, before);
  });

  it('ShowJob and ListServersDetails work and parse', async () => {
    const created = (await sdk.createServers(
      createRequest(validCreateBody({ name: 'sdk-job', count: 2 })),
    )) as WireResponse;
    const job = (await sdk.showJob({ job_id: created.job_id } as unknown as ShowJobRequest)) as WireResponse;
    assert.equal(job.httpStatusCode, 200);
    assert.equal(job.job_id, created.job_id);
    assert.ok(['INIT', 'RUNNING', 'SUCCESS'].includes(job.status));
    assert.equal(job.entities.sub_jobs_total, 2);
    assert.deepEqual(
      job.entities.sub_jobs.map((s: WireResponse) => s.entities.server_id).sort(),
      [...created.serverIds].sort(),
    );

    const list = (await sdk.listServersDetails({
      name: 'sdk-job',
    } as unknown as ListServersDetailsRequest)) as WireResponse;
    assert.equal(list.httpStatusCode, 200);
    assert.equal(list.count, 2);
    for (const server of list.servers) {
      assert.ok(created.serverIds.includes(server.id));
      assert.ok(server.flavor.id === 's6.small.1');
      assert.ok(Object.values(server.addresses).flat().length >= 1);
    }
  });
});
