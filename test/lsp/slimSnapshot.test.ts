/**
 * The slim snapshot over stdio, with a real snapshot of the emulator's large world: the server
 * finds in it what it finds in the whole one, from a message about two thirds the size.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ACCOUNT_SNAPSHOT_NOTIFICATION, slimSnapshot, type AccountSnapshot } from '../../request/accountSnapshot';
import { readAccountNotification } from '../../server/service/account/accountData';
import { SERVER_JS, TestClient } from './lspClient';
import { CLI_JS, fetchLargeWorld } from './largeWorld';

const ACTIVE = { profile: 'Local emulator', region: 'cn-north-4' };

/** A request with findings of many kinds in the large world (sold out, unknown IDs, a bound EIP, arm image). */
const REQUEST = [
  'server:',
  '  name: web-01',
  '  imageRef: 1a2b3c4d-1000-4000-8000-000000000004',
  '  flavorRef: c7.large.2',
  '  availability_zone: cn-north-4b',
  '  vpcid: 2b3c4d5e-0000-4000-8000-000000000001',
  '  nics:',
  '    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000099',
  '  security_groups:',
  '    - id: 4d5e6f70-0000-4000-8000-000000000002',
  '  root_volume:',
  '    volumetype: SSD',
  '    size: 1',
  '  publicip:',
  '    id: 8c9d0e1f-0000-4000-8000-000000000002',
  '  count: 500',
  '',
].join('\n');

describe('slim snapshot over stdio (large world)', () => {
  const client = new TestClient({ settings: {} });
  const uri = 'file:///work/slim.ecs.yaml';
  let whole: AccountSnapshot;

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS) && fs.existsSync(CLI_JS), 'run npm run build first');
    whole = await fetchLargeWorld<AccountSnapshot>();
    await client.initialize();
    await client.open(uri, 'ecs-yaml', REQUEST);
  });
  after(() => client.kill());

  it('reads the same data from the slim snapshot as from the whole one, at about two thirds the size', () => {
    const slim = slimSnapshot(whole);
    assert.deepEqual(
      readAccountNotification(JSON.parse(JSON.stringify({ snapshot: slim, ...ACTIVE }))),
      readAccountNotification({ snapshot: whole, ...ACTIVE }),
    );
    const ratio = JSON.stringify(slim).length / JSON.stringify(whole).length;
    assert.ok(ratio < 0.7, `slim / whole = ${ratio.toFixed(2)}`);
  });

  it('finds the same problems with either', async () => {
    const hasAccountFinding = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.some((d) => d.code === 'ECS-R46');
    // Each snapshot (and its removal) re-publishes: wait for the publish that shows it.
    const apply = async (snapshot: unknown, showsIt: (p: { diagnostics: Diagnostic[] }) => boolean) => {
      const published = client.nextDiagnostics(uri, showsIt);
      await client.connection.sendNotification(ACCOUNT_SNAPSHOT_NOTIFICATION, { snapshot, ...ACTIVE });
      return (await published).diagnostics;
    };
    const fromWhole = await apply(whole, hasAccountFinding);
    const codes = fromWhole.map((d) => String(d.code));
    for (const code of ['ECS-R46', 'ECS-UNKNOWN-SUBNET', 'ECS-R25', 'ECS-R12', 'ECS-ARCHITECTURE-MISMATCH']) {
      assert.ok(codes.includes(code), `${code} among ${codes.join(', ')}`);
    }
    await apply(null, (p) => !hasAccountFinding(p));
    assert.deepEqual(await apply(slimSnapshot(whole), hasAccountFinding), fromWhole);
  });
});
