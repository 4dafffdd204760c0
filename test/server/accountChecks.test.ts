/**
 * Account checks, completion and hover against account data (server/service/account), through
 * the service facade as the language server uses it. The snapshot mirrors the emulator's default
 * world (IDs of examples/), written out here so that the rules are judged on data we can read.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity,
  type CompletionItem,
  type Diagnostic,
  type MarkupContent,
} from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/service/languageService';
import { normalizeSettings } from '../../server/service/settings';
import { defaultSettings } from '../../server/service/types';
import { readAccountNotification, MAX_ITEMS_PER_KIND } from '../../server/service/account/accountData';
import { dataAge } from '../../request/accountSnapshot';
import { ipv4InCidr } from '../../server/service/account/accountChecks';
import { serviceWithAccount } from './accountSupport';

const NOW = new Date('2026-12-07T06:00:00Z');
const FETCHED = '2026-12-07T05:57:00Z'; // 3 min before NOW
const VPC = '2b3c4d5e-0000-4000-8000-000000000001';
const OTHER_VPC = '2b3c4d5e-0000-4000-8000-000000000002';
const SUBNET_APP = '3c4d5e6f-0000-4000-8000-000000000001';
const SUBNET_LAB = '3c4d5e6f-0000-4000-8000-000000000003';
const UBUNTU = '1a2b3c4d-0000-4000-8000-000000000001';
const WINDOWS = '1a2b3c4d-0000-4000-8000-000000000002';
const DEPRECATED_IMAGE = '1a2b3c4d-0000-4000-8000-000000000009';

const known = <T>(items: T[]) => ({ state: 'known', items, fetchedAt: FETCHED });
const flavor = (id: string, vcpus: number, ramMib: number, zoneStatus: Record<string, string> = {}, maxNics = 12) => ({
  id,
  name: id,
  vcpus,
  ramMib,
  architecture: 'x86',
  maxNics,
  regionStatus: 'normal',
  zoneStatus,
  billingModes: [],
});

export function snapshot(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    profile: 'Local emulator',
    region: 'cn-north-4',
    projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
    fetchedAt: FETCHED,
    durationMs: 300,
    parts: {
      availabilityZones: known(
        ['cn-north-4a', 'cn-north-4b', 'cn-north-4c'].map((name) => ({ name, available: true })),
      ),
      flavors: known([
        flavor('s6.large.2', 2, 4096),
        flavor('c7.large.2', 2, 4096, { 'cn-north-4a': 'normal', 'cn-north-4b': 'sellout', 'cn-north-4c': 'normal' }),
        flavor('old.small.1', 1, 1024, { 'cn-north-4a': 'abandon' }, 1),
      ]),
      images: known([
        {
          id: UBUNTU,
          name: 'Ubuntu 22.04',
          status: 'active',
          osType: 'Linux',
          architecture: 'x86',
          minDiskGb: 40,
          minRamMib: 0,
        },
        {
          id: WINDOWS,
          name: 'Windows 2022',
          status: 'active',
          osType: 'Windows',
          architecture: 'x86',
          minDiskGb: 40,
          minRamMib: 0,
        },
        {
          id: DEPRECATED_IMAGE,
          name: 'Old image',
          status: 'deactivated',
          architecture: 'x86',
          minDiskGb: 20,
          minRamMib: 0,
        },
      ]),
      vpcs: known([
        { id: VPC, name: 'vpc-default', cidr: '10.0.0.0/16' },
        { id: OTHER_VPC, name: 'vpc-lab' },
      ]),
      subnets: known([
        { id: SUBNET_APP, name: 'subnet-app', vpcId: VPC, cidr: '10.0.1.0/24', freeIps: 243 },
        { id: SUBNET_LAB, name: 'subnet-lab', vpcId: OTHER_VPC, cidr: '192.168.0.0/24', freeIps: 10 },
      ]),
      securityGroups: known([{ id: 'sg-1', name: 'web', description: 'HTTP in' }]),
      keyPairs: { state: 'unknown', cause: 'forbidden', reason: 'No permission.' },
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
        imageRef: UBUNTU,
        flavorRef: 's6.large.2',
        availability_zone: 'cn-north-4a',
        vpcid: VPC,
        nics: [{ subnet_id: SUBNET_APP }],
        root_volume: { volumetype: 'SSD', size: 40 },
        ...server,
      },
    },
    null,
    2,
  );
}

function check(
  text: string,
  ls = service(),
  settings = defaultSettings,
): { diagnostics: Diagnostic[]; account: Diagnostic[] } {
  const parsed = ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, text));
  const diagnostics = ls.validate(parsed, settings);
  return {
    diagnostics,
    account: diagnostics.filter((d) => /ECS-(UNKNOWN|R06|R07|R12|R44|R46|R47)/.test(String(d.code))),
  };
}

const codes = (list: Diagnostic[]) => list.map((d) => d.code).sort();

describe('account checks', () => {
  test('a request that matches the account has no account findings', () => {
    assert.deepEqual(check(body({})).account, []);
  });

  test('flavor sold out in the chosen zone: ECS-R46 warns with profile, region, age and the zones selling it', () => {
    const { account } = check(body({ flavorRef: 'c7.large.2', availability_zone: 'cn-north-4b' }));
    assert.equal(account.length, 1);
    assert.equal(account[0].code, 'ECS-R46');
    assert.equal(account[0].severity, DiagnosticSeverity.Warning);
    assert.match(account[0].message, /c7\.large\.2 is sold out in cn-north-4b/);
    assert.match(account[0].message, /profile Local emulator \/ cn-north-4, data from 3 min ago/);
    assert.match(
      account[0].message,
      /on sale in cn-north-4a, cn-north-4c: change the zone; s6\.large\.2 is the same size and on sale here/,
    );
    assert.deepEqual(account[0].data, {
      fixes: [
        { kind: 'replaceValue', path: ['server', 'availability_zone'], candidates: ['cn-north-4a', 'cn-north-4c'] },
        { kind: 'replaceValue', path: ['server', 'flavorRef'], candidates: ['s6.large.2'] },
      ],
    });
  });

  test("a withdrawn flavor is named as such; zones without a status of their own follow the region's", () => {
    const { account } = check(body({ flavorRef: 'old.small.1' }));
    assert.deepEqual(codes(account), ['ECS-R46']);
    assert.match(account[0].message, /withdrawn from sale in cn-north-4a\. It is on sale in cn-north-4b, cn-north-4c/);
    const nowhere = service(snapshot({ flavors: known([{ ...flavor('gone.1', 1, 1024), regionStatus: 'abandon' }]) }));
    const gone = check(body({ flavorRef: 'gone.1' }), nowhere).account;
    assert.deepEqual(codes(gone), ['ECS-R46']);
    assert.match(gone[0].message, /withdrawn from sale in cn-north-4a\. Choose another flavor/);
    assert.equal(gone[0].data, undefined, 'no zone to move to: no quick fix');
  });

  test('unknown IDs of each known kind get their own code', () => {
    const { account } = check(
      body({
        flavorRef: 'x9.huge',
        imageRef: 'no-such-image',
        availability_zone: 'cn-north-4z',
        vpcid: 'no-vpc',
        nics: [{ subnet_id: 'no-subnet' }],
        security_groups: [{ id: 'sg-404' }],
      }),
    );
    assert.deepEqual(codes(account), [
      'ECS-UNKNOWN-FLAVOR',
      'ECS-UNKNOWN-IMAGE',
      'ECS-UNKNOWN-SECURITY-GROUP',
      'ECS-UNKNOWN-SUBNET',
      'ECS-UNKNOWN-VPC',
      'ECS-UNKNOWN-ZONE',
    ]);
  });

  test('an unknown kind never yields "not found" (key pairs are unknown in this snapshot)', () => {
    assert.deepEqual(check(body({ key_name: 'whatever' })).account, []);
    const withKeys = service(snapshot({ keyPairs: known([{ name: 'demo-keypair' }]) }));
    assert.deepEqual(codes(check(body({ key_name: 'whatever' }), withKeys).account), ['ECS-UNKNOWN-KEY-PAIR']);
    assert.deepEqual(check(body({ key_name: 'demo-keypair' }), withKeys).account, []);
  });

  test('an image that is not active (R47), a Windows image (R44)', () => {
    assert.deepEqual(codes(check(body({ imageRef: DEPRECATED_IMAGE })).account), ['ECS-R47']);
    assert.deepEqual(codes(check(body({ imageRef: WINDOWS })).account), ['ECS-R44']);
  });

  test('a root disk below the image min_disk: ECS-R12 with the fix min_disk; 0 means "use min_disk"', () => {
    const { account } = check(body({ root_volume: { volumetype: 'SSD', size: 20 } }));
    assert.deepEqual(codes(account), ['ECS-R12']);
    assert.deepEqual(account[0].data, {
      fixes: [{ kind: 'replaceValue', path: ['server', 'root_volume', 'size'], candidates: [40] }],
    });
    assert.deepEqual(check(body({ root_volume: { volumetype: 'SSD', size: 0 } })).account, []);
  });

  test('primary subnet outside the VPC (R06), fixed IP outside the subnet (R07), NICs above the flavor limit', () => {
    assert.deepEqual(codes(check(body({ nics: [{ subnet_id: SUBNET_LAB }] })).account), ['ECS-R06']);
    const outside = check(body({ nics: [{ subnet_id: SUBNET_APP, ip_address: '10.0.2.5' }] })).account;
    assert.deepEqual(codes(outside), ['ECS-R07']);
    assert.match(outside[0].message, /10\.0\.2\.5 is outside subnet subnet-app \(10\.0\.1\.0\/24\)/);
    assert.deepEqual(check(body({ nics: [{ subnet_id: SUBNET_APP, ip_address: '10.0.1.77' }] })).account, []);
    const twoNics = body({
      flavorRef: 'old.small.1',
      availability_zone: 'cn-north-4c',
      nics: [{ subnet_id: SUBNET_APP }, { subnet_id: SUBNET_APP }],
    });
    assert.deepEqual(codes(check(twoNics).account), ['ECS-R06']);
  });

  test('placeholders are not judged; ecs.rules switches the account codes off like the others', () => {
    assert.deepEqual(check(body({ flavorRef: '${env:FLAVOR}' })).account, []);
    const off = normalizeSettings({ rules: { R46: 'off', 'ecs-unknown-image': 'off' } });
    const text = body({ flavorRef: 'c7.large.2', availability_zone: 'cn-north-4b', imageRef: 'nope' });
    assert.deepEqual(codes(check(text).account), ['ECS-R46', 'ECS-UNKNOWN-IMAGE']);
    assert.deepEqual(check(text, service(), off).account, []);
    const error = normalizeSettings({ rules: { 'ECS-UNKNOWN-IMAGE': 'error' } });
    assert.equal(
      check(text, service(), error).account.find((d) => d.code === 'ECS-UNKNOWN-IMAGE')?.severity,
      DiagnosticSeverity.Error,
    );
  });

  test('without account data nothing changes', () => {
    const plain = createLanguageService({ validation: { now: NOW } });
    assert.deepEqual(check(body({ flavorRef: 'x9.huge' }), plain).account, []);
  });

  test('the quick fixes write the zone and the disk size', () => {
    const ls = service();
    const text = body({
      flavorRef: 'c7.large.2',
      availability_zone: 'cn-north-4b',
      root_volume: { volumetype: 'SSD', size: 20 },
    });
    const parsed = ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, text));
    const diagnostics = ls.validate(parsed).filter((d) => d.code === 'ECS-R46' || d.code === 'ECS-R12');
    const actions = ls.codeActions(parsed, diagnostics[0].range, diagnostics);
    const edits = actions.map((a) => `${a.title}: ${Object.values(a.edit?.changes ?? {})[0]?.[0]?.newText}`);
    assert.ok(edits.includes('Change the value to "cn-north-4a": "cn-north-4a"'), edits.join('\n'));
    assert.ok(edits.includes('Change the value to 40: 40'), edits.join('\n'));
    assert.ok(edits.includes('Change the value to "s6.large.2": "s6.large.2"'), edits.join('\n'));
  });
});

describe('reading the notification defensively', () => {
  test('wrong payloads are ignored with a reason, null clears, another profile is a mismatch', () => {
    for (const params of [undefined, 42, 'x', [], { snapshot: 'x', profile: 'P', region: 'r' }, { snapshot: {} }]) {
      assert.equal(readAccountNotification(params).kind, 'ignore', JSON.stringify(params));
    }
    assert.deepEqual(readAccountNotification({ snapshot: null }), { kind: 'clear' });
    const v2 = readAccountNotification({
      snapshot: { ...snapshot(), schemaVersion: 2 },
      profile: 'Local emulator',
      region: 'cn-north-4',
    });
    assert.equal(v2.kind, 'ignore');
    assert.match(v2.kind === 'ignore' ? v2.reason : '', /schemaVersion is 2/);
    const other = readAccountNotification({
      snapshot: snapshot(),
      profile: 'Local emulator',
      region: 'ap-southeast-1',
    });
    assert.equal(other.kind, 'mismatch');
  });

  test('broken items are skipped, a list that is too long is unknown, parts that are not parts are unknown', () => {
    const read = readAccountNotification({
      profile: 'Local emulator',
      region: 'cn-north-4',
      snapshot: snapshot({
        flavors: known([
          null,
          7,
          { id: 's6.large.2' },
          { id: 'ok.1', vcpus: 1, ramMib: 1024, zoneStatus: 'x' },
          { id: 'x'.repeat(5000), vcpus: 1, ramMib: 1 },
        ]),
        images: known(Array.from({ length: MAX_ITEMS_PER_KIND + 1 }, (_, i) => ({ id: `i${i}`, status: 'active' }))),
        vpcs: 'nonsense',
      }),
    });
    assert.equal(read.kind, 'apply');
    if (read.kind !== 'apply') return;
    assert.deepEqual(read.data.flavors.known && read.data.flavors.items.map((f) => f.id), ['ok.1']);
    assert.equal(read.data.images.known, false);
    assert.equal(read.data.vpcs.known, false);
  });

  test('data age in words', () => {
    const at = NOW.getTime();
    assert.equal(dataAge(at - 10_000, NOW), 'less than a minute ago');
    assert.equal(dataAge(at - 3 * 60_000, NOW), '3 min ago');
    assert.equal(dataAge(at - 3 * 3_600_000, NOW), '3 h ago');
    assert.equal(dataAge(at - 72 * 3_600_000, NOW), '3 days ago');
  });

  test('IPv4 in CIDR, and what cannot be read is not judged', () => {
    assert.equal(ipv4InCidr('10.0.1.5', '10.0.1.0/24'), true);
    assert.equal(ipv4InCidr('10.0.2.5', '10.0.1.0/24'), false);
    assert.equal(ipv4InCidr('10.0.1.5', '10.0.0.0/16'), true);
    assert.equal(ipv4InCidr('fe80::1', '10.0.1.0/24'), undefined);
    assert.equal(ipv4InCidr('10.0.1.256', '10.0.1.0/24'), undefined);
    assert.equal(ipv4InCidr('10.0.1.5', '10.0.1.0/33'), undefined);
  });
});

describe('account completion and hover', () => {
  function complete(text: string, marker: string, ls = service()): CompletionItem[] {
    const offset = text.indexOf(marker);
    const clean = text.replace(marker, '');
    const document = TextDocument.create('file:///w/a.ecs.yaml', 'ecs-yaml', 1, clean);
    return ls.complete(ls.parse(document), document.positionAt(offset)).items;
  }
  const yaml = (lines: string[]) => `server:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;

  test('flavors labelled by size, on sale in the chosen zone first, inserting the ID', () => {
    const items = complete(yaml(['availability_zone: cn-north-4b', 'flavorRef: |']), '|');
    const labels = items.filter((item) => item.sortText?.startsWith('!')).map((item) => item.label);
    assert.deepEqual(labels, [
      's6.large.2 — 2 vCPU, 4 GiB',
      'old.small.1 — 1 vCPU, 1 GiB',
      'c7.large.2 — 2 vCPU, 4 GiB',
    ]);
    const sold = items.find((item) => item.label.startsWith('c7.large.2'));
    assert.match(String(sold?.detail), /not on sale in cn-north-4b \(sellout\)/);
    assert.equal((items[0].textEdit as { newText: string }).newText, 's6.large.2');
  });

  test('the order follows the zone in the file, also after an earlier completion with another zone', () => {
    const ls = service();
    const last = (zone: string) => {
      const labels = complete(yaml([`availability_zone: ${zone}`, 'flavorRef: |']), '|', ls)
        .filter((item) => item.sortText?.startsWith('!'))
        .map((item) => item.label);
      return labels[labels.length - 1];
    };
    assert.equal(last('cn-north-4b'), 'c7.large.2 — 2 vCPU, 4 GiB');
    assert.equal(last('cn-north-4a'), 'old.small.1 — 1 vCPU, 1 GiB');
    assert.equal(last('cn-north-4b'), 'c7.large.2 — 2 vCPU, 4 GiB');
  });

  test('images are active ones, labelled with architecture and min disk; subnets of the VPC in the file only', () => {
    const images = complete(yaml(['imageRef: |']), '|').filter((item) => item.sortText?.startsWith('!'));
    assert.deepEqual(
      images.map((item) => item.label),
      ['Ubuntu 22.04 — x86, min 40 GB', 'Windows 2022 — x86, min 40 GB'],
    );
    const subnets = complete(yaml([`vpcid: ${VPC}`, 'nics:', '  - subnet_id: |']), '|').filter((item) =>
      item.sortText?.startsWith('!'),
    );
    assert.deepEqual(
      subnets.map((item) => item.label),
      ['subnet-app 10.0.1.0/24, 243 free IPs'],
    );
    assert.equal((subnets[0].textEdit as { newText: string }).newText, SUBNET_APP);
  });

  test("without account data the completion is the schema's alone", () => {
    const plain = createLanguageService({ validation: { now: NOW } });
    assert.equal(
      complete(yaml(['flavorRef: |']), '|', plain).filter((item) => item.sortText?.startsWith('!')).length,
      0,
    );
  });

  test('hover says what an ID is, or that it was not found where and when', () => {
    const ls = service();
    const text = body({ flavorRef: 'x9.huge' });
    const document = TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, text);
    const parsed = ls.parse(document);
    const at = (needle: string) => document.positionAt(text.indexOf(needle) + 2);
    const found = (ls.hover(parsed, at(SUBNET_APP))?.contents as MarkupContent).value;
    assert.match(found, /Subnet subnet-app\*\* 10\.0\.1\.0\/24, in VPC vpc-default, 243 free IPs/);
    const missing = (ls.hover(parsed, at('x9.huge'))?.contents as MarkupContent).value;
    assert.match(missing, /not found in profile Local emulator \/ region cn-north-4 \(data from 3 min ago\)/);
    assert.match(missing, /flavorRef/, 'the schema hover follows');
  });
});
