import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readmeSection, ruleTable, settingsTable } from '../support/readmeTables';

describe('README stays true', () => {
  it('lists every cross-field rule with its code, severity and title', () => {
    assert.equal(readmeSection('rules'), ruleTable(), 'regenerate with: node scripts/readme-tables.mjs rules');
  });

  it('lists every ecs.* setting the extension contributes', () => {
    assert.equal(
      readmeSection('settings'),
      settingsTable(),
      'regenerate with: node scripts/readme-tables.mjs settings',
    );
  });
});
