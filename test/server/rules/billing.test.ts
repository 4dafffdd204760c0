import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule } from './ruleHarness';

describe('R21 yearly/monthly period', () => {
  for (const format of FORMATS) {
    test(`prePaid without periodType and periodNum (${format})`, () => {
      assertFindings(runRule('R21', body({ extendparam: { chargingMode: 'prePaid' } }), format), [
        {
          text: 'prePaid',
          severity: 'error',
          fixes: [{ kind: 'addProperties', path: ['server', 'extendparam'], properties: ['periodType', 'periodNum'] }],
          mentions: ['extendparam.periodType', 'extendparam.periodNum'],
        },
      ]);
    });
  }
  test('periodNum out of range for years', () => {
    assertFindings(
      runRule('R21', body({ extendparam: { chargingMode: 'prePaid', periodType: 'year', periodNum: 5 } })),
      [
        {
          text: '5',
          severity: 'error',
          fixes: [{ kind: 'replaceValue', path: ['server', 'extendparam', 'periodNum'], candidates: [3] }],
          mentions: ['1 to 3'],
        },
      ],
    );
  });
  test('yearly/monthly-only options on a pay-per-use server are warned about, the YAML boolean too', () => {
    const extendparam = { chargingMode: 'postPaid', periodType: 'month', isAutoPay: true };
    assertFindings(runRule('R21', body({ extendparam }), 'yaml'), [
      {
        text: 'periodType',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'extendparam', 'periodType'] }],
      },
      {
        text: 'isAutoPay',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'extendparam', 'isAutoPay'] }],
      },
    ]);
  });
  test('a complete yearly/monthly setup passes', () => {
    assertNoFindings(
      runRule('R21', body({ extendparam: { ...PREPAID, periodNum: 9, isAutoRenew: 'true', isAutoPay: 'true' } })),
    );
    assertNoFindings(
      runRule('R21', body({ extendparam: { chargingMode: 'prePaid', periodType: 'year', periodNum: 3 } })),
    );
  });
});

describe('R24 auto_terminate_time', () => {
  // FIXED_NOW is 2026-11-27T16:00:00Z
  for (const format of FORMATS) {
    test(`too soon (${format})`, () => {
      assertFindings(runRule('R24', body({ auto_terminate_time: '2026-11-27T16:20:00Z' }), format), [
        { text: '2026-11-27T16:20:00Z', severity: 'error', mentions: ['30 minutes', '2026-11-27T16:30:00Z'] },
      ]);
    });
  }
  test('more than three years ahead', () => {
    assertFindings(runRule('R24', body({ auto_terminate_time: '2029-11-27T16:01:00Z' })), [
      { text: '2029-11-27T16:01:00Z', severity: 'error', mentions: ['3 years', '2029-11-27T16:00:00Z'] },
    ]);
  });
  test('a time with an offset is rewritten in UTC', () => {
    assertFindings(runRule('R24', body({ auto_terminate_time: '2026-12-01T10:00:00+08:00' })), [
      {
        text: '2026-12-01T10:00:00+08:00',
        severity: 'error',
        fixes: [
          { kind: 'replaceValue', path: ['server', 'auto_terminate_time'], candidates: ['2026-12-01T02:00:00Z'] },
        ],
      },
    ]);
  });
  test('an impossible date has no fix', () => {
    assertFindings(runRule('R24', body({ auto_terminate_time: '2027-02-30T10:00:00Z' })), [
      { text: '2027-02-30T10:00:00Z', severity: 'error', mentions: ['yyyy-MM-ddTHH:mm:ssZ'] },
    ]);
  });
  test('not on a yearly/monthly server', () => {
    assertFindings(runRule('R24', body({ auto_terminate_time: '2027-01-01T00:00:00Z', extendparam: PREPAID })), [
      {
        text: 'auto_terminate_time',
        severity: 'error',
        fixes: [{ kind: 'removeProperty', path: ['server', 'auto_terminate_time'] }],
      },
    ]);
  });
  test('seconds are dropped by the service: a note with the rounded time', () => {
    assertFindings(runRule('R24', body({ auto_terminate_time: '2027-01-01T00:00:30Z' })), [
      {
        text: '2027-01-01T00:00:30Z',
        severity: 'information',
        fixes: [
          { kind: 'replaceValue', path: ['server', 'auto_terminate_time'], candidates: ['2027-01-01T00:00:00Z'] },
        ],
      },
    ]);
  });
  test('valid times and placeholders pass; "now" is injected', () => {
    assertNoFindings(runRule('R24', body({ auto_terminate_time: '2026-11-27T16:30:00Z' })));
    assertNoFindings(runRule('R24', body({ auto_terminate_time: '2029-11-27T16:00:00Z' })));
    assertNoFindings(runRule('R24', body({ auto_terminate_time: '${env:DELETE_AT}' })));
    assertNoFindings(
      runRule('R24', body({ auto_terminate_time: '2026-11-27T16:20:00Z' }), 'json', new Date('2026-11-27T15:00:00Z')),
    );
  });
});
