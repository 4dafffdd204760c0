/**
 * Body checks of the create APIs: each documented refusal, its HTTP status and Ecs.* code.
 * Format problems are refused by a dry run too; account problems only when the request is created.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { control, createPath, signedRequest, validCreateBody } from '../support/emulatorRequests';
import { SEEDED } from '../support/requestBuilder';

interface RefusalCase {
  name: string;
  server?: Record<string, unknown>;
  body?: unknown;
  /** Replace the whole server object instead of overriding fields. */
  replaceServer?: Record<string, unknown>;
  api?: 'v1' | 'v1.1';
  code: string;
  detailCode?: string;
  messageIncludes?: string;
  status?: number;
  /** Needs the account's resources: a dry run passes, the create is refused (the seed's dry-run scope). */
  account?: true;
}

const prePaid = (extra: Record<string, unknown> = {}) => ({
  extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1, ...extra },
});

const REFUSALS: RefusalCase[] = [
  { name: 'body that is not JSON', body: '{"server": ', code: 'Ecs.0005' },
  { name: 'empty body', body: '', code: 'Common.0002' },
  { name: 'missing server object', body: { dry_run: false }, code: 'Ecs.0005' },
  { name: 'missing mandatory fields', replaceServer: { name: 'x' }, code: 'Ecs.0005', detailCode: 'Ecs.0005' },
  { name: 'wrong JSON type (count as a string)', server: { count: '2' }, code: 'Ecs.0005' },
  {
    name: 'unknown image',
    server: { imageRef: '00000000-0000-4000-8000-000000000000' },
    code: 'Ecs.0031',
    account: true,
  },
  { name: 'Windows image', server: { imageRef: SEEDED.windowsImage }, code: 'Ecs.0074', account: true },
  { name: 'unknown flavor', server: { flavorRef: 'x9.huge.8' }, code: 'Ecs.0029', account: true },
  {
    name: 'flavor sold out in the AZ',
    server: { flavorRef: 'c7.large.2', availability_zone: 'cn-north-4b' },
    code: 'Ecs.0018',
    account: true,
  },
  {
    name: 'pay-per-use-only flavor bought yearly/monthly',
    server: { flavorRef: 'c7.xlarge.4', ...prePaid() },
    code: 'Ecs.0008',
    account: true,
  },
  { name: 'unknown VPC', server: { vpcid: '2b3c4d5e-0000-4000-8000-00000000ffff' }, code: 'Ecs.0014', account: true },
  {
    name: 'unknown subnet',
    server: { nics: [{ subnet_id: '3c4d5e6f-0000-4000-8000-00000000ffff' }] },
    code: 'Ecs.0038',
    account: true,
  },
  {
    name: 'primary subnet outside vpcid',
    server: { nics: [{ subnet_id: SEEDED.subnetLab }] },
    code: 'Ecs.0064',
    account: true,
  },
  {
    name: 'second subnet outside vpcid',
    server: { nics: [{ subnet_id: SEEDED.subnetApp }, { subnet_id: SEEDED.subnetLab }] },
    code: 'Ecs.0014',
    account: true,
  },
  {
    name: 'fixed IP outside the subnet CIDR',
    server: { nics: [{ subnet_id: SEEDED.subnetApp, ip_address: '10.0.2.10' }] },
    code: 'Ecs.0005',
    detailCode: 'Ecs.0039',
    account: true,
  },
  {
    name: 'fixed IP that is the broadcast address',
    server: { nics: [{ subnet_id: SEEDED.subnetApp, ip_address: '10.0.1.255' }] },
    code: 'Ecs.0005',
    detailCode: 'Ecs.0039',
    account: true,
  },
  {
    name: 'too many NICs',
    server: { nics: Array.from({ length: 13 }, () => ({ subnet_id: SEEDED.subnetApp })) },
    code: 'Ecs.0050',
    account: true,
  },
  {
    name: 'too many data disks',
    server: { data_volumes: Array.from({ length: 24 }, () => ({ volumetype: 'SSD', size: 10 })) },
    code: 'Ecs.0042',
    account: true,
  },
  { name: 'unknown disk type', server: { root_volume: { volumetype: 'ULTRA' } }, code: 'Ecs.0043', account: true },
  {
    name: 'system disk below the image minimum',
    server: { root_volume: { volumetype: 'SSD', size: 20 } },
    code: 'Ecs.0005',
    account: true,
  },
  { name: 'name too long', server: { name: 'n'.repeat(129) }, code: 'Ecs.0914' },
  { name: 'name too long for count > 1', server: { name: 'n'.repeat(60), count: 2 }, code: 'Ecs.0914' },
  { name: 'name with illegal characters', server: { name: 'web server!' }, code: 'Ecs.0915' },
  { name: 'description with angle brackets', server: { description: '<b>' }, code: 'Ecs.0041' },
  {
    name: 'dedicated-storage disk without cluster_id (R17)',
    server: { root_volume: { volumetype: 'SSD', cluster_type: 'DSS' } },
    code: 'Ecs.0911',
  },
  {
    name: 'dedicated-storage data disk with a blank cluster_id (R17)',
    server: { data_volumes: [{ volumetype: 'SSD', size: 10, cluster_type: 'DSS', cluster_id: '' }] },
    code: 'Ecs.0005',
    detailCode: 'Ecs.0005',
  },
  {
    name: 'bandwidth size out of range (nested format)',
    server: { publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 0 } } } },
    code: 'Ecs.0005',
    messageIncludes: '1 invalid',
  },
  { name: 'spot with yearly/monthly billing', server: prePaid({ marketType: 'spot' }), code: 'Ecs.0005' },
  { name: 'yearly/monthly without a period', server: { extendparam: { chargingMode: 'prePaid' } }, code: 'Ecs.0005' },
  {
    name: 'auto_terminate_time on a yearly/monthly server',
    server: { ...prePaid(), auto_terminate_time: '2030-01-01T00:00:00Z' },
    code: 'Ecs.0084',
  },
  { name: 'too many servers at once (pay-per-use)', server: { count: 501 }, code: 'Ecs.0913' },
  { name: 'too many servers at once (yearly/monthly)', server: { count: 101, ...prePaid() }, code: 'Ecs.0913' },
  { name: 'weak adminPass', server: { adminPass: 'password' }, code: 'Ecs.0011' },
  { name: 'user_data that is not base64', server: { user_data: '#!/bin/bash echo hi' }, code: 'Ecs.0005' },
  { name: 'unknown key pair', server: { key_name: 'no-such-key' }, code: 'Ecs.0314', account: true },
  {
    name: 'unknown security group',
    server: { security_groups: [{ id: '4d5e6f70-0000-4000-8000-00000000ffff' }] },
    code: 'Ecs.0014',
    account: true,
  },
  {
    name: 'unknown server group',
    server: { 'os:scheduler_hints': { group: '5e6f7081-0000-4000-8000-00000000ffff' } },
    code: 'Ecs.0313',
    account: true,
  },
  {
    name: 'prePaid string chargingMode on the V1 API',
    api: 'v1',
    server: { extendparam: { chargingMode: 'prePaid' } },
    code: 'Ecs.0005',
  },
  {
    name: 'instance quota exceeded',
    server: { count: 51 },
    code: 'Ecs.0001',
    messageIncludes: 'instances',
    account: true,
  },
  {
    name: 'RAM quota exceeded',
    server: { flavorRef: 'c7.xlarge.4', count: 26 },
    code: 'Ecs.0001',
    messageIncludes: 'RAM',
    account: true,
  },
];

describe('emulator body checks', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000 });
  });
  after(() => emulator.close());

  async function create(api: 'v1' | 'v1.1', body: unknown, headers: Record<string, string> = {}) {
    const path = api === 'v1' ? `/v1/${emulator.projectId}/cloudservers` : createPath();
    return signedRequest(emulator, 'POST', path, { body, headers });
  }

  for (const refusal of REFUSALS) {
    // Raw (non-object) bodies have no dry-run variant.
    const variants = refusal.body === undefined ? [false, true] : [false];
    for (const dryRun of variants) {
      if (dryRun && refusal.account) {
        it(`lets a dry run pass with ${refusal.name} (an account check, made at creation)`, async () => {
          const valid = validCreateBody(refusal.server ?? {});
          const response = await create(refusal.api ?? 'v1.1', { ...valid, dry_run: true });
          assert.equal(response.status, 202, response.text);
          assert.equal(response.text, '');
        });
        continue;
      }
      it(`refuses ${refusal.name} with ${refusal.code}${dryRun ? ' (dry run too)' : ''}`, async () => {
        let body: unknown = refusal.body;
        if (body === undefined) {
          const valid = validCreateBody(refusal.server ?? {});
          if (refusal.replaceServer) valid.server = refusal.replaceServer;
          body = dryRun ? { ...valid, dry_run: true } : valid;
        }
        const response = await create(refusal.api ?? 'v1.1', body);
        assert.equal(response.status, refusal.status ?? 400, response.text);
        assert.equal(response.json.error.code, refusal.code, response.text);
        assert.equal(typeof response.json.error.message, 'string');
        if (refusal.messageIncludes)
          assert.ok(response.json.error.message.includes(refusal.messageIncludes), response.json.error.message);
        if (refusal.detailCode)
          assert.ok(response.json.error.details.some((d: { code: string }) => d.code === refusal.detailCode));
        const state = await control(emulator, 'GET', '/_emulator/state');
        assert.equal(state.json.jobs.length, 0, 'a refused request creates nothing');
      });
    }
  }

  it('lists every missing mandatory field in the details', async () => {
    const response = await create('v1.1', { server: {} });
    const fields = response.json.error.details.map((d: { message: string }) => d.message.split(':')[0]);
    for (const field of [
      'server.imageRef',
      'server.flavorRef',
      'server.name',
      'server.vpcid',
      'server.nics',
      'server.root_volume',
    ]) {
      assert.ok(fields.includes(field), `${field} reported`);
    }
  });

  it('never quotes adminPass or user_data in a refusal', async () => {
    const secretPassword = 'rootSECRET1!';
    const badUserData = 'plain-text-secret-script';
    for (const server of [{ adminPass: secretPassword }, { user_data: badUserData }]) {
      const response = await create('v1.1', validCreateBody(server));
      assert.equal(response.status, 400);
      assert.ok(!response.text.includes(secretPassword) && !response.text.includes(badUserData));
    }
  });

  describe('what is accepted', () => {
    beforeEach(async () => {
      await control(emulator, 'PUT', '/_emulator/quotas', { instances: 50, cores: 200, ramGb: 400 });
    });

    it('accepts the seeded valid body on V1.1 and V1 (pay-per-use, chargingMode 0)', async () => {
      const v11 = await create('v1.1', validCreateBody({}, { dry_run: true }));
      assert.equal(v11.status, 202);
      const v1 = await create('v1', validCreateBody({ extendparam: { chargingMode: 0 } }, { dry_run: true }));
      assert.equal(v1.status, 202);
    });

    it('accepts a sold-out flavor in an AZ where it is on sale, and a long name with isAutoRename', async () => {
      const onSale = await create(
        'v1.1',
        validCreateBody({ flavorRef: 'c7.large.2', availability_zone: 'cn-north-4a' }, { dry_run: true }),
      );
      assert.equal(onSale.status, 202, onSale.text);
      const sameName = await create(
        'v1.1',
        validCreateBody({ name: 'n'.repeat(100), count: 2, isAutoRename: true }, { dry_run: true }),
      );
      assert.equal(sameName.status, 202, sameName.text);
    });

    it('counts quota against servers that already exist', async () => {
      await control(emulator, 'PUT', '/_emulator/quotas', { instances: 1 });
      const first = await create('v1.1', validCreateBody({ name: 'quota-first' }));
      assert.equal(first.status, 200, first.text);
      const second = await create('v1.1', validCreateBody({ name: 'quota-second' }));
      assert.equal(second.status, 400);
      assert.equal(second.json.error.code, 'Ecs.0001');
    });

    it('refuses vCPU and RAM quota overruns at creation, naming the resource', async () => {
      await control(emulator, 'PUT', '/_emulator/quotas', { cores: 3 });
      const cores = await create('v1.1', validCreateBody({ flavorRef: 's6.large.2', count: 2 }));
      assert.equal(cores.json.error.code, 'Ecs.0001');
      assert.match(cores.json.error.message, /vCPU/);
      await control(emulator, 'PUT', '/_emulator/quotas', { cores: 200, ramGb: 3 });
      const ram = await create('v1.1', validCreateBody({ flavorRef: 's6.large.2' }));
      assert.equal(ram.json.error.code, 'Ecs.0001');
      assert.match(ram.json.error.message, /RAM/);
    });

    it('refuses a fixed IP that another server already uses with Ecs.0010', async () => {
      const first = await create(
        'v1.1',
        validCreateBody({ name: 'fixed-ip', nics: [{ subnet_id: SEEDED.subnetDb, ip_address: '10.0.2.50' }] }),
      );
      assert.equal(first.status, 200, first.text);
      const second = await create(
        'v1.1',
        validCreateBody({ name: 'fixed-ip-2', nics: [{ subnet_id: SEEDED.subnetDb, ip_address: '10.0.2.50' }] }),
      );
      assert.equal(second.json.error.code, 'Ecs.0010');
    });
  });
});
