/** Look-up APIs on every service path, their shapes and filters (raw signed requests). */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { createPath, signedRequest, validCreateBody } from '../support/emulatorRequests';
import { SEEDED } from '../support/requestBuilder';

describe('emulator look-up APIs', () => {
  let emulator: RunningEmulator;
  const get = async (path: string) => {
    const response = await signedRequest(emulator, 'GET', path);
    assert.equal(response.status, 200, `${path}: ${response.text}`);
    return response.json;
  };
  const p = () => emulator.projectId;

  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000 });
  });
  after(() => emulator.close());

  it('IAM: finds the project of each region by name, and nothing for an unknown name', async () => {
    const projects = await get('/v3/projects?name=cn-north-4');
    assert.deepEqual(
      projects.projects.map((x: { id: string; name: string }) => [x.id, x.name]),
      [[SEEDED.projectId, 'cn-north-4']],
    );
    assert.equal((await get('/v3/projects?name=ap-southeast-1')).projects.length, 1);
    assert.deepEqual((await get('/v3/projects?name=xx-nowhere-1')).projects, []);
  });

  it('flavors carry vCPUs as a string, RAM in MiB, per-AZ sale status and billing limits', async () => {
    const { flavors } = await get(`/v1/${p()}/cloudservers/flavors`);
    const byId = new Map(flavors.map((f: { id: string }) => [f.id, f]));
    const c7 = byId.get('c7.large.2') as Record<string, any>;
    assert.equal(c7.vcpus, '2');
    assert.equal(c7.ram, 4096);
    assert.match(c7.os_extra_specs['cond:operation:az'], /cn-north-4b\(sellout\)/);
    assert.equal((byId.get('c7.xlarge.4') as Record<string, any>).os_extra_specs['cond:operation:charge'], 'demand');
    // The extra specs the create checks read (R36, R37) are the ones the list shows.
    assert.equal(c7.os_extra_specs['hw:cpu_policy'], 'dedicated');
    assert.equal(c7.os_extra_specs['hw:cpu_threads'], '2');
    assert.equal(c7.os_extra_specs['cond:storage'], 'scsi');
    assert.equal((byId.get('s6.small.1') as Record<string, any>).os_extra_specs['hw:cpu_policy'], undefined);
    assert.equal((byId.get('s6.small.1') as Record<string, any>).attachableQuantity.free_nic, 12);
    assert.equal((await get(`/v1/${p()}/cloudservers/flavors?availability_zone=cn-north-9z`)).flavors.length, 0);
  });

  it('both availability-zone APIs list the three AZs', async () => {
    assert.equal((await get(`/v2.1/${p()}/os-availability-zone`)).availabilityZoneInfo.length, 3);
    const v1 = await get(`/v1/${p()}/availability-zones`);
    assert.deepEqual(
      v1.availability_zones.map((z: { availability_zone_id: string }) => z.availability_zone_id),
      ['cn-north-4a', 'cn-north-4b', 'cn-north-4c'],
    );
  });

  it('IMS filters images by OS type, id and name', async () => {
    const windows = await get('/v2/cloudimages?__os_type=Windows');
    assert.deepEqual(
      windows.images.map((i: { id: string }) => i.id),
      [SEEDED.windowsImage],
    );
    const byId = await get(`/v2/cloudimages?id=${SEEDED.centosImage}`);
    assert.equal(byId.images[0].min_disk, 40);
    const byName = await get(`/v2/cloudimages?name=${encodeURIComponent('Ubuntu 22.04 server 64bit')}`);
    assert.deepEqual(
      byName.images.map((i: { id: string }) => i.id),
      [SEEDED.ubuntuImage],
    );
    const paged = await get(`/v2/cloudimages?limit=1&marker=${SEEDED.ubuntuImage}`);
    assert.deepEqual(
      paged.images.map((i: { id: string }) => i.id),
      [SEEDED.windowsImage],
    );
  });

  it('VPC: subnets filtered by VPC with CIDR and free addresses; security groups on v1 and v3', async () => {
    const subnets = await get(`/v1/${p()}/subnets?vpc_id=${SEEDED.otherVpc}`);
    assert.deepEqual(
      subnets.subnets.map((s: { id: string; cidr: string }) => [s.id, s.cidr]),
      [[SEEDED.subnetLab, '192.168.0.0/24']],
    );
    const before = subnets.subnets[0].available_ip_address_count as number;
    const created = await signedRequest(emulator, 'POST', createPath(), {
      body: validCreateBody({ name: 'lab', vpcid: SEEDED.otherVpc, nics: [{ subnet_id: SEEDED.subnetLab }] }),
    });
    assert.equal(created.status, 200, created.text);
    const afterCreate = await get(`/v1/${p()}/subnets?vpc_id=${SEEDED.otherVpc}`);
    assert.equal(afterCreate.subnets[0].available_ip_address_count, before - 1);
    assert.equal((await get(`/v1/${p()}/security-groups`)).security_groups.length, 2);
    const v3 = await get(`/v3/${p()}/vpc/security-groups?name=web`);
    assert.deepEqual(
      v3.security_groups.map((g: { id: string }) => g.id),
      [SEEDED.securityGroupWeb],
    );
  });

  it('key pairs on ECS (Nova) and KPS, server groups, disk types', async () => {
    assert.equal((await get(`/v2.1/${p()}/os-keypairs`)).keypairs[0].keypair.name, SEEDED.keyPair);
    assert.equal((await get(`/v3/${p()}/keypairs`)).keypairs[0].keypair.name, SEEDED.keyPair);
    const groups = await get(`/v1/${p()}/cloudservers/os-server-groups`);
    assert.deepEqual(groups.server_groups[0].policies, ['anti-affinity']);
    const types = await get(`/v2/${p()}/types`);
    assert.ok(types.volume_types.some((t: { name: string }) => t.name === 'GPSSD2'));
  });

  it('limits report quotas and what is in use', async () => {
    const before = (await get(`/v1/${p()}/cloudservers/limits`)).absolute;
    assert.equal(before.maxTotalInstances, 50);
    assert.equal(before.maxTotalCores, 200);
    assert.equal(before.maxTotalRAMSize, 400 * 1024);
    await signedRequest(emulator, 'POST', createPath(), {
      body: validCreateBody({ name: 'limits', flavorRef: 's6.large.2' }),
    });
    const after = (await get(`/v1/${p()}/cloudservers/limits`)).absolute;
    assert.equal(after.totalInstancesUsed, before.totalInstancesUsed + 1);
    assert.equal(after.totalCoresUsed, before.totalCoresUsed + 2);
    assert.equal(after.totalRAMUsed, before.totalRAMUsed + 4096);
  });

  it('server list pages with limit and offset (page number) and filters by name', async () => {
    await signedRequest(emulator, 'POST', createPath(), { body: validCreateBody({ name: 'paged', count: 3 }) });
    const page1 = await get(`/v1/${p()}/cloudservers/detail?name=paged&limit=2&offset=1`);
    const page2 = await get(`/v1/${p()}/cloudservers/detail?name=paged&limit=2&offset=2`);
    assert.equal(page1.count, 3);
    assert.equal(page1.servers.length, 2);
    assert.equal(page2.servers.length, 1);
    const names = [...page1.servers, ...page2.servers].map((s: { name: string }) => s.name).sort();
    assert.deepEqual(names, ['paged-0001', 'paged-0002', 'paged-0003']);
    const [server] = page2.servers;
    assert.equal(server['OS-EXT-AZ:availability_zone'], 'cn-north-4a');
    assert.equal(server.metadata.charging_mode, '0');
    assert.deepEqual(
      server.security_groups.map((g: { name: string }) => g.name),
      ['default'],
    );
  });
});
