/**
 * The emulator's verdicts where they must agree with the seed (issue 11): what a dry run judges
 * (format) and what only creation judges (the account), blank values that mean "automatic",
 * ports, names, metadata, and the rules R16, R20, R32, R36, R37, R39, R45.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { control, createPath, signedRequest, validCreateBody, type RawResponse } from '../support/emulatorRequests';
import { SEEDED } from '../support/requestBuilder';

const prePaid = (extra: Record<string, unknown> = {}) => ({
  extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1, isAutoPay: 'true', ...extra },
});

/** The seed's second example (password login, `key_name: ""`, `metadata: {}`) with the world's IDs. */
function seedPasswordExample(): Record<string, unknown> {
  return {
    server: {
      availability_zone: 'cn-north-4a',
      name: 'newserver',
      adminPass: 'Seed-Example-2024',
      imageRef: SEEDED.centosImage,
      root_volume: { volumetype: 'SSD' },
      data_volumes: [
        { volumetype: 'SSD', size: 100 },
        { volumetype: 'SSD', size: 100, multiattach: true, 'hw:passthrough': true },
      ],
      flavorRef: 's6.small.1',
      vpcid: SEEDED.vpc,
      security_groups: [{ id: SEEDED.securityGroupDefault }],
      nics: [{ subnet_id: SEEDED.subnetApp }],
      publicip: { eip: { iptype: '5_sbgp', bandwidth: { size: 1, sharetype: 'PER' } } },
      key_name: '',
      count: 1,
      metadata: {},
      extendparam: {
        chargingMode: 'prePaid',
        periodType: 'month',
        periodNum: 1,
        isAutoRenew: 'true',
        isAutoPay: 'true',
        enterprise_project_id: SEEDED.enterpriseProject,
      },
      'os:scheduler_hints': { group: SEEDED.serverGroup },
    },
  };
}

describe('emulator verdicts (issue 11)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000 });
  });
  after(() => emulator.close());

  const post = (body: unknown): Promise<RawResponse> => signedRequest(emulator, 'POST', createPath(), { body });
  const dryRun = (body: Record<string, unknown>) => post({ ...body, dry_run: true });

  async function jobCount(): Promise<number> {
    return (await control(emulator, 'GET', '/_emulator/state')).json.jobs.length;
  }

  /** Dry run and create both accept the body (the create really commits a job). */
  async function assertAccepted(body: Record<string, unknown>): Promise<RawResponse> {
    const checked = await dryRun(body);
    assert.equal(checked.status, 202, `dry run: ${checked.text}`);
    const created = await post(body);
    assert.equal(created.status, 200, `create: ${created.text}`);
    assert.match(created.json.job_id, /^[0-9a-f]{32}$/);
    return created;
  }

  /** A format problem: the dry run already refuses it. */
  async function assertFormatRefusal(body: Record<string, unknown>, code: string, message?: RegExp): Promise<void> {
    const jobs = await jobCount();
    for (const response of [await dryRun(body), await post(body)]) {
      assert.equal(response.status, 400, response.text);
      assert.equal(response.json.error.code, code, response.text);
      if (message) assert.match(response.json.error.message, message);
    }
    assert.equal(await jobCount(), jobs, 'nothing was created');
  }

  /** An account problem: the dry run passes, the create is refused synchronously (HTTP 400). */
  async function assertAccountRefusal(body: Record<string, unknown>, code: string, message?: RegExp): Promise<void> {
    const checked = await dryRun(body);
    assert.equal(checked.status, 202, `dry run: ${checked.text}`);
    const jobs = await jobCount();
    const created = await post(body);
    assert.equal(created.status, 400, created.text);
    assert.equal(created.json.error.code, code, created.text);
    if (message) assert.match(created.json.error.message, message);
    assert.equal(await jobCount(), jobs, 'nothing was created');
  }

  describe('blank values mean "none" or "automatic" (items 1 and 10)', () => {
    it('accepts the seed example that sends key_name "" and metadata {} (yearly/monthly, password login)', async () => {
      await assertAccepted(seedPasswordExample());
    });

    it('accepts key_name "" on a pay-per-use server and stores no key pair', async () => {
      await assertAccepted(validCreateBody({ name: 'blank-key', key_name: '' }));
    });

    it('accepts nics[].ip_address "", availability_zone "" and allowed_address_pairs[].ip_address ""', async () => {
      const nic = { subnet_id: SEEDED.subnetApp, ip_address: '', allowed_address_pairs: [{ ip_address: '' }] };
      await assertAccepted(validCreateBody({ name: 'blank-auto', availability_zone: '', nics: [nic] }));
    });

    it('refuses allowed_address_pairs[].ip_address 0.0.0.0/0 in the dry run (R08)', async () => {
      const nic = { subnet_id: SEEDED.subnetApp, allowed_address_pairs: [{ ip_address: '0.0.0.0/0' }] };
      await assertFormatRefusal(validCreateBody({ nics: [nic] }), 'Ecs.0005', /0\.0\.0\.0\/0/);
    });
  });

  describe('NICs by port_id (item 11)', () => {
    it("attaches a free port given only by port_id, with the port's address", async () => {
      const byPort = validCreateBody({ name: 'by-port', nics: [{ port_id: SEEDED.portDbFree }] });
      const created = await assertAccepted(byPort);
      const state = await control(emulator, 'GET', '/_emulator/state');
      assert.ok(state.json.servers.some((s: { id: string }) => s.id === created.json.serverIds[0]));
      const again = await post(validCreateBody({ name: 'by-port-again', nics: [{ port_id: SEEDED.portDbFree }] }));
      assert.equal(again.json.error.code, 'Ecs.0919', 'the port is attached now');
    });

    it('refuses a NIC with neither subnet_id nor port_id in the dry run (Ecs.0005)', async () => {
      await assertFormatRefusal(validCreateBody({ nics: [{ subnet_id: '' }] }), 'Ecs.0005', /invalid or missing/);
      await assertFormatRefusal(
        validCreateBody({ nics: [{ subnet_id: SEEDED.subnetApp }, { ip_address: '10.0.1.9' }] }),
        'Ecs.0005',
      );
    });

    it('refuses an unknown port, a port in use, one of another VPC, one for count > 1 at creation', async () => {
      const unknownPort = '6f708192-0000-4000-8000-00000000ffff';
      await assertAccountRefusal(validCreateBody({ nics: [{ port_id: unknownPort }] }), 'Ecs.0014');
      await assertAccountRefusal(validCreateBody({ nics: [{ port_id: SEEDED.portAppInUse }] }), 'Ecs.0919');
      await assertAccountRefusal(validCreateBody({ count: 2, nics: [{ port_id: SEEDED.portAppFree }] }), 'Ecs.0919');
      const labPort = { id: 'lab-port', name: 'lab', subnetId: SEEDED.subnetLab, ipAddress: '192.168.0.200' };
      emulator.world.ports.push({ ...labPort, status: 'DOWN' });
      try {
        await assertAccountRefusal(validCreateBody({ nics: [{ port_id: 'lab-port' }] }), 'Ecs.0064');
      } finally {
        emulator.world.ports.pop();
      }
    });

    it("keeps a port's address away from automatic allocation and fixed requests", async () => {
      const fixed = validCreateBody({ nics: [{ subnet_id: SEEDED.subnetApp, ip_address: '10.0.1.200' }] });
      await assertAccountRefusal(fixed, 'Ecs.0010');
    });
  });

  describe('dry run checks format only (item 12)', () => {
    it('passes a dry run naming a key pair, image, subnet, quota the account lacks; creation refuses', async () => {
      await assertAccountRefusal(validCreateBody({ key_name: 'no-such-key' }), 'Ecs.0314');
      await assertAccountRefusal(validCreateBody({ imageRef: SEEDED.windowsImage }), 'Ecs.0074');
      const unknownSubnet = '3c4d5e6f-0000-4000-8000-00000000ffff';
      await assertAccountRefusal(validCreateBody({ nics: [{ subnet_id: unknownSubnet }] }), 'Ecs.0038');
      await assertAccountRefusal(validCreateBody({ count: 51 }), 'Ecs.0001');
    });

    it('still refuses format problems in the dry run: types, name, count, billing, password', async () => {
      await assertFormatRefusal(validCreateBody({ count: '2' }), 'Ecs.0005');
      await assertFormatRefusal(validCreateBody({ name: 'bad name' }), 'Ecs.0915');
      await assertFormatRefusal(validCreateBody({ count: 501 }), 'Ecs.0913');
      await assertFormatRefusal(validCreateBody({ extendparam: { chargingMode: 'prePaid' } }), 'Ecs.0005');
      await assertFormatRefusal(validCreateBody({ adminPass: 'short' }), 'Ecs.0011');
    });
  });

  describe('user_data (item 4)', () => {
    const script = Buffer.from('#!/bin/bash\necho "hello from cloud-init"\n'.repeat(10)).toString('base64');

    it('accepts base64 wrapped into lines with LF or CRLF', async () => {
      const lf = script.replace(/.{76}/g, '$&\n');
      const crlf = script.replace(/.{64}/g, '$&\r\n');
      assert.ok(lf.includes('\n') && crlf.includes('\r\n'));
      await assertAccepted(validCreateBody({ name: 'wrapped-lf', user_data: lf }));
      await assertAccepted(validCreateBody({ name: 'wrapped-crlf', user_data: crlf }));
    });

    it('refuses other characters inside the base64 (a space or a tab) and more than 32 KB decoded', async () => {
      for (const other of [' ', '\t']) {
        const userData = `${script.slice(0, 8)}${other}${script.slice(8)}`;
        await assertFormatRefusal(validCreateBody({ user_data: userData }), 'Ecs.0005', /base64/);
      }
      const big = Buffer.alloc(32 * 1024 + 1, 65).toString('base64');
      await assertFormatRefusal(validCreateBody({ user_data: big }), 'Ecs.0005', /32 KB/);
      const exactly32k = Buffer.alloc(32 * 1024, 65).toString('base64');
      await assertAccepted(validCreateBody({ name: 'user-data-32k', user_data: exactly32k }));
    });
  });

  describe('names (items 8 and 13)', () => {
    it('accepts a Chinese name of up to 128 characters', async () => {
      await assertAccepted(validCreateBody({ name: '服'.repeat(100) }));
      await assertAccepted(validCreateBody({ name: `云服务器-${'务'.repeat(123)}` }));
    });

    it('refuses a name over 128 characters, Chinese or not, and over 59 for a batch with suffixes', async () => {
      await assertFormatRefusal(validCreateBody({ name: '服'.repeat(129) }), 'Ecs.0914', /129 characters/);
      await assertFormatRefusal(validCreateBody({ name: '服'.repeat(60), count: 2 }), 'Ecs.0914', /59/);
    });

    it('reads "Chinese characters" as the Han script (extension blocks too), and nothing wider', async () => {
      await assertAccepted(validCreateBody({ name: 'app-〇-𠀀-𪜀' }));
      await assertFormatRefusal(validCreateBody({ name: 'app-ひらがな' }), 'Ecs.0915');
      await assertFormatRefusal(validCreateBody({ name: 'app-🙂' }), 'Ecs.0915');
    });
  });

  describe('cross-field rules (item 13)', () => {
    it('R16: refuses iops/throughput of GPSSD2/ESSD2 disks on a yearly/monthly server in the dry run', async () => {
      const gpssd2 = { volumetype: 'GPSSD2', size: 100, iops: 3000, throughput: 125 };
      await assertFormatRefusal(validCreateBody({ data_volumes: [gpssd2], ...prePaid() }), 'Ecs.0005', /pay-per-use/);
      const essd2Root = { volumetype: 'ESSD2', size: 40, iops: 5000 };
      const monthlyEssd2 = validCreateBody({ root_volume: essd2Root, ...prePaid() });
      await assertFormatRefusal(monthlyEssd2, 'Ecs.0005', /root_volume\.iops/);
      await assertAccepted(validCreateBody({ name: 'gpssd2-postpaid', data_volumes: [gpssd2] }));
    });

    it('R20: a yearly/monthly server with key_name needs metadata.op_svc_userid (dry run)', async () => {
      const keyed = validCreateBody({ key_name: SEEDED.keyPair, ...prePaid() });
      await assertFormatRefusal(keyed, 'Ecs.0005', /op_svc_userid/);
      const blankUser = { metadata: { op_svc_userid: '' } };
      await assertFormatRefusal(validCreateBody({ key_name: SEEDED.keyPair, ...blankUser, ...prePaid() }), 'Ecs.0005');
      const withUser = { metadata: { op_svc_userid: '0123456789abcdef0123456789abcdef' } };
      const keyedMonthly = { name: 'keyed-monthly', key_name: SEEDED.keyPair, ...withUser, ...prePaid() };
      await assertAccepted(validCreateBody(keyedMonthly));
      await assertAccepted(validCreateBody({ name: 'keyed-payg', key_name: SEEDED.keyPair }));
    });

    it('R39: refuses over 10 metadata pairs, bad keys or values (dry run); a space in a key is fine', async () => {
      const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`key${i}`, 'v']));
      await assertFormatRefusal(validCreateBody({ metadata: eleven }), 'Ecs.0005', /more than 10/);
      await assertFormatRefusal(validCreateBody({ metadata: { 'bad/key': 'v' } }), 'Ecs.0005');
      await assertFormatRefusal(validCreateBody({ metadata: { ['k'.repeat(256)]: 'v' } }), 'Ecs.0005');
      await assertFormatRefusal(validCreateBody({ metadata: { key: 'v'.repeat(256) } }), 'Ecs.0005');
      await assertFormatRefusal(validCreateBody({ metadata: { key: 5 } }), 'Ecs.0005');
      const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`my key.${i}`, 'v'.repeat(255)]));
      await assertAccepted(validCreateBody({ name: 'ten-pairs', metadata: ten }));
    });

    it('R39: refuses 200,000 metadata keys without work per key pair (complexity guard)', async () => {
      const huge: Record<string, string> = {};
      for (let i = 0; i < 200_000; i++) huge[`k${i}`] = '';
      const body = JSON.stringify({ ...validCreateBody({ metadata: huge }), dry_run: true });
      const started = process.hrtime.bigint();
      const response = await post(body);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      assert.equal(response.status, 400, response.text.slice(0, 200));
      assert.equal(response.json.error.code, 'Ecs.0005');
      // Parsing and signing a 3 MB body takes well under a second; quadratic work would take minutes.
      assert.ok(ms < 20_000, `took ${ms} ms`);
    });

    it('R36: cpu_options hw:cpu_threads 1 needs a dedicated flavor, two threads per core (at creation)', async () => {
      const noHyperThreading = { cpu_options: { 'hw:cpu_threads': 1 } };
      await assertAccountRefusal(validCreateBody(noHyperThreading), 'Ecs.0005', /dedicated/);
      await assertAccepted(validCreateBody({ name: 'ht-off', flavorRef: 'c7.large.2', ...noHyperThreading }));
      await assertFormatRefusal(validCreateBody({ cpu_options: { 'hw:cpu_threads': 3 } }), 'Ecs.0005');
    });

    it('R37: a SCSI system disk needs a QingTian flavor; SCSI data disks need SCSI support (at creation)', async () => {
      const scsiRoot = { root_volume: { volumetype: 'SSD', 'hw:passthrough': true } };
      await assertAccountRefusal(validCreateBody(scsiRoot), 'Ecs.0037', /QingTian/);
      await assertAccepted(validCreateBody({ name: 'scsi-root', flavorRef: 'c7.large.2', ...scsiRoot }));
      const scsiData = { data_volumes: [{ volumetype: 'SSD', size: 10, 'hw:passthrough': true }] };
      await assertAccepted(validCreateBody({ name: 'scsi-data', ...scsiData }));
      const flavor = emulator.world.flavors.find((f) => f.id === 's6.small.1');
      assert.ok(flavor);
      flavor.scsi = false;
      try {
        await assertAccountRefusal(validCreateBody(scsiData), 'Ecs.0037', /does not support SCSI/);
      } finally {
        flavor.scsi = true;
      }
    });

    it('R45: extendparam.enterprise_project_id must name an enabled project (Ecs.0049 at creation)', async () => {
      const project = (id: string) => validCreateBody({ name: 'ep', extendparam: { enterprise_project_id: id } });
      await assertAccountRefusal(project('7a8b9c0d-0000-4000-8000-00000000ffff'), 'Ecs.0049', /does not exist/);
      await assertAccountRefusal(project(SEEDED.disabledEnterpriseProject), 'Ecs.0049', /disabled/);
      await assertAccepted(project(SEEDED.enterpriseProject));
      await assertAccepted(project('0'));
    });

    it('R32: os:scheduler_hints.group must be an existing server group (Ecs.0313 at creation)', async () => {
      const hints = (group: string) => validCreateBody({ name: 'grouped', 'os:scheduler_hints': { group } });
      await assertAccountRefusal(hints('5e6f7081-0000-4000-8000-00000000ffff'), 'Ecs.0313');
      await assertAccepted(hints(SEEDED.serverGroup));
    });
  });
});
