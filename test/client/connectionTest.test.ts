/**
 * The profile wizard's connection test against the real emulator over HTTP: the right keys work,
 * a wrong SK or an unknown AK is refused as APIGW.0301, a closed port is "not checked".
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { EcsClient } from '../../cloud/ecsClient';
import { testConnection } from '../../client/profiles/connectionTest';

describe('profile connection test (project lookup through IAM)', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ jobSpeed: 1000 });
  });
  after(async () => {
    await emulator.close();
  });

  const clientWith = (ak: string, sk: string, endpoint = emulator.endpoint) =>
    new EcsClient({
      region: emulator.region,
      credentials: { ak, sk },
      endpoints: { all: endpoint },
      proxy: { mode: 'none' },
      timeoutMs: 5000,
    });

  it('says the keys work and names the project', async () => {
    const verdict = await testConnection(clientWith(emulator.ak, emulator.sk), emulator.region);
    assert.equal(verdict.keysWork, true);
    assert.equal(verdict.projectId, emulator.projectId);
    assert.match(verdict.message, /^The keys work/);
  });

  it('says plainly that a wrong SK was refused', async () => {
    const verdict = await testConnection(clientWith(emulator.ak, `${emulator.sk}x`), emulator.region);
    assert.equal(verdict.keysWork, false);
    assert.match(verdict.message, /^The keys were refused \(APIGW\.0301\): check the AK and SK/);
  });

  it('says an unknown AK was refused', async () => {
    const verdict = await testConnection(clientWith('UNKNOWNAKUNKNOWNAK00', emulator.sk), emulator.region);
    assert.equal(verdict.keysWork, false);
    assert.match(verdict.message, /^The keys were refused \(APIGW\.0301\)/);
  });

  it('does not claim anything about the keys when the service cannot be reached', async () => {
    const closed = await startEmulator({ jobSpeed: 1000 });
    const endpoint = closed.endpoint;
    await closed.close();
    const verdict = await testConnection(clientWith(emulator.ak, emulator.sk, endpoint), emulator.region);
    assert.equal(verdict.keysWork, false);
    assert.match(verdict.message, /could not reach the service, so the keys are not checked/);
  });
});
