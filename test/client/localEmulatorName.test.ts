import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLI_PROFILE } from '../../cli/commands/catalog';
import { EMULATOR_PROFILE } from '../../client/profiles/profile';
import { LOCAL_EMULATOR_PROFILE_NAME } from '../../request/localEmulator';

describe('the Local emulator profile name', () => {
  it('is the one constant in the editor and in the CLI, so snapshots of the emulator name it alike', () => {
    assert.equal(LOCAL_EMULATOR_PROFILE_NAME, 'Local emulator');
    assert.equal(EMULATOR_PROFILE.name, LOCAL_EMULATOR_PROFILE_NAME);
    assert.equal(CLI_PROFILE.emulator, LOCAL_EMULATOR_PROFILE_NAME);
  });
});
