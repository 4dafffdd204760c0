/** The snapshot queries the editor's account checks and the refusal quick fixes share (request/accountQueries.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  flavorStatusWhere,
  isStatedOnSale,
  sameSizeFlavorsOnSale,
  subnetsWithRoom,
  zonesSellingFlavor,
} from '../../request/accountQueries';
import type { FlavorItem, SubnetItem } from '../../request/accountSnapshot';

function flavor(id: string, fields: Partial<FlavorItem> = {}): FlavorItem {
  return { id, name: id, vcpus: 2, ramMib: 4096, architecture: 'x86', zoneStatus: {}, billingModes: [], ...fields };
}

const subnet = (id: string, vpcId: string, freeIps?: number): SubnetItem => ({
  id,
  name: id,
  vpcId,
  cidr: '10.0.0.0/24',
  ...(freeIps === undefined ? {} : { freeIps }),
});

describe('flavor sale status', () => {
  it('reads the zone when one is asked (falling back to the region), else the region', () => {
    const f = flavor('s6.large.2', { regionStatus: 'normal', zoneStatus: { a: 'sellout' } });
    assert.equal(flavorStatusWhere(f, 'a'), 'sellout');
    assert.equal(flavorStatusWhere(f, 'b'), 'normal');
    assert.equal(flavorStatusWhere(f, undefined), 'normal');
  });

  it('only a stated on-sale status is on sale', () => {
    assert.deepEqual(
      ['normal', 'obt', 'promotion', 'sellout', 'obt_sellout', 'abandon', undefined].map(isStatedOnSale),
      [true, true, true, false, false, false, false],
    );
  });
});

describe('zonesSellingFlavor', () => {
  const f = flavor('c7.large.2', { zoneStatus: { b: 'normal', a: 'obt', c: 'sellout', d: 'normal' } });

  it('with a known zone list: its available zones where the flavor is on sale, in name order', () => {
    const zones = [
      { name: 'd', available: false },
      { name: 'b', available: true },
      { name: 'a', available: true },
      { name: 'c', available: true },
    ];
    assert.deepEqual(zonesSellingFlavor(zones, f), ['a', 'b']);
  });

  it('without one: the zones the flavor names', () =>
    assert.deepEqual(zonesSellingFlavor(undefined, f), ['a', 'b', 'd']));
});

describe('sameSizeFlavorsOnSale', () => {
  const current = flavor('c7.large.2', { zoneStatus: { a: 'sellout' } });
  const flavors = [
    current,
    flavor('s6.large.2', { regionStatus: 'normal' }),
    flavor('s6.xlarge.2', { vcpus: 4, ramMib: 8192, regionStatus: 'normal' }),
    flavor('s7.large.2', { regionStatus: 'normal', zoneStatus: { a: 'sellout' } }),
    flavor('k1.large.2', { architecture: 'arm64', regionStatus: 'normal' }),
    flavor('u1.large.2'),
  ];
  const ids = (items: FlavorItem[]) => items.map((item) => item.id);

  it('same vCPUs, memory and architecture, on sale in the zone asked, never the flavor itself', () => {
    assert.deepEqual(ids(sameSizeFlavorsOnSale(flavors, current, { zone: 'a' })), ['s6.large.2']);
    assert.deepEqual(ids(sameSizeFlavorsOnSale(flavors, current)), ['s6.large.2', 's7.large.2']);
  });

  it('another architecture when asked; an unstated status counts only when asked', () => {
    assert.deepEqual(ids(sameSizeFlavorsOnSale(flavors, current, { architecture: 'arm64' })), ['k1.large.2']);
    assert.deepEqual(ids(sameSizeFlavorsOnSale(flavors, current, { unstatedIsOnSale: true })), [
      's6.large.2',
      's7.large.2',
      'u1.large.2',
    ]);
  });
});

describe('subnetsWithRoom', () => {
  it('subnets of the VPC with enough stated free addresses, except the one named, in list order', () => {
    const subnets = [
      subnet('full', 'vpc-1', 0),
      subnet('roomy', 'vpc-1', 10),
      subnet('unstated', 'vpc-1'),
      subnet('exact', 'vpc-1', 3),
      subnet('other-vpc', 'vpc-2', 100),
    ];
    assert.deepEqual(
      subnetsWithRoom(subnets, 'vpc-1', 3, 'roomy').map((s) => s.id),
      ['exact'],
    );
    assert.deepEqual(
      subnetsWithRoom(subnets, 'vpc-1', 3).map((s) => s.id),
      ['roomy', 'exact'],
    );
  });
});
