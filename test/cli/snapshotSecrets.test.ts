/**
 * README: `catalog --save FILE` writes the whole snapshot "no secrets" (the editor's account cache
 * keeps the same snapshot, "no keys"). Signed with the emulator's temporary key, so that the access
 * key, the secret key and the security token could all leak; none may be in the file or the output.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { cleanEnv, runCli } from './runCli';

let emulator: RunningEmulator;

before(async () => {
  emulator = await startEmulator();
});
after(async () => {
  await emulator.close();
});

describe('catalog --save', () => {
  it('writes the snapshot without the access key, secret key or security token', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-snapshot-')), 'snapshot.json');
    const { ak, sk, securityToken } = emulator.temporary;
    const env = cleanEnv({
      HUAWEICLOUD_SDK_AK: ak,
      HUAWEICLOUD_SDK_SK: sk,
      HUAWEICLOUD_SDK_SECURITY_TOKEN: securityToken,
    });
    const run = await runCli(
      ['catalog', '--endpoint-all', emulator.endpoint, '--region', emulator.region, '--save', file, '--json'],
      { env },
    );
    assert.equal(run.code, 0, run.stderr);
    const saved = fs.readFileSync(file, 'utf8');
    assert.ok(JSON.parse(saved).parts.flavors.items.length > 0, 'the snapshot holds the account lists');
    for (const [label, secret] of [
      ['access key', ak],
      ['secret key', sk],
      ['security token', securityToken],
    ] as const) {
      assert.equal(saved.includes(secret), false, `the ${label} is in the saved snapshot`);
      assert.equal(run.stdout.includes(secret) || run.stderr.includes(secret), false, `the ${label} was printed`);
    }
  });
});
