/**
 * The catalog's item readers: the fields of endpoints-and-lookups.md §3 in, snapshot items out, wrong input skipped.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseBillingModes,
  parseDiskType,
  parseEnterpriseProject,
  parseFlavor,
  parseImage,
  parseKeyPair,
  parseSubnet,
  parseZoneStatus,
} from '../../cloud/catalog/parsers';
import { flavorStatusInZone, snapshotMatches } from '../../request/accountSnapshot';

describe('catalog item readers', () => {
  it('reads cond:operation:az per zone, tolerating spaces and junk entries', () => {
    assert.deepEqual(parseZoneStatus('az0(normal), az1(sellout),az2 ( obt_sellout ),broken,(x),__proto__(normal)'), {
      az0: 'normal',
      az1: 'sellout',
      az2: 'obt_sellout',
    });
    assert.deepEqual(parseZoneStatus(undefined), {});
  });

  it('reads cond:operation:charge: period = yearly/monthly, demand = pay-per-use, absent = both', () => {
    assert.deepEqual(parseBillingModes('period'), ['prePaid']);
    assert.deepEqual(parseBillingModes('demand'), ['postPaid']);
    assert.deepEqual(parseBillingModes(undefined), ['prePaid', 'postPaid']);
    assert.deepEqual(parseBillingModes('period,demand'), ['prePaid', 'postPaid']);
  });

  it('reads a Kunpeng flavor with vCPUs as a string, and skips one without vCPUs', () => {
    const flavor = parseFlavor({
      id: 'kc1.large.2',
      name: 'kc1.large.2',
      vcpus: '2',
      ram: 4096,
      os_extra_specs: {
        'ecs:instance_architecture': 'arm64',
        'cond:operation:status': 'normal',
        'cond:operation:az': 'a(sellout)',
        'quota:vif_max_num': '4',
        'cond:operation:charge': 'demand',
      },
      attachableQuantity: { free_disk: 23, free_nic: 3 },
    });
    assert.deepEqual(flavor, {
      id: 'kc1.large.2',
      name: 'kc1.large.2',
      vcpus: 2,
      ramMib: 4096,
      architecture: 'arm64',
      maxNics: 4,
      maxDataDisks: 23,
      regionStatus: 'normal',
      zoneStatus: { a: 'sellout' },
      billingModes: ['postPaid'],
    });
    assert.equal(flavorStatusInZone(flavor!, 'a'), 'sellout');
    assert.equal(flavorStatusInZone(flavor!, 'b'), 'normal', 'an unstated zone falls back to the region status');
    assert.equal(parseFlavor({ id: 'x', ram: 1024 }), undefined);
    assert.equal(parseFlavor({ id: 'x', vcpus: { n: 2 }, ram: 1024 }), undefined);
  });

  it(
    'reads images, subnets, key pairs, disk types and ' + 'enterprise projects; skips items without their key fields',
    () => {
      assert.equal(parseImage({ id: 'i', status: 'active', __support_arm: 'true' })?.architecture, 'arm');
      assert.equal(parseImage({ id: 'i' }), undefined);
      assert.equal(parseSubnet({ id: 's', vpc_id: 'v' }), undefined, 'a subnet without a CIDR cannot be checked');
      assert.deepEqual(
        parseSubnet({
          id: 's',
          vpc_id: 'v',
          cidr: '10.0.0.0/24',
          availability_zone: '',
          available_ip_address_count: 250,
        }),
        {
          id: 's',
          name: 's',
          vpcId: 'v',
          cidr: '10.0.0.0/24',
          freeIps: 250,
        },
      );
      assert.deepEqual(parseKeyPair({ keypair: { name: 'k', type: 'ssh', public_key: 'ssh-rsa AAAA' } }), {
        name: 'k',
        type: 'ssh',
      });
      assert.deepEqual(parseDiskType({ name: 'SSD', extra_specs: { 'RESKEY:availability_zones': 'a, b' } }), {
        name: 'SSD',
        zones: ['a', 'b'],
      });
      assert.deepEqual(parseDiskType({ name: 'SAS' }), { name: 'SAS' }, 'zones unknown, not empty');
      assert.equal(parseEnterpriseProject({ id: '0', name: 'default', status: 1 })?.status, 'enabled');
      assert.equal(parseEnterpriseProject({ id: 'e', status: 2 })?.status, 'disabled');
      assert.equal(parseEnterpriseProject({ id: 'e', status: 9 }), undefined);
    },
  );

  it('a snapshot belongs to one profile, region and project', () => {
    const target = { profile: 'p', region: 'cn-north-4', projectId: 'x' };
    assert.ok(snapshotMatches(target, { ...target }));
    assert.ok(!snapshotMatches(target, { ...target, region: 'cn-east-3' }));
    assert.ok(!snapshotMatches(target, { ...target, profile: 'q' }));
  });
});
