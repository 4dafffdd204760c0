import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clockTime, dryRunNoteTitle } from '../../client/dryRun/dryRunNote';

describe('dry-run note in the CodeLens', () => {
  const at = new Date(2026, 0, 5, 9, 7);
  it('gives the local time as HH:MM', () => {
    assert.equal(clockTime(at), '09:07');
    assert.equal(clockTime(new Date(2026, 0, 5, 22, 42)), '22:42');
  });
  it('says passed or refused, when, and against which profile', () => {
    assert.equal(
      dryRunNoteTitle({ passed: true, detail: '', profileName: 'Local emulator', at }),
      '$(pass) Dry-run passed at 09:07 against Local emulator',
    );
    assert.equal(
      dryRunNoteTitle({ passed: false, code: 'Ecs.0011', detail: '', profileName: 'Prod', at }),
      '$(error) Dry-run refused (Ecs.0011) at 09:07 against Prod',
    );
  });
  it("adds the pre-flight's account part when it needs a look", () => {
    assert.equal(
      dryRunNoteTitle({ passed: true, detail: '', profileName: 'Local emulator', at, account: 'account: 1 warning' }),
      '$(pass) Dry-run passed at 09:07 against Local emulator · account: 1 warning',
    );
  });
});
