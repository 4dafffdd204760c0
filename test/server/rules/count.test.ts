import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule } from './ruleHarness';

describe('R02 isAutoRename', () => {
  for (const format of FORMATS) {
    test(`without a batch it is flagged for removal (${format})`, () => {
      assertFindings(runRule('R02', body({ isAutoRename: true }), format), [
        {
          text: 'isAutoRename',
          severity: 'warning',
          fixes: [{ kind: 'removeProperty', path: ['server', 'isAutoRename'] }],
          mentions: ['count'],
        },
      ]);
    });
  }

  test('count 1 written explicitly is flagged too', () => {
    assertFindings(runRule('R02', body({ isAutoRename: false, count: 1 })), [
      {
        text: 'isAutoRename',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'isAutoRename'] }],
      },
    ]);
  });

  test('passes with count > 1, or when count has the wrong type', () => {
    assertNoFindings(runRule('R02', body({ isAutoRename: true, count: 2 })));
    assertNoFindings(runRule('R02', body({ isAutoRename: true, count: '2' })));
  });
});

describe('R03 count limits', () => {
  for (const format of FORMATS) {
    test(`a yearly/monthly batch above 100 (${format})`, () => {
      assertFindings(runRule('R03', body({ count: 150, extendparam: PREPAID }), format), [
        {
          text: '150',
          severity: 'error',
          fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [100] }],
          mentions: ['100'],
        },
      ]);
    });
  }

  test('pay-per-use allows up to 500', () => {
    assertNoFindings(runRule('R03', body({ count: 500 })));
    assertFindings(runRule('R03', body({ count: 501 })), [
      {
        text: '501',
        severity: 'error',
        fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [500] }],
      },
    ]);
  });

  test('100 yearly/monthly servers pass; a count string is left to the schema', () => {
    assertNoFindings(runRule('R03', body({ count: 100, extendparam: PREPAID })));
    assertNoFindings(runRule('R03', body({ count: '900' })));
  });
});

describe('R04 yearly/monthly order size', () => {
  const eip = { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5 } } };

  test('80 servers with 2 data disks, EIP and bandwidth make 480 resources', () => {
    const data_volumes = [
      { volumetype: 'SSD', size: 10 },
      { volumetype: 'SSD', size: 10 },
    ];
    assertFindings(runRule('R04', body({ count: 80, extendparam: PREPAID, data_volumes, publicip: eip }), 'yaml'), [
      {
        text: '80',
        severity: 'error',
        fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [66] }],
        mentions: ['480', '400'],
      },
    ]);
  });

  test('the same order fits when it is pay-per-use or small enough', () => {
    const data_volumes = [
      { volumetype: 'SSD', size: 10 },
      { volumetype: 'SSD', size: 10 },
    ];
    assertNoFindings(runRule('R04', body({ count: 80, data_volumes, publicip: eip })));
    assertNoFindings(runRule('R04', body({ count: 66, extendparam: PREPAID, data_volumes, publicip: eip })));
  });

  test('a shared bandwidth is not bought, so it does not count; exactly 400 resources pass', () => {
    const shared = { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'WHOLE', id: 'bw-1' } } };
    // 120 × (server + system disk + EIP) = 360
    assertNoFindings(runRule('R04', body({ count: 120, extendparam: PREPAID, publicip: shared })));
    // 100 × (server + system disk + EIP + bandwidth) = 400
    assertNoFindings(runRule('R04', body({ count: 100, extendparam: PREPAID, publicip: eip })));
    assertFindings(runRule('R04', body({ count: 101, extendparam: PREPAID, publicip: eip })), [
      {
        text: '101',
        severity: 'error',
        fixes: [{ kind: 'replaceValue', path: ['server', 'count'], candidates: [100] }],
        mentions: ['404'],
      },
    ]);
  });
});
