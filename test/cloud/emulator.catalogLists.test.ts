/** The emulator's list APIs page like the real ones (raw signed requests, large world). */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { signedRequest } from '../support/emulatorRequests';

describe('emulator list paging (large world)', () => {
  let emulator: RunningEmulator;
  const get = async (path: string, status = 200) => {
    const response = await signedRequest(emulator, 'GET', path);
    assert.equal(response.status, status, `${path}: ${response.text}`);
    return response.json;
  };
  const p = () => emulator.projectId;

  before(async () => {
    emulator = await startEmulator({ world: 'large' });
  });
  after(() => emulator.close());

  it("keeps the default world's IDs and adds the large account", async () => {
    const { images } = await get('/v2/cloudimages?limit=5000');
    assert.equal(images.length, 2003);
    assert.equal(images[0].id, '1a2b3c4d-0000-4000-8000-000000000001');
    const { flavors } = await get(`/v1/${p()}/cloudservers/flavors`);
    assert.equal(flavors.length, 305);
    assert.deepEqual(
      flavors.slice(0, 5).map((f: any) => f.id),
      ['s6.small.1', 's6.medium.2', 's6.large.2', 'c7.large.2', 'c7.xlarge.4'],
    );
    assert.equal((await get(`/v1/${p()}/vpcs`)).vpcs.length, 5);
    assert.equal((await get(`/v1/${p()}/subnets`)).subnets.length, 40);
  });

  it('images page with limit + marker (default 500)', async () => {
    const first = (await get('/v2/cloudimages')).images;
    assert.equal(first.length, 500);
    const second = (await get(`/v2/cloudimages?marker=${first[499].id}`)).images;
    assert.equal(second[0].id, (await get('/v2/cloudimages?limit=501')).images[500].id);
  });

  it('security groups, key pairs and server groups give page_info.next_marker only while more follow', async () => {
    const page1 = await get(`/v3/${p()}/vpc/security-groups?limit=30`);
    assert.equal(page1.security_groups.length, 30);
    assert.equal(page1.page_info.next_marker, page1.security_groups[29].id);
    const page2 = await get(`/v3/${p()}/vpc/security-groups?limit=30&marker=${page1.page_info.next_marker}`);
    assert.equal(page2.security_groups.length, 20);
    assert.equal(page2.page_info.next_marker, undefined);
    const keys = await get(`/v3/${p()}/keypairs?limit=10`);
    assert.equal(keys.keypairs.length, 10);
    assert.equal(typeof keys.page_info.next_marker, 'string');
    const groups = await get(`/v1/${p()}/cloudservers/os-server-groups`);
    assert.equal(groups.server_groups.length, 6);
    assert.equal(groups.page_info.next_marker, undefined);
  });

  it('enterprise projects page with limit + offset and say the total', async () => {
    const page = await get('/v1.0/enterprise-projects?limit=10&offset=20');
    assert.equal(page.total_count, 23);
    assert.equal(page.enterprise_projects.length, 3);
    assert.ok(page.enterprise_projects.every((e: any) => e.status === 1 || e.status === 2));
  });

  it('EIPs, bandwidths and quotas answer in the API shapes; EVS quotas need usage=True', async () => {
    const { publicips } = await get(`/v1/${p()}/publicips?limit=4`);
    assert.equal(publicips.length, 4);
    assert.ok(
      publicips.every((e: any) => typeof e.public_ip_address === 'string' && ['DOWN', 'ACTIVE'].includes(e.status)),
    );
    assert.ok(
      (await get(`/v1/${p()}/bandwidths?share_type=WHOLE`)).bandwidths.every((b: any) => b.share_type === 'WHOLE'),
    );
    const limits = (await get(`/v1/${p()}/cloudservers/limits`)).absolute;
    assert.deepEqual([limits.totalInstancesUsed, limits.maxTotalInstances], [46, 50]);
    const evs = (await get(`/v2/${p()}/os-quota-sets/${p()}?usage=True`)).quota_set;
    assert.deepEqual(evs.volumes, { in_use: 190, limit: 200, reserved: 0 });
    await get(`/v2/${p()}/os-quota-sets/${p()}`, 400);
    const vpc = (await get(`/v1/${p()}/quotas?type=subnet`)).quotas.resources;
    assert.deepEqual(vpc, [{ type: 'subnet', used: 40, quota: 42, min: 0 }]);
  });

  it('a denied list answers 403 Pdp.0001 until allowed again; a bad permissions body is refused', async () => {
    const put = (body: unknown) =>
      fetch(new URL('/_emulator/permissions', emulator.endpoint), { method: 'PUT', body: JSON.stringify(body) });
    assert.equal((await put({ deny: ['ims:images:list'] })).status, 200);
    const denied = await get('/v2/cloudimages?limit=1', 403);
    assert.equal(denied.error.code, 'Pdp.0001');
    assert.equal((await put({ deny: 'ims:images:list' })).status, 400);
    assert.equal((await put({ deny: [] })).status, 200);
    await get('/v2/cloudimages?limit=1');
  });
});
