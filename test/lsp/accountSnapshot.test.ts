/**
 * The `ecs/accountSnapshot` notification over real LSP stdio (docs/lsp-extensions.md): a real
 * snapshot from the built CLI against the emulator's default world, then diagnostics, the quick
 * fix, completion and hover; and payloads that are wrong or huge, which must not hurt the server.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionList, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { positionAfter } from './fixtures';
import { CLI_JS, fetchWorldSnapshot } from './largeWorld';
import { SERVER_JS, TestClient } from './lspClient';

const NOTIFICATION = 'ecs/accountSnapshot';
const ACTIVE = { profile: 'Local emulator', region: 'cn-north-4' };

// The emulator's default world (emulator/world.ts): c7.large.2 is sold out in cn-north-4b only.
const REQUEST = [
  'server:',
  '  name: web-01',
  '  imageRef: 1a2b3c4d-0000-4000-8000-000000000001',
  '  flavorRef: c7.large.2',
  '  availability_zone: cn-north-4b',
  '  vpcid: 2b3c4d5e-0000-4000-8000-000000000001',
  '  nics:',
  '    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001',
  '  root_volume:',
  '    volumetype: SSD',
  '',
].join('\n');

/** A pulled diagnostics report (textDocument/diagnostic). */
type Report = { kind: string; resultId?: string; items?: Diagnostic[] };

const hasCode = (code: string) => (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === code);

describe('ecs/accountSnapshot over stdio', () => {
  const client = new TestClient({ settings: {} });
  const uri = 'file:///work/account.ecs.yaml';
  let snapshot: Record<string, unknown>;
  let diagnostics: Diagnostic[];

  before(async () => {
    assert.ok(fs.existsSync(SERVER_JS) && fs.existsSync(CLI_JS), 'run npm run build first');
    snapshot = await fetchWorldSnapshot('default');
    await client.initialize();
  });
  after(() => client.kill());

  it('without a snapshot, the file has no account findings', async () => {
    const first = await client.open(uri, 'ecs-yaml', REQUEST);
    assert.equal(hasCode('ECS-R46')(first), false);
  });

  it('a snapshot re-publishes the diagnostics: the flavor is sold out in cn-north-4b', async () => {
    const published = client.nextDiagnostics(uri, (p) => hasCode('ECS-R46')(p.diagnostics));
    await client.connection.sendNotification(NOTIFICATION, { snapshot, ...ACTIVE });
    diagnostics = (await published).diagnostics;
    const soldOut = diagnostics.find((d) => d.code === 'ECS-R46');
    assert.ok(soldOut);
    assert.equal(soldOut.severity, 2, 'a warning: the data may be stale');
    assert.match(
      soldOut.message,
      /c7\.large\.2 is sold out in cn-north-4b\. It is on sale in cn-north-4a, cn-north-4c: change the zone/,
    );
    assert.match(soldOut.message, /profile Local emulator \/ cn-north-4, data from (less than a minute|\d+ min) ago/);
    assert.equal(soldOut.range.start.line, 3, 'on the flavorRef value');
    await client.waitForLog(/Account data of Local emulator \/ cn-north-4 applied/);
  });

  it('the quick fixes: a zone where the flavor is on sale, or a same-size flavor on sale in this zone', async () => {
    const soldOut = diagnostics.find((d) => d.code === 'ECS-R46')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: soldOut.range,
      context: { diagnostics: [soldOut], only: ['quickfix'] },
    });
    const edits = actions.flatMap((action) => action.edit?.changes?.[uri] ?? []);
    assert.deepEqual(
      edits.map((edit) => [edit.range.start.line, edit.newText]),
      [
        [4, 'cn-north-4a'],
        [4, 'cn-north-4c'],
        [3, 's6.large.2'],
      ],
      'another zone, or a flavor of the same size on sale here',
    );
    assert.equal(actions[0].isPreferred, true);
  });

  it('completes flavors labelled by size, on sale in the zone first, and inserts the ID', async () => {
    const text = REQUEST.replace('flavorRef: c7.large.2', 'flavorRef: ');
    const completeUri = 'file:///work/account-complete.ecs.yaml';
    await client.open(completeUri, 'ecs-yaml', text);
    const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri: completeUri },
      position: positionAfter(text, 'flavorRef: '),
      context: { triggerKind: 1 },
    });
    const items = (list?.items ?? []).filter((item) => item.sortText?.startsWith('!'));
    const labels = items.map((item) => item.label);
    assert.ok(labels.includes('s6.large.2 — 2 vCPU, 4 GiB'), labels.join(' | '));
    assert.equal(labels[labels.length - 1], 'c7.large.2 — 2 vCPU, 4 GiB', 'sold out in cn-north-4b: last');
    const large = items.find((item) => item.label.startsWith('s6.large.2'));
    assert.equal((large?.textEdit as { newText: string }).newText, 's6.large.2');
    await client.close(completeUri);
  });

  it('completes the subnets of the VPC in the file, with CIDR and free IPs', async () => {
    const text = REQUEST.replace('- subnet_id: 3c4d5e6f-0000-4000-8000-000000000001', '- subnet_id: ');
    const completeUri = 'file:///work/account-subnet.ecs.yaml';
    await client.open(completeUri, 'ecs-yaml', text);
    const list = await client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri: completeUri },
      position: positionAfter(text, 'subnet_id: '),
      context: { triggerKind: 1 },
    });
    const labels = (list?.items ?? []).filter((item) => item.sortText?.startsWith('!')).map((item) => item.label);
    assert.equal(labels.length, 2, labels.join(' | '));
    for (const label of labels) assert.match(label, /^subnet-(app 10\.0\.1\.0\/24|db 10\.0\.2\.0\/24), \d+ free IPs$/);
    await client.close(completeUri);
  });

  it('hover says what an ID is, or that it was not found in the profile and region', async () => {
    const hoverAt = async (needle: string) => {
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: positionAfter(REQUEST, needle),
      });
      return (hover?.contents as MarkupContent | undefined)?.value ?? '';
    };
    assert.match(
      await hoverAt('imageRef: 1a2b'),
      /Image Ubuntu 22\.04 server 64bit\*\* — active, Linux, x86, min 40 GB/,
    );
    const missingUri = 'file:///work/account-missing.ecs.yaml';
    const missing = REQUEST.replace('vpcid: 2b3c4d5e-0000-4000-8000-000000000001', 'vpcid: vpc-made-up');
    const found = await client.open(missingUri, 'ecs-yaml', missing);
    assert.ok(hasCode('ECS-UNKNOWN-VPC')(found), JSON.stringify(found));
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: missingUri },
      position: positionAfter(missing, 'vpcid: vpc-m'),
    });
    assert.match(
      (hover?.contents as MarkupContent).value,
      /vpc-made-up\*\*: not found in profile Local emulator \/ region cn-north-4 \(data from .* ago\)/,
    );
    await client.close(missingUri);
  });

  it('wrong payloads are ignored with one log line each, and the server keeps answering', async () => {
    await client.connection.sendNotification(NOTIFICATION, 'not an object');
    await client.waitForLog(/Account snapshot ignored: the params are not an object/);
    await client.connection.sendNotification(NOTIFICATION, { snapshot: { ...snapshot, schemaVersion: 99 }, ...ACTIVE });
    await client.waitForLog(/Account snapshot ignored: its schemaVersion is 99/);
    // Still the old data: the hover knows the image.
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionAfter(REQUEST, 'imageRef: 1a2b'),
    });
    assert.match((hover?.contents as MarkupContent).value, /Image Ubuntu/);
  });

  it('a huge flavor list is treated as unknown: no "sold out", no "not found", no crash', async () => {
    const parts = snapshot.parts as Record<string, unknown>;
    const flavors = Array.from({ length: 100_000 }, (_, i) => ({
      id: `f${i}`,
      vcpus: 1,
      ramMib: 1024,
      zoneStatus: {},
    }));
    const huge = {
      ...snapshot,
      parts: { ...parts, flavors: { state: 'known', items: flavors, fetchedAt: snapshot.fetchedAt } },
    };
    const published = client.nextDiagnostics(uri, (p) => !hasCode('ECS-R46')(p.diagnostics));
    await client.connection.sendNotification(NOTIFICATION, { snapshot: huge, ...ACTIVE });
    const after = (await published).diagnostics;
    assert.equal(hasCode('ECS-UNKNOWN-FLAVOR')(after), false);
    assert.equal(client.process.exitCode, null);
  });

  it('a snapshot of another region is never applied, and null clears the data', async () => {
    const withData = client.nextDiagnostics(uri, (p) => hasCode('ECS-R46')(p.diagnostics));
    await client.connection.sendNotification(NOTIFICATION, { snapshot, ...ACTIVE });
    await withData;
    const cleared = client.nextDiagnostics(uri, (p) => !hasCode('ECS-R46')(p.diagnostics));
    await client.connection.sendNotification(NOTIFICATION, {
      snapshot,
      profile: 'Local emulator',
      region: 'ap-southeast-1',
    });
    await cleared;
    await client.waitForLog(/Account snapshot not applied: it belongs to another profile or region/);
    const again = client.nextDiagnostics(uri, (p) => hasCode('ECS-R46')(p.diagnostics));
    await client.connection.sendNotification(NOTIFICATION, { snapshot, ...ACTIVE });
    await again;
    const gone = client.nextDiagnostics(uri, (p) => !hasCode('ECS-R46')(p.diagnostics));
    await client.connection.sendNotification(NOTIFICATION, { snapshot: null });
    await gone;
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: positionAfter(REQUEST, 'imageRef: 1a2b'),
    });
    assert.doesNotMatch((hover?.contents as MarkupContent | undefined)?.value ?? '', /Image Ubuntu/);
    assert.equal(await client.stop(), 0);
  });
});

describe('ecs/accountSnapshot with pull diagnostics', () => {
  const client = new TestClient({ settings: {}, pullDiagnostics: true });
  const uri = 'file:///work/account-pull.ecs.yaml';
  after(() => client.kill());

  it('asks the client to refresh, and the next pull has the account findings under a new result id', async () => {
    const snapshot = await fetchWorldSnapshot('default');
    await client.initialize();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: REQUEST },
    });
    const pull = (previousResultId?: string) =>
      client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
    const before = await pull();
    assert.equal(hasCode('ECS-R46')(before.items ?? []), false);
    const refreshed = new Promise<void>((resolve) => {
      client.connection.onRequest('workspace/diagnostic/refresh', () => {
        resolve();
        return null;
      });
    });
    await client.connection.sendNotification(NOTIFICATION, { snapshot, ...ACTIVE });
    await refreshed;
    const afterSnapshot = await pull(before.resultId);
    assert.equal(afterSnapshot.kind, 'full');
    assert.notEqual(afterSnapshot.resultId, before.resultId);
    assert.ok(hasCode('ECS-R46')(afterSnapshot.items ?? []), JSON.stringify(afterSnapshot));
  });
});

/**
 * Issue 15, item 8: the client sends the account data it has (the cached snapshot) with `initialize`
 * (docs/lsp-extensions.md, "Account data with initialize"), so the first diagnostics after a window
 * reload hold the account findings at once, and no notification and refresh follow while it starts.
 */
describe('account data sent with initialize', () => {
  const clients: TestClient[] = [];
  let snapshot: Record<string, unknown>;
  const uri = 'file:///work/account-initialize.ecs.yaml';
  before(async () => {
    snapshot = await fetchWorldSnapshot('default');
  });
  after(() => clients.forEach((client) => client.kill()));

  /** A client that pulls, sent `account` with initialize, and its first answer for REQUEST. */
  const firstPull = async (account: unknown) => {
    const client = new TestClient({ pullDiagnostics: true, initializationOptions: { settings: { ecs: {} }, account } });
    clients.push(client);
    await client.initialize();
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'ecs-yaml', version: 1, text: REQUEST },
    });
    const report = await client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
    return { client, kind: report.kind, items: report.items ?? [] };
  };

  it('the first pulled answer has the account findings, and no refresh follows', async () => {
    const { client, items } = await firstPull({ snapshot, ...ACTIVE });
    assert.ok(hasCode('ECS-R46')(items), JSON.stringify(items));
    await client.waitForLog(/Account data of Local emulator \/ cn-north-4 applied/);
    // The server writes in order: a refresh would have been asked before this answer.
    await client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(client.diagnosticRefreshes, 0);
  });

  it('the first pushed diagnostics have them too (a client without pull diagnostics)', async () => {
    const client = new TestClient({
      initializationOptions: { settings: { ecs: {} }, account: { snapshot, ...ACTIVE } },
    });
    clients.push(client);
    await client.initialize();
    assert.ok(hasCode('ECS-R46')(await client.open(uri, 'ecs-yaml', REQUEST)));
  });

  it('a snapshot of another profile is not applied, and says so once in the log', async () => {
    const { client, items } = await firstPull({ snapshot, profile: 'Production', region: 'cn-north-4' });
    assert.equal(hasCode('ECS-R46')(items), false);
    await client.waitForLog(/Account snapshot not applied: it belongs to another profile or region/);
  });

  it('bad account params are ignored with a log line; the diagnostics still come', async () => {
    for (const account of [42, { snapshot: { ...snapshot, schemaVersion: 99 }, ...ACTIVE }, { snapshot: 'x' }]) {
      const { client, kind, items } = await firstPull(account);
      assert.equal(kind, 'full');
      assert.equal(hasCode('ECS-R46')(items), false, JSON.stringify(account).slice(0, 80));
      await client.waitForLog(/Account snapshot ignored: /);
    }
  });

  it('a notification after initialize replaces what came with it', async () => {
    const { client, items } = await firstPull({ snapshot, ...ACTIVE });
    assert.ok(hasCode('ECS-R46')(items));
    const refreshed = new Promise<void>((resolve) => {
      client.connection.onRequest('workspace/diagnostic/refresh', () => {
        resolve();
        return null;
      });
    });
    await client.connection.sendNotification(NOTIFICATION, { snapshot: null, ...ACTIVE });
    await refreshed;
    const after = await client.connection.sendRequest<Report>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(hasCode('ECS-R46')(after.items ?? []), false);
  });
});
