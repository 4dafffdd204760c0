/**
 * emulatorClientOptions: the one set of client options for a local emulator (CLI --emulator, the
 * Local emulator profile, tests, benches), against a real emulator over HTTP.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { EcsClient } from '../../cloud/ecsClient';
import { emulatorClientOptions } from '../../cloud/emulatorTarget';
import { SEEDED } from '../support/requestBuilder';

describe('emulatorClientOptions', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());

  it("aims every service at the emulator's URL with its keys and project, over a direct connection", () => {
    const options = emulatorClientOptions(emulator);
    assert.deepEqual(options, {
      region: 'cn-north-4',
      projectId: SEEDED.projectId,
      credentials: { ak: emulator.ak, sk: emulator.sk },
      endpoints: { all: emulator.endpoint },
      proxy: { mode: 'none' },
    });
  });

  it('adds the options it is given and lets them replace its own', () => {
    const now = () => new Date(0);
    const options = emulatorClientOptions(emulator, { now, credentials: { ak: 'OTHERAK', sk: 'OTHERSK' } });
    assert.equal(options.now, now);
    assert.deepEqual(options.credentials, { ak: 'OTHERAK', sk: 'OTHERSK' });
    assert.deepEqual(options.endpoints, { all: emulator.endpoint });
  });

  it('reaches the emulator when the environment names a proxy that refuses every connection', async () => {
    const saved = { HTTPS_PROXY: process.env.HTTPS_PROXY, HTTP_PROXY: process.env.HTTP_PROXY };
    // Port 9 (discard) is closed on loopback: a call sent through this proxy fails at once.
    process.env.HTTPS_PROXY = process.env.HTTP_PROXY = 'http://127.0.0.1:9';
    const client = new EcsClient(emulatorClientOptions(emulator, { retry: { maxAttempts: 1 } }));
    try {
      const vpcs = await client.listVpcs();
      assert.ok(vpcs.some((vpc) => vpc.id === SEEDED.vpc));
    } finally {
      await client.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
