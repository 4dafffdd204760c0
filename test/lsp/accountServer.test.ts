/**
 * Account checks, quick fixes and inlay hints over real LSP stdio, with a real snapshot of the
 * emulator's large world (`ecs-request catalog --emulator --world large --save`): disk types per
 * zone, bound and free EIPs, shared bandwidths, server groups, enterprise projects, arm flavors
 * and images, quotas near their limits. Then snapshots that are huge or odd, which must neither
 * end nor stall the server.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionList, Diagnostic, InlayHint, TextEdit } from 'vscode-languageserver-protocol';
import { SERVER_JS, TestClient } from './lspClient';
import { positionOf } from './fixtures';
import { CLI_JS, fetchLargeWorld } from './largeWorld';

const NOTIFICATION = 'ecs/accountSnapshot';
const ACTIVE = { profile: 'Local emulator', region: 'cn-north-4' };

// IDs of the emulator's world (emulator/world.ts); the large world keeps the default world's IDs.
const UBUNTU_X86 = '1a2b3c4d-0000-4000-8000-000000000001';
const ARM_IMAGE = '1a2b3c4d-1000-4000-8000-000000000004';
const VPC = '2b3c4d5e-0000-4000-8000-000000000001';
const SUBNET_APP = '3c4d5e6f-0000-4000-8000-000000000001';
const SUBNET_DB = '3c4d5e6f-0000-4000-8000-000000000002';
const SG_WEB = '4d5e6f70-0000-4000-8000-000000000002';
const GROUP = '5e6f7081-0000-4000-8000-000000000001';
const EIP_FREE = '8c9d0e1f-0000-4000-8000-000000000001';
const EIP_BOUND = '8c9d0e1f-0000-4000-8000-000000000002';
const EP_PRODUCTION = '7a8b9c0d-0000-4000-8000-000000000001';
const EP_RETIRED = '7a8b9c0d-0000-4000-8000-000000000002';

const CLEAN = [
  'server:',
  '  name: web-01',
  `  imageRef: ${UBUNTU_X86}`,
  '  flavorRef: s6.large.2',
  '  availability_zone: cn-north-4b',
  `  vpcid: ${VPC}`,
  '  nics:',
  `    - subnet_id: ${SUBNET_APP}`,
  '  security_groups:',
  `    - id: ${SG_WEB}`,
  '  root_volume:',
  '    volumetype: SSD',
  '  "os:scheduler_hints":',
  `    group: ${GROUP}`,
  '  publicip:',
  `    id: ${EIP_FREE}`,
  '  extendparam:',
  `    enterprise_project_id: ${EP_PRODUCTION}`,
  '',
].join('\n');

const ACCOUNT_CODE =
  /^ECS-(R06|R07|R12|R25|R38|R44|R45|R46|R47|UNKNOWN-.*|QUOTA-.*|SUBNET-FULL|ARCHITECTURE-MISMATCH)$/;
const accountCodes = (diagnostics: Diagnostic[]) =>
  diagnostics
    .filter((d) => ACCOUNT_CODE.test(String(d.code)))
    .map((d) => d.code)
    .sort();
const lineOf = (text: string, needle: string) => positionOf(text, needle).line;

describe('account checks, fixes and inlay hints over stdio (large world)', () => {
  const client = new TestClient({ settings: {}, inlayHintRefresh: true });
  const uri = 'file:///work/account-server.ecs.yaml';
  let snapshot: Record<string, unknown>;

  const inlayHints = (target: string, range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }) =>
    client.connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', {
      textDocument: { uri: target },
      range,
    });
  const fixesFor = async (target: string, diagnostic: Diagnostic): Promise<TextEdit[]> => {
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: target },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return actions.flatMap((action) => action.edit?.changes?.[target] ?? []);
  };

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS) && fs.existsSync(CLI_JS), 'run npm run build first');
    snapshot = await fetchLargeWorld();
    await client.initialize();
  });
  after(() => client.kill());

  it('announces inlay hints; without account data there are none', async () => {
    await client.open(uri, 'ecs-yaml', CLEAN);
    assert.deepEqual(await inlayHints(uri), []);
  });

  it('a snapshot refreshes the hints; a clean request has no account finding', async () => {
    const refreshed = client.nextInlayHintRefresh();
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(NOTIFICATION, { snapshot, ...ACTIVE });
    await refreshed;
    assert.deepEqual(accountCodes((await published).diagnostics), []);
  });

  it("names each ID's resource after its value, only in the range asked", async () => {
    const hints = (await inlayHints(uri)) ?? [];
    const shown = hints.map((hint) => [hint.position.line, hint.position.character, hint.label, hint.paddingLeft]);
    const end = (needle: string) => {
      const line = lineOf(CLEAN, needle);
      return [line, CLEAN.split('\n')[line].length];
    };
    assert.deepEqual(shown, [
      [...end('flavorRef:'), '2 vCPU, 4 GiB', true],
      [...end('imageRef:'), 'Ubuntu 22.04 server 64bit', true],
      [...end('vpcid:'), 'vpc-default', true],
      [...end('subnet_id:'), 'subnet-app 10.0.1.0/24', true],
      [...end(`id: ${SG_WEB}`), 'web', true],
      [...end('group:'), 'sg-anti-affinity (anti-affinity)', true],
      [...end(`id: ${EIP_FREE}`), '100.85.10.11', true],
      [...end('enterprise_project_id:'), 'ep-production', true],
    ]);
    const line = lineOf(CLEAN, 'vpcid:');
    const some = await inlayHints(uri, { start: { line, character: 0 }, end: { line: line + 3, character: 0 } });
    assert.deepEqual(
      some?.map((hint) => hint.label),
      ['vpc-default', 'subnet-app 10.0.1.0/24'],
    );
  });

  it('completion lists a value the account and the schema both know once, as the account item', async () => {
    const blank = 'file:///work/account-completion.ecs.yaml';
    const text = 'server:\n  availability_zone: \n  flavorRef: \n';
    await client.open(blank, 'ecs-yaml', text);
    for (const [key, value] of [
      ['availability_zone: ', 'cn-north-4b'],
      ['flavorRef: ', 's6.small.1'],
    ]) {
      const position = { line: lineOf(text, key), character: `  ${key}`.length };
      const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
        textDocument: { uri: blank },
        position,
        context: { triggerKind: 1 },
      });
      const items = list?.items ?? [];
      // Items may leave their edit range to the list's itemDefaults and carry only the text.
      const written = items.map((item) => item.textEditText ?? item.textEdit?.newText ?? item.insertText ?? item.label);
      assert.equal(new Set(written).size, written.length, `${key} offers a text twice: ${written.join(' | ')}`);
      const offered = items.filter((_, i) => written[i].trim() === value);
      assert.equal(offered.length, 1, `${value} once: ${written.join(' | ')}`);
      assert.ok(offered[0].sortText?.startsWith('!'), `the account's item: ${JSON.stringify(offered[0])}`);
    }
    await client.close(blank);
  });

  it('ecs.inlayHints.resourceNames false turns them off, and true back on', async () => {
    client.settings = { inlayHints: { resourceNames: false } };
    let refreshed = client.nextInlayHintRefresh();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    assert.deepEqual(await inlayHints(uri), []);
    client.settings = {};
    refreshed = client.nextInlayHintRefresh();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    assert.equal((await inlayHints(uri))?.length, 8);
  });

  it('resource checks: disk type, EIP, bandwidth, server group, SG, key pair, project, arch, IPs, quotas', async () => {
    const text = CLEAN.replace(`imageRef: ${UBUNTU_X86}`, `imageRef: ${ARM_IMAGE}`)
      .replace('  name: web-01', '  name: web-01\n  count: 250\n  key_name: no-such-keypair')
      .replace(`- id: ${SG_WEB}`, '- id: sg-made-up')
      .replace(
        '    volumetype: SSD',
        '    volumetype: SSD\n  data_volumes:\n    - volumetype: GPSSD2\n      size: 100\n      iops: 3000\n' +
          '      throughput: 125\n    - volumetype: SPINNING-RUST\n      size: 10',
      )
      .replace(`group: ${GROUP}`, 'group: group-made-up')
      .replace(`id: ${EIP_FREE}`, `id: ${EIP_BOUND}`)
      .replace('  extendparam:', '  ipv6_bandwidth:\n    id: bandwidth-made-up\n  extendparam:')
      .replace(`enterprise_project_id: ${EP_PRODUCTION}`, `enterprise_project_id: ${EP_RETIRED}`);
    const checkUri = 'file:///work/account-checks.ecs.yaml';
    const diagnostics = await client.open(checkUri, 'ecs-yaml', text);
    assert.deepEqual(accountCodes(diagnostics), [
      'ECS-ARCHITECTURE-MISMATCH',
      'ECS-QUOTA-CORES',
      'ECS-QUOTA-GIGABYTES',
      'ECS-QUOTA-GIGABYTES',
      'ECS-QUOTA-INSTANCES',
      'ECS-QUOTA-RAM',
      'ECS-QUOTA-VOLUMES',
      'ECS-QUOTA-VOLUMES',
      'ECS-R25',
      'ECS-R38',
      'ECS-R45',
      'ECS-SUBNET-FULL',
      'ECS-UNKNOWN-BANDWIDTH',
      'ECS-UNKNOWN-DISK-TYPE',
      'ECS-UNKNOWN-KEY-PAIR',
      'ECS-UNKNOWN-SECURITY-GROUP',
      'ECS-UNKNOWN-SERVER-GROUP',
    ]);
    for (const d of diagnostics.filter((d) => ACCOUNT_CODE.test(String(d.code)))) {
      assert.equal(d.severity, 2, `${d.code} is a warning`);
      assert.match(d.message, /\(profile Local emulator \/ cn-north-4, data from .* ago\)$/, String(d.code));
    }
    const fix = async (code: string) => {
      const diagnostic = diagnostics.find((d) => d.code === code)!;
      const edits = await fixesFor(checkUri, diagnostic);
      return { line: diagnostic.range.start.line, edits: edits.map((edit) => [edit.range.start.line, edit.newText]) };
    };
    const gpssd2 = await fix('ECS-R38');
    assert.equal(gpssd2.line, lineOf(text, 'GPSSD2'));
    assert.deepEqual(gpssd2.edits[0], [gpssd2.line, 'SATA'], 'a disk type offered in cn-north-4b');
    assert.ok(!gpssd2.edits.some(([, value]) => value === 'GPSSD2'));
    assert.deepEqual((await fix('ECS-R25')).edits[0], [lineOf(text, EIP_BOUND), EIP_FREE]);
    const arm = (await fix('ECS-ARCHITECTURE-MISMATCH')).edits;
    assert.deepEqual(arm[0], [lineOf(text, 'flavorRef:'), 'kc1.large.2'], 'an arm64 flavor of the same size');
    assert.ok(arm.every(([line]) => line === lineOf(text, 'flavorRef:')));
    assert.deepEqual((await fix('ECS-SUBNET-FULL')).edits, [[lineOf(text, 'subnet_id:'), SUBNET_DB]]);
    assert.deepEqual((await fix('ECS-QUOTA-INSTANCES')).edits, [[lineOf(text, 'count:'), '4']]);
    await client.close(checkUri);
  });

  it('new EIPs against the EIP quota', async () => {
    const text = CLEAN.replace('  name: web-01', '  name: web-01\n  count: 3').replace(
      `    id: ${EIP_FREE}`,
      '    eip:\n      iptype: 5_bgp\n      bandwidth:\n        sharetype: PER\n        size: 5',
    );
    const eipUri = 'file:///work/account-eips.ecs.yaml';
    const diagnostics = await client.open(eipUri, 'ecs-yaml', text);
    const quota = diagnostics.find((d) => d.code === 'ECS-QUOTA-EIPS');
    assert.ok(quota, JSON.stringify(accountCodes(diagnostics)));
    assert.match(
      quota.message,
      /needs 3 new EIPs \(3 × 1\), but the EIP quota has 2 left \(10 of 12 used\).*Ecs\.0013/,
    );
    await client.close(eipUri);
  });

  it('odd snapshot items (missing fields, wrong types): keeps the readable, judges nothing unreadable', async () => {
    const parts = snapshot.parts as Record<string, { items?: unknown[] }>;
    const odd = {
      ...snapshot,
      parts: {
        ...parts,
        diskTypes: {
          state: 'known',
          fetchedAt: snapshot.fetchedAt,
          items: [{ name: 'SSD', zones: 'everywhere' }, { zones: [] }, 7],
        },
        eips: { state: 'known', fetchedAt: snapshot.fetchedAt, items: [{ id: EIP_FREE }, { status: 'DOWN' }, null] },
        serverGroups: {
          state: 'known',
          fetchedAt: snapshot.fetchedAt,
          items: [{ id: GROUP, name: 'sg-anti-affinity', policies: 5, memberCount: 'x' }],
        },
        ecsQuotas: {
          state: 'known',
          fetchedAt: snapshot.fetchedAt,
          items: [{ resource: 'instances', limit: '50', used: 49 }],
        },
        evsQuotas: { state: 'known', items: 'not a list' },
        enterpriseProjects: { state: 'unknown' },
      },
    };
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(NOTIFICATION, { snapshot: odd, ...ACTIVE });
    const codes = accountCodes((await published).diagnostics);
    // The EIP without a status was skipped, so the (known) list lacks it: said, as the list was read in full.
    assert.deepEqual(codes, ['ECS-UNKNOWN-EIP']);
    const hints = ((await inlayHints(uri)) ?? []).map((hint) => hint.label);
    assert.ok(hints.includes('sg-anti-affinity'), JSON.stringify(hints));
    assert.equal(client.process.exitCode, null);
  });

  it('huge lists (100,000 images, subnets) are unknown, not "not found", and applied in bounded time', async () => {
    const parts = snapshot.parts as Record<string, unknown>;
    const images = Array.from({ length: 100_000 }, (_, i) => ({
      id: `img-${i}`,
      name: `image ${i}`,
      status: 'active',
    }));
    const subnets = Array.from({ length: 100_000 }, (_, i) => ({ id: `s-${i}`, vpcId: VPC, cidr: '10.9.0.0/24' }));
    const huge = {
      ...snapshot,
      parts: {
        ...parts,
        images: { state: 'known', items: images, fetchedAt: snapshot.fetchedAt },
        subnets: { state: 'known', items: subnets, fetchedAt: snapshot.fetchedAt },
      },
    };
    const started = Date.now();
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification(NOTIFICATION, { snapshot: huge, ...ACTIVE });
    const codes = accountCodes((await published).diagnostics);
    const elapsed = Date.now() - started;
    assert.deepEqual(codes, [], 'no image or subnet is called missing');
    // A complexity guard, not a benchmark: a 12 MB payload is read in well under a second.
    assert.ok(elapsed < 20_000, `applied in ${elapsed} ms`);
    const labels = ((await inlayHints(uri)) ?? []).map((hint) => hint.label);
    assert.ok(!labels.includes('Ubuntu 22.04 server 64bit') && labels.includes('2 vCPU, 4 GiB'), labels.join(' | '));
    const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: { line: lineOf(CLEAN, 'flavorRef:'), character: '  flavorRef: '.length },
      context: { triggerKind: 1 },
    });
    assert.ok((list?.items.length ?? 0) > 0);
    assert.equal(client.process.exitCode, null);
    assert.equal(await client.stop(), 0);
  });
});
