/**
 * The emulator on a worker thread (emulator/thread.ts), as the VS Code extension host runs the
 * Local emulator: it starts from its script, serves the same world as one started in-process (the
 * large world's IDs included), persists its state, stops, and says why when it cannot start.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmulator } from '../../emulator';
import { startEmulatorThread, threadReport, type EmulatorThread } from '../../emulator/thread';
import { EcsClient } from '../../cloud/ecsClient';
import { emulatorClientOptions, type LocalEmulatorAccess } from '../../cloud/emulatorTarget';
import { fetchAccountSnapshot } from '../../cloud/catalog';
import { RESOURCE_KINDS, type AccountSnapshot } from '../../request/accountSnapshot';

/** The thread's entry as tsc builds it beside this test (the extension runs dist/emulatorThread.js). */
const SCRIPT = path.resolve(__dirname, '../../emulator/threadMain.js');

async function snapshotOf(emulator: LocalEmulatorAccess) {
  const client = new EcsClient(emulatorClientOptions(emulator));
  try {
    return await fetchAccountSnapshot({ profile: 'Local emulator', client });
  } finally {
    await client.close();
  }
}

/** The lists of a snapshot without the times of the fetch. */
const listsOf = (snapshot: AccountSnapshot) =>
  Object.fromEntries(
    RESOURCE_KINDS.map((kind) => {
      const part = snapshot.parts[kind];
      return [kind, part.state === 'known' ? part.items : part];
    }),
  );

describe('the emulator on a worker thread', () => {
  const started: EmulatorThread[] = [];
  after(() => Promise.all(started.map((thread) => thread.close())));

  it('serves the large world exactly as an emulator started in-process does', async () => {
    const thread = await startEmulatorThread({ script: SCRIPT, world: 'large' });
    started.push(thread);
    const inProcess = await startEmulator({ world: 'large' });
    try {
      assert.equal(thread.region, 'cn-north-4');
      assert.equal(thread.projectId, inProcess.projectId);
      assert.match(thread.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
      const [fromThread, fromProcess] = await Promise.all([snapshotOf(thread), snapshotOf(inProcess)]);
      assert.ok(RESOURCE_KINDS.every((kind) => fromThread.parts[kind].state === 'known'));
      assert.deepEqual(listsOf(fromThread), listsOf(fromProcess));
      const images = fromThread.parts.images;
      assert.ok(images.state === 'known' && images.items.length >= 2000, 'the large world has its images');
    } finally {
      await inProcess.close();
    }
  });

  it('reports the access keys its emulator accepts, the temporary one with its token and expiry', async () => {
    const credentials = { ak: 'THREADAK000000000001', sk: 'THREADSK00000000000000000000000000000001' };
    const thread = await startEmulatorThread({ script: SCRIPT, credentials });
    started.push(thread);
    assert.equal(thread.ak, credentials.ak);
    assert.equal(thread.sk, credentials.sk);
    assert.ok(thread.temporary.expiresAt instanceof Date && thread.temporary.expiresAt.getTime() > Date.now());
    const { ak, sk, securityToken } = thread.temporary;
    const client = new EcsClient(emulatorClientOptions(thread, { credentials: { ak, sk, securityToken } }));
    try {
      assert.ok((await client.listVpcs()).length > 0, 'a call signed with the temporary key is answered');
    } finally {
      await client.close();
    }
  });

  it('reports an emulator as plain data that crosses threads: no world, no faults, no close', async () => {
    const inProcess = await startEmulator();
    try {
      const report = threadReport(inProcess);
      assert.deepEqual(Object.keys(report).sort(), ['ak', 'endpoint', 'projectId', 'region', 'sk', 'temporary']);
      assert.deepEqual(structuredClone(report), report);
      assert.equal(report.endpoint, inProcess.endpoint);
      assert.deepEqual(report.temporary, inProcess.temporary);
    } finally {
      await inProcess.close();
    }
  });

  it('keeps its state in the file it was given, and ends when closed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-emulator-thread-'));
    const state = path.join(dir, 'state.json');
    try {
      const thread = await startEmulatorThread({ script: SCRIPT, state });
      const health = await fetch(`${thread.endpoint}/_emulator/health`);
      assert.deepEqual(await health.json(), { ok: true, region: 'cn-north-4', projectId: thread.projectId });
      await thread.close();
      await thread.exited;
      assert.ok(fs.existsSync(state), 'the state was saved on close');
      await assert.rejects(fetch(`${thread.endpoint}/_emulator/health`), 'nothing listens after close');
      await thread.close(); // a second close is harmless
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a port in use: the start fails with the reason, and no thread is left behind', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      await assert.rejects(
        startEmulatorThread({ script: SCRIPT, port }),
        /The local emulator did not start: .*EADDRINUSE/,
      );
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });

  it('a script that is not there: the start fails, it does not hang', async () => {
    await assert.rejects(
      startEmulatorThread({ script: path.join(os.tmpdir(), 'no-such-emulator-thread.js') }),
      /The local emulator did not start/,
    );
  });
});
