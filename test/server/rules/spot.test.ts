import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule } from './ruleHarness';

describe('R33 spot servers are pay-per-use', () => {
  for (const format of FORMATS) {
    test(`marketType spot on a yearly/monthly server (${format})`, () => {
      assertFindings(
        runRule('R33', body({ extendparam: { ...PREPAID, marketType: 'spot', spotPrice: '0.5' } }), format),
        [{ text: 'spot', severity: 'error', mentions: ['postPaid'] }],
      );
    });
  }
  test('spotPrice on a yearly/monthly server', () => {
    assertFindings(runRule('R33', body({ extendparam: { ...PREPAID, spotPrice: '0.5' } })), [
      {
        text: 'spotPrice',
        severity: 'error',
        fixes: [{ kind: 'removeProperty', path: ['server', 'extendparam', 'spotPrice'] }],
      },
    ]);
  });
  test('spotPrice without marketType spot is ignored', () => {
    assertFindings(runRule('R33', body({ extendparam: { spotPrice: '0.5' } })), [
      {
        text: 'spotPrice',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'extendparam', 'spotPrice'] }],
      },
    ]);
  });
  test('pay-per-use spot servers pass; a placeholder marketType is not judged', () => {
    assertNoFindings(
      runRule('R33', body({ extendparam: { chargingMode: 'postPaid', marketType: 'spot', spotPrice: '0.5' } })),
    );
    assertNoFindings(runRule('R33', body({ extendparam: { marketType: '${env:MARKET}', spotPrice: '0.5' } })));
  });
});

describe('R34 spot servers without auto-recovery', () => {
  for (const format of FORMATS) {
    test(`support_auto_recovery true on a spot server (${format})`, () => {
      assertFindings(
        runRule('R34', body({ extendparam: { marketType: 'spot', support_auto_recovery: true } }), format),
        [
          {
            text: 'support_auto_recovery',
            severity: 'error',
            fixes: [{ kind: 'removeProperty', path: ['server', 'extendparam', 'support_auto_recovery'] }],
          },
        ],
      );
    });
  }
  test('false, or no spot, passes', () => {
    assertNoFindings(runRule('R34', body({ extendparam: { marketType: 'spot', support_auto_recovery: false } })));
    assertNoFindings(runRule('R34', body({ extendparam: { support_auto_recovery: true } })));
  });
  for (const format of FORMATS) {
    test(
      `a non-boolean value is read as false: a warning, ` + `with the boolean it stands for as the fix (${format})`,
      () => {
        assertFindings(
          runRule('R34', body({ extendparam: { marketType: 'spot', support_auto_recovery: 'true' } }), format),
          [
            {
              text: 'true',
              severity: 'warning',
              fixes: [
                { kind: 'replaceValue', path: ['server', 'extendparam', 'support_auto_recovery'], candidates: [true] },
              ],
              mentions: ['the string "true"', 'as false'],
            },
          ],
        );
        assertFindings(runRule('R34', body({ extendparam: { support_auto_recovery: 1 } }), format), [
          {
            text: '1',
            severity: 'warning',
            fixes: [
              {
                kind: 'replaceValue',
                path: ['server', 'extendparam', 'support_auto_recovery'],
                candidates: [false, true],
              },
            ],
          },
        ]);
      },
    );
  }
});

describe('R35 spot-block duration', () => {
  const spot = { marketType: 'spot', interruption_policy: 'immediate' };
  test('count without hours', () => {
    assertFindings(runRule('R35', body({ extendparam: { ...spot, spot_duration_count: 2 } })), [
      {
        text: 'spot_duration_count',
        severity: 'error',
        fixes: [{ kind: 'removeProperty', path: ['server', 'extendparam', 'spot_duration_count'] }],
      },
    ]);
  });
  for (const format of FORMATS) {
    test(`count above 1 with fewer than 6 hours (${format})`, () => {
      assertFindings(
        runRule('R35', body({ extendparam: { ...spot, spot_duration_hours: 2, spot_duration_count: 3 } }), format),
        [
          {
            text: '3',
            severity: 'error',
            fixes: [{ kind: 'replaceValue', path: ['server', 'extendparam', 'spot_duration_count'], candidates: [1] }],
          },
        ],
      );
    });
  }
  test('hours without interruption_policy immediate', () => {
    assertFindings(runRule('R35', body({ extendparam: { marketType: 'spot', spot_duration_hours: 6 } })), [
      {
        text: 'spot_duration_hours',
        severity: 'error',
        fixes: [
          {
            kind: 'addProperties',
            path: ['server', 'extendparam'],
            properties: ['interruption_policy'],
            values: { interruption_policy: 'immediate' },
          },
        ],
      },
    ]);
  });
  test('6 hours with several durations, and 2 hours once, pass', () => {
    assertNoFindings(
      runRule('R35', body({ extendparam: { ...spot, spot_duration_hours: 6, spot_duration_count: 4 } })),
    );
    assertNoFindings(
      runRule('R35', body({ extendparam: { ...spot, spot_duration_hours: 2, spot_duration_count: 1 } })),
    );
  });
});
