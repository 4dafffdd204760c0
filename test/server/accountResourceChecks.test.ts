/**
 * The account checks beyond flavor, image and network IDs (server/service/account/
 * accountResourceChecks.ts, accountQuotaChecks.ts): disk types in the zone, EIPs, shared
 * bandwidths, server groups, enterprise projects, architecture, free IPs and quota headroom.
 * Judged through the service facade on a snapshot written out here, near the emulator's large world.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/service/languageService';
import { MAX_INLAY_HINTS } from '../../server/service/account/accountInlayHints';
import { serviceWithAccount } from './accountSupport';

const NOW = new Date('2026-12-07T06:00:00Z');
const FETCHED = '2026-12-07T05:50:00Z';
const VPC = 'vpc-1';
const X86_IMAGE = 'img-x86';
const ARM_IMAGE = 'img-arm';
const known = <T>(items: T[]) => ({ state: 'known', items, fetchedAt: FETCHED });
const unknown = { state: 'unknown', cause: 'forbidden', reason: 'No permission.' };
const flavor = (id: string, vcpus: number, ramMib: number, architecture = 'x86') => ({
  id,
  name: id,
  vcpus,
  ramMib,
  architecture,
  regionStatus: 'normal',
  zoneStatus: {},
  billingModes: [],
});
const quota = (resource: string, limit: number, used?: number) => ({ resource, limit, used });

function snapshot(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    profile: 'Local emulator',
    region: 'cn-north-4',
    projectId: 'p',
    fetchedAt: FETCHED,
    durationMs: 1,
    parts: {
      availabilityZones: known(['cn-north-4a', 'cn-north-4b'].map((name) => ({ name, available: true }))),
      flavors: known([flavor('s6.large.2', 2, 4096), flavor('kc1.large.2', 2, 4096, 'arm64')]),
      images: known([
        { id: X86_IMAGE, name: 'Ubuntu x86', status: 'active', osType: 'Linux', architecture: 'x86', minDiskGb: 40 },
        { id: ARM_IMAGE, name: 'Ubuntu arm', status: 'active', osType: 'Linux', architecture: 'arm', minDiskGb: 40 },
      ]),
      vpcs: known([{ id: VPC, name: 'vpc-default' }]),
      subnets: known([
        { id: 'subnet-small', name: 'small', vpcId: VPC, cidr: '10.0.1.0/28', freeIps: 3 },
        { id: 'subnet-big', name: 'big', vpcId: VPC, cidr: '10.0.2.0/24', freeIps: 200 },
        { id: 'subnet-unsaid', name: 'unsaid', vpcId: VPC, cidr: '10.0.3.0/24' },
      ]),
      securityGroups: known([]),
      keyPairs: known([]),
      serverGroups: known([
        { id: 'group-1', name: 'anti', policies: ['anti-affinity'], memberCount: 14 },
        { id: 'group-2', name: 'no-count', policies: ['affinity'] },
      ]),
      diskTypes: known([
        { name: 'SSD', zones: ['cn-north-4a', 'cn-north-4b'] },
        { name: 'SAS', zones: ['cn-north-4a', 'cn-north-4b'], soldOutZones: ['cn-north-4b'] },
        { name: 'GPSSD2', zones: ['cn-north-4a'] },
        { name: 'ESSD' },
      ]),
      eips: known([
        { id: 'eip-bound', address: '100.1.1.1', status: 'ACTIVE' },
        { id: 'eip-free', address: '100.1.1.2', status: 'DOWN' },
      ]),
      bandwidths: known([{ id: 'bw-shared', name: 'shared', shareType: 'WHOLE' }]),
      enterpriseProjects: known([
        { id: 'ep-on', name: 'production', status: 'enabled' },
        { id: 'ep-off', name: 'retired', status: 'disabled' },
      ]),
      ecsQuotas: known([
        quota('instances', 50, 46),
        quota('cores', 200, 184),
        quota('ramMib', 409600, 389120),
        quota('spotInstances', 20, 0),
        quota('serverGroupMembers', 16),
      ]),
      evsQuotas: known([
        quota('volumes', 200, 190),
        quota('gigabytes', 20000, 19500),
        quota('volumes_SSD', 50, 47),
        quota('gigabytes_SSD', -1, 4800),
      ]),
      vpcQuotas: known([quota('publicIp', 12, 10), quota('shareBandwidthIP', 5, 4)]),
      ...overrides,
    },
  };
}

const service = (snap: unknown = snapshot()) => serviceWithAccount(snap, NOW);

function body(server: Record<string, unknown>): string {
  return JSON.stringify(
    {
      server: {
        name: 'web-1',
        imageRef: X86_IMAGE,
        flavorRef: 's6.large.2',
        availability_zone: 'cn-north-4a',
        vpcid: VPC,
        nics: [{ subnet_id: 'subnet-big' }],
        root_volume: { volumetype: 'SATA_IS_NOT_CHECKED_HERE', size: 40 },
        ...server,
      },
    },
    null,
    2,
  );
}

const UNKNOWN_CODES = 'UNKNOWN-(DISK-TYPE|EIP|BANDWIDTH|SERVER-GROUP|ENTERPRISE-PROJECT)';
const NEW_CODES = new RegExp(`^ECS-(R25|R38|R45|ARCHITECTURE-MISMATCH|SUBNET-FULL|QUOTA-.*|${UNKNOWN_CODES})$`);

function findings(server: Record<string, unknown>, ls = service()): Diagnostic[] {
  const text = body({ root_volume: { volumetype: 'ESSD', size: 40 }, ...server });
  const parsed = ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, text));
  return ls.validate(parsed).filter((d) => NEW_CODES.test(String(d.code)));
}
const codes = (list: Diagnostic[]) => list.map((d) => d.code).sort();
const only = (list: Diagnostic[], code: string) => {
  const found = list.filter((d) => d.code === code);
  assert.equal(found.length, 1, JSON.stringify(list, null, 1));
  return found[0];
};

describe('account resource checks', () => {
  test('a request within the account and its quotas has none of these findings', () => {
    assert.deepEqual(findings({}), []);
  });

  test('R38: a disk type not offered in the zone, with the types offered there as the fix; warning with source', () => {
    const list = findings({ data_volumes: [{ volumetype: 'GPSSD2', size: 100 }], availability_zone: 'cn-north-4b' });
    const found = only(list, 'ECS-R38');
    assert.equal(found.severity, DiagnosticSeverity.Warning);
    assert.match(found.message, /Disk type GPSSD2 \(data_volumes\[0\]\) is not offered in cn-north-4b/);
    assert.match(found.message, /Offered in cn-north-4b: SSD, ESSD\./);
    assert.match(found.message, /profile Local emulator \/ cn-north-4, data from 10 min ago/);
    assert.deepEqual(found.data, {
      fixes: [{ kind: 'replaceValue', path: ['server', 'data_volumes', 0, 'volumetype'], candidates: ['SSD', 'ESSD'] }],
    });
  });

  test('R38: a disk type sold out in the zone; a type without stated zones is never judged', () => {
    const soldOut = only(
      findings({ availability_zone: 'cn-north-4b', root_volume: { volumetype: 'SAS', size: 40 } }),
      'ECS-R38',
    );
    assert.match(soldOut.message, /SAS \(root_volume\) is sold out in cn-north-4b/);
    assert.deepEqual(findings({ root_volume: { volumetype: 'ESSD', size: 40 }, availability_zone: 'cn-north-4b' }), []);
    assert.deepEqual(
      findings({ availability_zone: undefined, data_volumes: [{ volumetype: 'GPSSD2', size: 10 }] }),
      [],
    );
  });

  test('a disk type the region does not list: ECS-UNKNOWN-DISK-TYPE naming the listed ones', () => {
    const found = only(findings({ root_volume: { volumetype: 'co-p1', size: 40 } }), 'ECS-UNKNOWN-DISK-TYPE');
    assert.match(
      found.message,
      /co-p1 \(root_volume\) is not one of the region's disk types \(SSD, SAS, GPSSD2, ESSD\)/,
    );
  });

  test('R25: an EIP that is bound, with the free EIPs as the fix; an unknown EIP; a free one is fine', () => {
    const bound = only(findings({ publicip: { id: 'eip-bound' } }), 'ECS-R25');
    assert.match(bound.message, /EIP 100\.1\.1\.1 is bound to another resource.*Free EIPs: 100\.1\.1\.2\./);
    assert.deepEqual(bound.data, {
      fixes: [{ kind: 'replaceValue', path: ['server', 'publicip', 'id'], candidates: ['eip-free'] }],
    });
    assert.deepEqual(codes(findings({ publicip: { id: 'eip-404' } })), ['ECS-UNKNOWN-EIP']);
    assert.deepEqual(findings({ publicip: { id: 'eip-free' } }), []);
  });

  test('shared bandwidth IDs (publicip.eip.bandwidth.id, ipv6_bandwidth.id) must be the account’s', () => {
    const eip = (id: string) => ({ eip: { iptype: '5_bgp', bandwidth: { sharetype: 'WHOLE', id } } });
    assert.deepEqual(codes(findings({ publicip: eip('bw-404'), ipv6_bandwidth: { id: 'bw-405' } })), [
      'ECS-UNKNOWN-BANDWIDTH',
      'ECS-UNKNOWN-BANDWIDTH',
    ]);
    assert.deepEqual(findings({ publicip: eip('bw-shared'), ipv6_bandwidth: { id: 'bw-shared' } }), []);
  });

  test('server group: unknown ID; members above the group limit (Ecs.0022); no member count, no judgement', () => {
    const hints = (group: string) => ({ 'os:scheduler_hints': { group } });
    assert.deepEqual(codes(findings(hints('group-404'))), ['ECS-UNKNOWN-SERVER-GROUP']);
    assert.deepEqual(findings({ ...hints('group-1'), count: 2 }), []);
    const full = only(findings({ ...hints('group-1'), count: 3 }), 'ECS-QUOTA-SERVER-GROUP-MEMBERS');
    assert.match(full.message, /anti has 14 of at most 16 members, and this request adds 3.*Ecs\.0022/);
    assert.deepEqual(findings({ ...hints('group-2'), count: 3 }), []);
  });

  test('R32: a group that is not anti-affinity is advised against, with the anti-affinity groups as the fix', () => {
    const r32 = (server: Record<string, unknown>, ls = service()) => {
      const parsed = ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, body(server)));
      return ls.validate(parsed).filter((d) => d.code === 'ECS-R32');
    };
    const hints = (group: string, tenancy?: string) => ({ 'os:scheduler_hints': { group, tenancy } });
    const affinity = r32(hints('group-2'));
    assert.equal(affinity.length, 1);
    assert.equal(affinity[0].severity, DiagnosticSeverity.Warning);
    assert.match(affinity[0].message, /no-count has the policy affinity; the API advises an anti-affinity group/);
    assert.match(affinity[0].message, /Anti-affinity groups: anti\..*data from 10 min ago/);
    assert.deepEqual(affinity[0].data, {
      fixes: [{ kind: 'replaceValue', path: ['server', 'os:scheduler_hints', 'group'], candidates: ['group-1'] }],
    });
    assert.deepEqual(r32(hints('group-1')), []);
    assert.deepEqual(r32(hints('group-1', 'shared')), []);
    // A group that states no policy, or a list that is unknown, is not judged.
    const unstated = snapshot({ serverGroups: known([{ id: 'group-2', name: 'quiet', policies: [] }]) });
    assert.deepEqual(r32(hints('group-2'), service(unstated)), []);
    assert.deepEqual(r32(hints('group-2'), service(snapshot({ serverGroups: unknown }))), []);
  });

  test('R32: an anti-affinity group on a dedicated host is a warning that says the source is unsure', () => {
    const r32 = (server: Record<string, unknown>) => {
      const ls = service();
      const parsed = ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, body(server)));
      return ls.validate(parsed).filter((d) => d.code === 'ECS-R32');
    };
    const onHost = (group: string) => ({
      'os:scheduler_hints': { group, tenancy: 'dedicated', dedicated_host_id: 'h1' },
    });
    const found = r32(onHost('group-1'));
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, DiagnosticSeverity.Warning);
    assert.match(found[0].message, /anti is an anti-affinity group, and servers on a dedicated host .* cannot use one/);
    assert.match(found[0].message, /2025 guide \(the API reference does not say it/);
    assert.deepEqual(found[0].data, {
      fixes: [{ kind: 'removeProperty', path: ['server', 'os:scheduler_hints', 'group'] }],
    });
    // On a dedicated host the anti-affinity advice does not apply: another policy gets no warning.
    assert.deepEqual(r32(onHost('group-2')), []);
  });

  test('R45: a disabled enterprise project; an unknown one; "0" is the default project', () => {
    const ep = (id: string) => ({ extendparam: { enterprise_project_id: id } });
    assert.deepEqual(codes(findings(ep('ep-off'))), ['ECS-R45']);
    assert.match(only(findings(ep('ep-off')), 'ECS-R45').message, /retired is disabled.*Ecs\.0049/);
    assert.deepEqual(codes(findings(ep('ep-404'))), ['ECS-UNKNOWN-ENTERPRISE-PROJECT']);
    assert.deepEqual(findings(ep('0')), []);
    assert.deepEqual(findings(ep('ep-on')), []);
  });

  test('an arm image on an x86 flavor: the same-size arm64 flavor as the fix; matching pairs are fine', () => {
    const found = only(findings({ imageRef: ARM_IMAGE }), 'ECS-ARCHITECTURE-MISMATCH');
    assert.match(found.message, /Ubuntu arm is built for arm, but flavor s6\.large\.2 is an x86 flavor.*likely/);
    assert.deepEqual(found.data, {
      fixes: [{ kind: 'replaceValue', path: ['server', 'flavorRef'], candidates: ['kc1.large.2'] }],
    });
    assert.deepEqual(codes(findings({ flavorRef: 'kc1.large.2' })), ['ECS-ARCHITECTURE-MISMATCH']);
    assert.deepEqual(findings({ imageRef: ARM_IMAGE, flavorRef: 'kc1.large.2' }), []);
  });

  test('a subnet without enough free IPs for count × NICs, with a roomier subnet of the VPC as the fix', () => {
    assert.deepEqual(findings({ nics: [{ subnet_id: 'subnet-small' }], count: 3 }), []);
    const full = only(
      findings({ nics: [{ subnet_id: 'subnet-big' }, { subnet_id: 'subnet-small' }], count: 4 }),
      'ECS-SUBNET-FULL',
    );
    assert.match(full.message, /small has 3 free IP addresses, and this request needs 4 \(4 servers × 1 NIC in it\)/);
    assert.deepEqual(full.data, {
      fixes: [{ kind: 'replaceValue', path: ['server', 'nics', 1, 'subnet_id'], candidates: ['subnet-big'] }],
    });
    assert.deepEqual(findings({ nics: [{ subnet_id: 'subnet-unsaid' }], count: 4 }), [], 'free IPs not stated');
  });

  test('quota headroom of instances, vCPUs and RAM (Ecs.0001), on count, with the count that fits as the fix', () => {
    const list = findings({ count: 9 });
    assert.deepEqual(codes(list), ['ECS-QUOTA-CORES', 'ECS-QUOTA-INSTANCES', 'ECS-QUOTA-RAM']);
    const instances = only(list, 'ECS-QUOTA-INSTANCES');
    assert.match(instances.message, /needs 9 servers \(9 × 1\), but the ECS server quota has 4 left \(46 of 50 used\)/);
    assert.match(instances.message, /Ecs\.0001/);
    assert.deepEqual(instances.data, { fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [4] }] });
    assert.match(only(list, 'ECS-QUOTA-CORES').message, /needs 18 vCPUs \(9 × 2\).*16 left/);
    assert.match(only(list, 'ECS-QUOTA-RAM').message, /needs 36864 MiB of memory \(9 × 4096\).*20480 left/s);
    assert.equal(list[0].range.start.line, list[1].range.start.line, 'all on count');
  });

  test('spot servers count against the spot quotas', () => {
    assert.deepEqual(findings({ count: 5, extendparam: { marketType: 'spot' } }), []);
  });

  test('disk quotas: disks and GB in total and per type (Ecs.0021); no limit (-1) is never judged', () => {
    const ssd = { volumetype: 'SSD', size: 300 };
    const list = findings({ count: 2, data_volumes: [ssd, ssd] });
    assert.deepEqual(codes(list), ['ECS-QUOTA-GIGABYTES', 'ECS-QUOTA-VOLUMES']);
    assert.match(only(list, 'ECS-QUOTA-GIGABYTES').message, /needs 1280 GB of disk \(2 × 640\).*500 left.*Ecs\.0021/);
    // 2 × 2 SSD disks but 3 left of volumes_SSD; gigabytes_SSD has no limit.
    assert.match(
      only(list, 'ECS-QUOTA-VOLUMES').message,
      /needs 4 disks \(2 × 2\), but the EVS quota of SSD disks has 3 left/,
    );
  });

  test('the system disk size 0 counts as the image min_disk', () => {
    const list = findings({
      count: 1,
      root_volume: { volumetype: 'SSD', size: 0 },
      data_volumes: [{ volumetype: 'SAS', size: 470 }],
    });
    assert.match(only(list, 'ECS-QUOTA-GIGABYTES').message, /needs 510 GB of disk/);
  });

  test('new EIPs against the EIP quota (Ecs.0013), shared bandwidth addresses against theirs', () => {
    const eip = (sharetype: string) => ({ eip: { iptype: '5_bgp', bandwidth: { sharetype, size: 5 } } });
    assert.deepEqual(codes(findings({ count: 3, publicip: eip('PER') })), ['ECS-QUOTA-EIPS']);
    assert.deepEqual(findings({ count: 2, publicip: eip('PER') }), []);
    const shared = findings({ count: 2, publicip: eip('WHOLE') });
    assert.deepEqual(codes(shared), ['ECS-QUOTA-EIPS']);
    assert.match(shared[0].message, /EIPs in a shared bandwidth.*unconfirmed/);
  });

  test('unknown lists and quotas without usage yield nothing', () => {
    const blind = service(
      snapshot({
        diskTypes: unknown,
        eips: unknown,
        bandwidths: unknown,
        serverGroups: unknown,
        enterpriseProjects: unknown,
        ecsQuotas: known([quota('instances', 50), quota('cores', 200)]),
        evsQuotas: unknown,
        vpcQuotas: unknown,
      }),
    );
    const everything = {
      count: 40,
      root_volume: { volumetype: 'nope', size: 40 },
      publicip: { id: 'eip-404' },
      ipv6_bandwidth: { id: 'bw-404' },
      'os:scheduler_hints': { group: 'g-404' },
      extendparam: { enterprise_project_id: 'ep-404' },
    };
    assert.deepEqual(findings(everything, blind), []);
  });
});

describe('account inlay hints (bounds)', () => {
  const hintsOf = (text: string, ls = service(), range?: { start: number; end: number }) => {
    const parsed = ls.parse(TextDocument.create('file:///w/h.ecs.json', 'ecs-json', 1, text));
    const lines = text.split('\n').length;
    return ls.inlayHints(parsed, {
      start: { line: range?.start ?? 0, character: 0 },
      end: { line: range?.end ?? lines, character: 0 },
    });
  };

  test('at most MAX_INLAY_HINTS hints, and a long name is cut with an ellipsis', () => {
    const groups = Array.from({ length: 300 }, (_, i) => ({ id: `sg-${i}`, name: `group-${i}-${'x'.repeat(100)}` }));
    const ls = service(snapshot({ securityGroups: known(groups) }));
    const text = body({ security_groups: groups.map((group) => ({ id: group.id })) });
    const hints = hintsOf(text, ls);
    assert.equal(hints.length, MAX_INLAY_HINTS);
    assert.equal(
      String(hints.find((hint) => String(hint.label).startsWith('group-0-'))?.label),
      `group-0-${'x'.repeat(51)}…`,
    );
  });

  test('no hint for an ID the account lacks, or without account data', () => {
    const text = body({ flavorRef: 'x9.made.up' });
    assert.ok(!hintsOf(text).some((hint) => String(hint.label).includes('vCPU')));
    assert.deepEqual(hintsOf(text, createLanguageService()), []);
  });
});
