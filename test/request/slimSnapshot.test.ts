/**
 * The slim snapshot the client sends (request/accountSnapshot.ts, slimSnapshot): only the fields the
 * language server reads, so that the server reads from it exactly what it reads from the whole one.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
  ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
  RESOURCE_KINDS,
  SLIM_SNAPSHOT_FIELDS,
  slimSnapshot,
  type AccountSnapshot,
  type FlavorItem,
  type KnownPart,
  type ResourceItems,
} from '../../request/accountSnapshot';
import { readAccountNotification } from '../../server/service/account/accountData';

const FETCHED_AT = '2026-12-07T05:22:34.898Z';
const known = <T>(items: T[]): KnownPart<T> => ({ state: 'known', items, fetchedAt: FETCHED_AT, skipped: 1 });
const quotas = (resource: string) =>
  known([
    { resource, limit: 10, used: 4 },
    { resource: `${resource}2`, limit: -1 },
  ]);

/** Every field of every kind, set (the optional ones too), and one unknown kind with all its fields. */
const WHOLE: AccountSnapshot = {
  schemaVersion: ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
  profile: 'Work',
  region: 'cn-north-4',
  projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
  fetchedAt: FETCHED_AT,
  durationMs: 474,
  parts: {
    availabilityZones: known([
      { name: 'cn-north-4a', available: true },
      { name: 'cn-north-4b', available: false },
    ]),
    flavors: known<FlavorItem>([
      {
        id: 'km1.large.4',
        name: 'km1.large.4 name',
        vcpus: 2,
        ramMib: 8192,
        architecture: 'arm64',
        maxNics: 4,
        maxDataDisks: 23,
        regionStatus: 'abandon',
        zoneStatus: { 'cn-north-4a': 'normal', 'cn-north-4b': 'sellout' },
        billingModes: ['prePaid', 'postPaid'],
        performanceType: 'kunpeng_computing',
      },
      {
        id: 's6.large.2',
        name: 's6.large.2',
        vcpus: 2,
        ramMib: 4096,
        architecture: 'x86',
        zoneStatus: {},
        billingModes: [],
      },
    ]),
    images: known([
      {
        id: '1a2b3c4d-0000-4000-8000-000000000001',
        name: 'Ubuntu 22.04 server 64bit',
        status: 'active',
        osType: 'Linux',
        platform: 'Ubuntu',
        osVersion: 'Ubuntu 22.04 server 64bit',
        architecture: 'x86',
        minDiskGb: 40,
        minRamMib: 1024,
        visibility: 'public',
        imageType: 'gold',
      },
    ]),
    vpcs: known([{ id: 'vpc-1', name: 'vpc-default', cidr: '10.0.0.0/16', status: 'OK' }]),
    subnets: known([
      {
        id: 'subnet-1',
        name: 'subnet-app',
        vpcId: 'vpc-1',
        cidr: '10.0.1.0/24',
        gatewayIp: '10.0.1.1',
        zone: 'cn-north-4a',
        freeIps: 243,
      },
    ]),
    securityGroups: known([{ id: 'sg-1', name: 'web', description: 'web servers' }]),
    keyPairs: known([{ name: 'KeyPair-1', type: 'ssh', fingerprint: 'SHA256:abc' }]),
    serverGroups: known([{ id: 'group-1', name: 'spread', policies: ['anti-affinity'], memberCount: 2 }]),
    diskTypes: known([{ name: 'SSD', id: 'type-1', zones: ['cn-north-4a'], soldOutZones: ['cn-north-4b'] }]),
    eips: known([
      {
        id: 'eip-1',
        address: '100.85.10.11',
        status: 'DOWN',
        type: '5_bgp',
        bandwidthId: 'bw-1',
        bandwidthShareType: 'WHOLE',
      },
    ]),
    bandwidths: known([{ id: 'bw-1', name: 'shared', size: 100, shareType: 'WHOLE', eipCount: 1 }]),
    enterpriseProjects: {
      state: 'unknown',
      reason: 'No permission to list enterprise projects.',
      cause: 'forbidden',
      errorCode: 'EPS.0004',
      httpStatus: 403,
    },
    ecsQuotas: quotas('instances'),
    evsQuotas: quotas('gigabytes'),
    vpcQuotas: quotas('publicIp'),
  },
};
const ACTIVE = { profile: 'Work', region: 'cn-north-4' };

describe('slimSnapshot', () => {
  it('keeps everything the server reads: the server reads the same data from the slim and the whole one', () => {
    const fromWhole = readAccountNotification({ snapshot: WHOLE, ...ACTIVE });
    const fromSlim = readAccountNotification({ snapshot: slimSnapshot(WHOLE), ...ACTIVE });
    assert.equal(fromWhole.kind, 'apply');
    assert.deepEqual(fromSlim, fromWhole);
    // And the same after the trip through JSON that the notification makes.
    const sent = JSON.parse(JSON.stringify({ snapshot: slimSnapshot(WHOLE), ...ACTIVE })) as unknown;
    assert.deepEqual(readAccountNotification(sent), fromWhole);
  });

  it('keeps nothing else: only the listed fields, no part times, no reasons of unknown lists', () => {
    const slim = slimSnapshot(WHOLE);
    assert.deepEqual(Object.keys(slim).sort(), ['fetchedAt', 'parts', 'profile', 'region', 'schemaVersion']);
    assert.deepEqual(Object.keys(slim.parts), [...RESOURCE_KINDS]);
    for (const kind of RESOURCE_KINDS) {
      const part = slim.parts[kind];
      const whole = WHOLE.parts[kind];
      if (whole.state === 'unknown') {
        assert.deepEqual(part, { state: 'unknown' }, kind);
        continue;
      }
      assert.ok(part.state === 'known', kind);
      assert.deepEqual(Object.keys(part).sort(), ['items', 'state'], kind);
      const fields: readonly string[] = SLIM_SNAPSHOT_FIELDS[kind];
      assert.equal(part.items.length, whole.items.length, kind);
      part.items.forEach((item, index) => {
        const source = whole.items[index] as ResourceItems[typeof kind] & Record<string, unknown>;
        const expected = Object.keys(source).filter((field) => fields.includes(field));
        assert.deepEqual(Object.keys(item).sort(), expected.sort(), `${kind}[${index}]`);
      });
    }
    assert.ok(JSON.stringify(slim).length < 0.75 * JSON.stringify(WHOLE).length);
  });

  it('leaves the whole snapshot as it was (the client caches and checks with it)', () => {
    const before = JSON.stringify(WHOLE);
    slimSnapshot(WHOLE);
    assert.equal(JSON.stringify(WHOLE), before);
  });

  it('lists for each kind only fields of that kind', () => {
    const sample = (kind: (typeof RESOURCE_KINDS)[number]) => {
      const part = WHOLE.parts[kind];
      return part.state === 'known' ? (part.items[0] as object) : undefined;
    };
    for (const kind of RESOURCE_KINDS) {
      const item = sample(kind);
      if (!item) continue;
      for (const field of SLIM_SNAPSHOT_FIELDS[kind])
        assert.ok(field in item, `${kind}.${field} is a field of ${kind}`);
    }
  });
});
