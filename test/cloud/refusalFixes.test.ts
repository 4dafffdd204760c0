/** Quick fixes for cloud refusals from the error catalog (issue 15, item 7) and the pre-flight summary line. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lookupErrorCode } from '../../cloud/errorCatalog';
import { fieldProblems } from '../../cloud/errorFields';
import { accountCoverage, preflightSeverity, preflightSummary } from '../../cloud/preflight';
import { refusalFixes } from '../../cloud/refusalFixes';
import { RESOURCE_KINDS, type AccountSnapshot } from '../../request/accountSnapshot';

const known = (items: unknown[]) => ({ state: 'known', items, fetchedAt: '2026-12-07T07:00:00Z' });
const unknown = { state: 'unknown', cause: 'forbidden', reason: 'No permission to list them (HTTP 403).' };

function snapshot(parts: Record<string, unknown>): AccountSnapshot {
  const all = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, parts[kind] ?? unknown]));
  return {
    schemaVersion: 1,
    profile: 'Local emulator',
    region: 'cn-north-4',
    projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
    fetchedAt: '2026-12-07T07:00:00Z',
    durationMs: 10,
    parts: all as AccountSnapshot['parts'],
  };
}

const flavor = (id: string, vcpus: number, ramMib: number, zoneStatus: Record<string, string>) => ({
  id,
  name: id,
  vcpus,
  ramMib,
  architecture: 'x86',
  regionStatus: 'normal',
  zoneStatus,
  billingModes: [],
});

const world = snapshot({
  availabilityZones: known([
    { name: 'cn-north-4a', available: true },
    { name: 'cn-north-4b', available: true },
    { name: 'cn-north-4c', available: false },
  ]),
  flavors: known([
    flavor('c7.large.2', 2, 4096, { 'cn-north-4b': 'sellout' }),
    flavor('s6.large.2', 2, 4096, {}),
    flavor('s6.xlarge.2', 4, 8192, {}),
    flavor('x1.large.2', 2, 4096, { 'cn-north-4b': 'abandon' }),
  ]),
  vpcs: known([
    { id: 'vpc-1', name: 'vpc-web' },
    { id: 'vpc-2', name: 'vpc-db' },
  ]),
  subnets: known([
    { id: 'sub-full', name: 'full', vpcId: 'vpc-1', cidr: '10.0.0.0/28', freeIps: 0 },
    { id: 'sub-few', name: 'few', vpcId: 'vpc-1', cidr: '10.0.1.0/28', freeIps: 1 },
    { id: 'sub-many', name: 'many', vpcId: 'vpc-1', cidr: '10.0.2.0/24', freeIps: 200 },
    { id: 'sub-other', name: 'other', vpcId: 'vpc-2', cidr: '10.1.0.0/24', freeIps: 250 },
  ]),
});

const refusal = (code: string, message: string, body: unknown) => fieldProblems({ code, message }, body)[0];

describe('refusal fixes from the error catalog', () => {
  it('the catalog entry carries the fix: a field to leave out, or where the account data has the value', () => {
    assert.deepEqual(lookupErrorCode('Ecs.0084')?.fix?.kind, 'remove');
    assert.deepEqual(lookupErrorCode('Ecs.0018')?.fix, {
      kind: 'fromAccount',
      sources: ['zoneSellingFlavor', 'sameSizeFlavorOnSale'],
    });
    assert.equal(lookupErrorCode('Ecs.0011')?.fix, undefined, 'a password has no fix the tool could write');
  });

  it('Ecs.0084: removes auto_terminate_time, the field the refusal names', () => {
    const body = { server: { auto_terminate_time: '2030-01-01T00:00:00Z', extendparam: { chargingMode: 'prePaid' } } };
    const problem = refusal('Ecs.0084', 'auto_terminate_time is only for pay-per-use servers.', body);
    assert.deepEqual(refusalFixes(problem, body), [
      {
        title: 'Remove auto_terminate_time: the server is not deleted at a set time',
        path: ['server', 'auto_terminate_time'],
        remove: true,
      },
    ]);
  });

  it('Ecs.0010: leaves the fixed IP out, so a free address is assigned; nothing to remove when it is absent', () => {
    const body = { server: { nics: [{ subnet_id: 'sub-many', ip_address: '10.0.2.9' }] } };
    const [fix] = refusalFixes(refusal('Ecs.0010', 'The IP address is in use.', body), body);
    assert.deepEqual(fix, {
      title: 'Remove nics[0].ip_address: a free address of the subnet is assigned',
      path: ['server', 'nics', 0, 'ip_address'],
      remove: true,
    });
    const without = { server: { nics: [{ subnet_id: 'sub-many' }] } };
    assert.deepEqual(refusalFixes(refusal('Ecs.0010', 'The IP address is in use.', without), without), []);
  });

  it('Ecs.0018: the zones where the flavor is on sale, then same-size flavors on sale in the zone', () => {
    const body = { server: { flavorRef: 'c7.large.2', availability_zone: 'cn-north-4b' } };
    const problem = refusal('Ecs.0018', 'The flavor is sold out.', body);
    assert.deepEqual(
      refusalFixes(problem, body, world).map((f) => [f.path.join('.'), 'value' in f ? f.value : 'remove']),
      [
        ['server.availability_zone', 'cn-north-4a'],
        ['server.flavorRef', 's6.large.2'],
      ],
      'not the unavailable zone cn-north-4c, not a flavor withdrawn in the zone or of another size',
    );
    assert.deepEqual(refusalFixes(problem, body), [], 'without account data no value is known');
    const flavorsUnknown = snapshot({});
    assert.deepEqual(refusalFixes(problem, body, flavorsUnknown), []);
  });

  it('Ecs.0012: other subnets of the VPC with enough free addresses for count, most free first', () => {
    const body = { server: { vpcid: 'vpc-1', count: 2, nics: [{ subnet_id: 'sub-full' }] } };
    const problem = refusal('Ecs.0012', 'The subnet has no free IP addresses.', body);
    assert.deepEqual(
      refusalFixes(problem, body, world).map((f) => [f.path.join('.'), 'value' in f ? f.value : '', f.title]),
      [['server.nics.0.subnet_id', 'sub-many', 'Use subnet many (10.0.2.0/24, 200 free addresses)']],
    );
  });

  it('Ecs.0064: vpcid becomes the VPC of the first subnet', () => {
    const body = { server: { vpcid: 'vpc-2', nics: [{ subnet_id: 'sub-many' }] } };
    const problem = refusal('Ecs.0064', 'vpcid is not the VPC of the subnet.', body);
    assert.deepEqual(refusalFixes(problem, body, world), [
      {
        title: "Set vpcid to vpc-web (vpc-1), the VPC of the first NIC's subnet",
        path: ['server', 'vpcid'],
        value: 'vpc-1',
      },
    ]);
  });
});

describe('the pre-flight summary line', () => {
  it('says what passed and what failed, in the order the steps ran', () => {
    const line = preflightSummary({
      local: { errors: 0, warnings: 0 },
      account: { state: 'checked', findings: 2, unknownLists: 0 },
      dryRun: { state: 'passed' },
      target: 'Local emulator',
    });
    const expected = 'local checks passed · account: 2 warnings · dry-run passed against Local emulator';
    assert.equal(line, `Pre-flight: ${expected}`);
    const refused = {
      local: { errors: 1, warnings: 1 },
      account: { state: 'checked', findings: 0, unknownLists: 3 },
      dryRun: { state: 'refused', code: 'Ecs.0011' },
      target: 'prod',
    } as const;
    assert.equal(
      preflightSummary(refused),
      'Pre-flight: local: 1 error, 1 warning · account checks passed (3 lists unknown) · ' +
        'dry-run refused (Ecs.0011) by prod',
    );
    assert.equal(preflightSeverity(refused), 'error');
    assert.equal(
      preflightSeverity({ ...refused, local: { errors: 0, warnings: 0 }, dryRun: { state: 'passed' } }),
      'warning',
    );
  });

  it('a snapshot where no list could be read is not usable; one list read is enough', () => {
    const none = accountCoverage(snapshot({}));
    assert.deepEqual(none, { usable: false, reason: unknown.reason, cause: 'forbidden' });
    const some = accountCoverage(snapshot({ flavors: known([]) }));
    assert.equal(some.usable, true);
    assert.equal(some.usable && some.unknown.length, RESOURCE_KINDS.length - 1);
  });
});
