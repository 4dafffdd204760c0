import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, runRule } from './ruleHarness';

describe('R30 batch_create_in_multi_az', () => {
  for (const format of FORMATS) {
    test(`ignored when availability_zone is set (${format})`, () => {
      assertFindings(
        runRule('R30', body({ count: 4, availability_zone: 'cn-north-4a', batch_create_in_multi_az: true }), format),
        [
          {
            text: 'batch_create_in_multi_az',
            severity: 'warning',
            fixes: [{ kind: 'removeProperty', path: ['server', 'batch_create_in_multi_az'] }],
          },
        ],
      );
    });
  }
  test('passes without availability_zone, or when false', () => {
    assertNoFindings(runRule('R30', body({ count: 4, batch_create_in_multi_az: true })));
    assertNoFindings(runRule('R30', body({ availability_zone: 'cn-north-4a', batch_create_in_multi_az: false })));
  });
});

describe('R31 dedicated host (file part)', () => {
  test('dedicated_host_id without tenancy', () => {
    assertFindings(runRule('R31', body({ 'os:scheduler_hints': { dedicated_host_id: 'deh-1' } }), 'yaml'), [
      {
        text: 'dedicated_host_id',
        severity: 'warning',
        fixes: [
          {
            kind: 'addProperties',
            path: ['server', 'os:scheduler_hints'],
            properties: ['tenancy'],
            values: { tenancy: 'dedicated' },
          },
        ],
      },
    ]);
  });
  test('dedicated_host_id with tenancy shared', () => {
    assertFindings(runRule('R31', body({ 'os:scheduler_hints': { tenancy: 'shared', dedicated_host_id: 'deh-1' } })), [
      {
        text: 'dedicated_host_id',
        severity: 'warning',
        fixes: [{ kind: 'replaceValue', path: ['server', 'os:scheduler_hints', 'tenancy'], candidates: ['dedicated'] }],
      },
    ]);
  });
  test('tenancy dedicated passes', () => {
    assertNoFindings(
      runRule('R31', body({ 'os:scheduler_hints': { tenancy: 'dedicated', dedicated_host_id: 'deh-1' } })),
    );
  });
});
