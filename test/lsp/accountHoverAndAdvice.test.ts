/**
 * Over real LSP stdio, with a snapshot of the emulator's large world (`ecs-request catalog
 * --emulator --world large --save`): hover on the ID of every account resource kind says what it is,
 * or that it is not in the profile and region; and R32's advice on the server group's policy.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { SERVER_JS, TestClient } from './lspClient';
import { positionAfter } from './fixtures';
import { CLI_JS, fetchLargeWorld } from './largeWorld';

const ACTIVE = { profile: 'Local emulator', region: 'cn-north-4' };

// IDs of the emulator's world (emulator/world.ts, worlds/large.ts).
const GROUP_ANTI = '5e6f7081-0000-4000-8000-000000000001';
const GROUP_AFFINITY = '5e6f7081-1000-4000-8000-000000000001';
const EIP_FREE = '8c9d0e1f-0000-4000-8000-000000000001';
const EIP_BOUND = '8c9d0e1f-0000-4000-8000-000000000002';
const BANDWIDTH = '9d0e1f20-0000-4000-8000-000000000100';
const EP_RETIRED = '7a8b9c0d-0000-4000-8000-000000000002';
const VPC = '2b3c4d5e-0000-4000-8000-000000000001';
const SG_WEB = '4d5e6f70-0000-4000-8000-000000000002';

const REQUEST = [
  'server:',
  '  name: web-01',
  '  imageRef: 1a2b3c4d-0000-4000-8000-000000000001',
  '  flavorRef: s6.large.2',
  '  availability_zone: cn-north-4a',
  `  vpcid: ${VPC}`,
  '  key_name: demo-keypair',
  '  nics:',
  '    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001',
  '  security_groups:',
  `    - id: ${SG_WEB}`,
  '  root_volume:',
  '    volumetype: ESSD2',
  '  data_volumes:',
  '    - volumetype: SSD',
  '      size: 100',
  '  "os:scheduler_hints":',
  `    group: ${GROUP_ANTI}`,
  '  publicip:',
  `    id: ${EIP_BOUND}`,
  '  ipv6_bandwidth:',
  `    id: ${BANDWIDTH}`,
  '  extendparam:',
  `    enterprise_project_id: ${EP_RETIRED}`,
  '',
].join('\n');

describe('hover of every account resource kind, and R32, over stdio (large world)', () => {
  const client = new TestClient({ settings: {} });
  const uri = 'file:///work/account-hover.ecs.yaml';

  const hoverAt = async (target: string, text: string, needle: string) => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: target },
      position: positionAfter(text, needle),
    });
    return (hover?.contents as MarkupContent | undefined)?.value.split('\n\n---\n\n')[0] ?? '';
  };

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS) && fs.existsSync(CLI_JS), 'run npm run build first');
    const snapshot = await fetchLargeWorld();
    await client.initialize();
    await client.connection.sendNotification('ecs/accountSnapshot', { snapshot, ...ACTIVE });
    await client.waitForLog(/Account data of Local emulator \/ cn-north-4 applied/);
    await client.open(uri, 'ecs-yaml', REQUEST);
  });
  after(() => client.kill());

  it('says what each ID is, with where the data comes from', async () => {
    const expected: Array<[string, RegExp]> = [
      ['  availability_zone: cn-n', /^\*\*Availability zone cn-north-4a\*\*/],
      [`  vpcid: ${VPC.slice(0, 4)}`, /^\*\*VPC vpc-default\*\* 10\.0\.0\.0\/16/],
      ['  key_name: demo', /^\*\*Key pair demo-keypair\*\*/],
      [`    - id: ${SG_WEB.slice(0, 4)}`, /^\*\*Security group web\*\*/],
      ['    volumetype: ESS', /^\*\*Disk type ESSD2\*\* — offered in cn-north-4a, cn-north-4b\n/],
      ['    - volumetype: SS', /^\*\*Disk type SSD\*\* — offered in cn-north-4a, cn-north-4b, cn-north-4c\n/],
      [
        `    group: ${GROUP_ANTI.slice(0, 4)}`,
        /^\*\*Server group sg-anti-affinity\*\* — policy anti-affinity, 0 members/,
      ],
      [`    id: ${EIP_BOUND.slice(0, 4)}`, /^\*\*EIP 100\.85\.10\.12\*\* — bound \(ACTIVE\), 5_bgp/],
      [`    id: ${BANDWIDTH.slice(0, 4)}`, /^\*\*Bandwidth bandwidth-shared\*\* — shared, 100 Mbit\/s, 1 EIPs/],
      ['    enterprise_project_id: 7a8b', /^\*\*Enterprise project ep-retired\*\* — disabled/],
    ];
    for (const [needle, pattern] of expected) {
      const text = await hoverAt(uri, REQUEST, needle);
      assert.match(text, pattern, `${needle.trim()}: ${text}`);
      assert.match(text, /_profile Local emulator \/ cn-north-4, data from (less than a minute|\d+ min) ago_$/, text);
    }
  });

  it('says "not found in profile P / region R (data from …)" for an unknown ID of each new kind', async () => {
    const missingUri = 'file:///work/account-hover-missing.ecs.yaml';
    const missing = REQUEST.replace('volumetype: ESSD2', 'volumetype: XSSD9')
      .replace(`group: ${GROUP_ANTI}`, 'group: group-made-up')
      .replace(`id: ${EIP_BOUND}`, 'id: eip-made-up')
      .replace(`id: ${BANDWIDTH}`, 'id: bandwidth-made-up')
      .replace(`enterprise_project_id: ${EP_RETIRED}`, 'enterprise_project_id: ep-made-up');
    await client.open(missingUri, 'ecs-yaml', missing);
    for (const [needle, id] of [
      ['volumetype: XS', 'XSSD9'],
      ['group: gr', 'group-made-up'],
      ['id: eip', 'eip-made-up'],
      ['id: band', 'bandwidth-made-up'],
      ['enterprise_project_id: ep', 'ep-made-up'],
    ]) {
      assert.match(
        await hoverAt(missingUri, missing, needle),
        new RegExp(
          `^\\*\\*${id}\\*\\*: not found in profile Local emulator / region cn-north-4 \\(data from .* ago\\)$`,
        ),
        needle,
      );
    }
    await client.close(missingUri);
  });

  const r32Of = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'ECS-R32');
  const fixesFor = async (target: string, diagnostic: Diagnostic): Promise<TextEdit[]> => {
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: target },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return actions.flatMap((action) => action.edit?.changes?.[target] ?? []);
  };

  it('R32: anti-affinity is fine; an affinity group warns, and its fix picks an anti-affinity group', async () => {
    const plain = REQUEST.replace(`id: ${EIP_BOUND}`, `id: ${EIP_FREE}`);
    const fineUri = 'file:///work/r32-fine.ecs.yaml';
    assert.deepEqual(r32Of(await client.open(fineUri, 'ecs-yaml', plain)), []);
    await client.close(fineUri);

    const affinityUri = 'file:///work/r32-affinity.ecs.yaml';
    const affinity = plain.replace(`group: ${GROUP_ANTI}`, `group: ${GROUP_AFFINITY}`);
    const [found] = r32Of(await client.open(affinityUri, 'ecs-yaml', affinity));
    assert.ok(found, 'no ECS-R32');
    assert.equal(found.severity, 2);
    assert.match(found.message, /group-large-1 has the policy affinity; the API advises an anti-affinity group/);
    assert.match(found.message, /\(profile Local emulator \/ cn-north-4, data from .* ago\)$/);
    const edits = await fixesFor(affinityUri, found);
    assert.ok(
      edits.some((edit) => edit.newText === GROUP_ANTI),
      `no fix to the anti-affinity group: ${JSON.stringify(edits)}`,
    );
    await client.close(affinityUri);
  });

  it('R32: an anti-affinity group on a dedicated host gets a warning that names its unsure source', async () => {
    const hostUri = 'file:///work/r32-host.ecs.yaml';
    const onHost = REQUEST.replace(`group: ${GROUP_ANTI}`, `group: ${GROUP_ANTI}\n    tenancy: dedicated`);
    const [found] = r32Of(await client.open(hostUri, 'ecs-yaml', onHost));
    assert.ok(found, 'no ECS-R32');
    assert.match(
      found.message,
      /servers on a dedicated host \(tenancy "dedicated"\) cannot use one, according to a 2025/,
    );
    const edits = await fixesFor(hostUri, found);
    assert.ok(edits.length > 0, 'no fix');
    await client.close(hostUri);
  });
});
