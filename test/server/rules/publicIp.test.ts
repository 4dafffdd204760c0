import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule } from './ruleHarness';

const perBandwidth = { sharetype: 'PER', size: 5 };
const eip = (fields: Record<string, unknown> = {}) => ({ iptype: '5_bgp', bandwidth: perBandwidth, ...fields });

describe('R23 publicip.delete_on_termination', () => {
  for (const format of FORMATS) {
    test(`a yearly/monthly EIP (following the server) (${format})`, () => {
      assertFindings(
        runRule('R23', body({ extendparam: PREPAID, publicip: { eip: eip(), delete_on_termination: true } }), format),
        [
          {
            text: 'delete_on_termination',
            severity: 'warning',
            fixes: [{ kind: 'removeProperty', path: ['server', 'publicip', 'delete_on_termination'] }],
          },
        ],
      );
    });
  }
  test('an EIP set to pay-per-use on a yearly/monthly server passes, and pay-per-use servers pass', () => {
    const payPerUseEip = eip({ extendparam: { chargingMode: 'postPaid' } });
    assertNoFindings(
      runRule('R23', body({ extendparam: PREPAID, publicip: { eip: payPerUseEip, delete_on_termination: true } })),
    );
    assertNoFindings(runRule('R23', body({ publicip: { eip: eip(), delete_on_termination: true } })));
  });
  test('an EIP made yearly/monthly on a pay-per-use server', () => {
    const prePaidEip = eip({ extendparam: { chargingMode: 'prePaid' } });
    assertFindings(runRule('R23', body({ publicip: { eip: prePaidEip, delete_on_termination: false } })), [
      {
        text: 'delete_on_termination',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'publicip', 'delete_on_termination'] }],
      },
    ]);
  });
});

describe('R25 publicip.id or publicip.eip (file part)', () => {
  test('both given', () => {
    assertFindings(runRule('R25', body({ publicip: { id: 'eip-1', eip: eip() } }), 'yaml'), [
      {
        text: 'id',
        severity: 'error',
        fixes: [
          { kind: 'removeProperty', path: ['server', 'publicip', 'id'] },
          { kind: 'removeProperty', path: ['server', 'publicip', 'eip'] },
        ],
      },
    ]);
  });
  test('one of them passes', () => {
    assertNoFindings(runRule('R25', body({ publicip: { id: 'eip-1' } })));
    assertNoFindings(runRule('R25', body({ publicip: { eip: eip() } })));
  });
});

describe('R26 bandwidth sharetype', () => {
  for (const format of FORMATS) {
    test(`PER without size (${format})`, () => {
      assertFindings(runRule('R26', body({ publicip: { eip: eip({ bandwidth: { sharetype: 'PER' } }) } }), format), [
        {
          text: 'PER',
          severity: 'error',
          fixes: [{ kind: 'addProperties', path: ['server', 'publicip', 'eip', 'bandwidth'], properties: ['size'] }],
        },
      ]);
    });
  }
  test('WHOLE without id', () => {
    assertFindings(runRule('R26', body({ publicip: { eip: eip({ bandwidth: { sharetype: 'WHOLE', size: 10 } }) } })), [
      {
        text: 'WHOLE',
        severity: 'error',
        fixes: [{ kind: 'addProperties', path: ['server', 'publicip', 'eip', 'bandwidth'], properties: ['id'] }],
      },
    ]);
  });
  test('WHOLE with id ignores size and chargemode', () => {
    const bandwidth = { sharetype: 'WHOLE', id: 'bw-1', size: 10, chargemode: 'traffic' };
    assertFindings(runRule('R26', body({ publicip: { eip: eip({ bandwidth }) } })), [
      {
        text: 'size',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'publicip', 'eip', 'bandwidth', 'size'] }],
      },
      {
        text: 'chargemode',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'publicip', 'eip', 'bandwidth', 'chargemode'] }],
      },
    ]);
  });
  test('complete bandwidths pass', () => {
    assertNoFindings(runRule('R26', body({ publicip: { eip: eip() } })));
    assertNoFindings(
      runRule('R26', body({ publicip: { eip: eip({ bandwidth: { sharetype: 'WHOLE', id: 'bw-1' } }) } })),
    );
  });
});

describe('R27 bandwidth chargemode', () => {
  const withChargeMode = (chargemode: string) =>
    body({ publicip: { eip: eip({ bandwidth: { ...perBandwidth, chargemode } }) } });
  for (const format of FORMATS) {
    test(`an unknown charge mode fails, with the closest allowed value first (${format})`, () => {
      assertFindings(runRule('R27', withChargeMode('bandwith'), format), [
        {
          text: 'bandwith',
          severity: 'error',
          fixes: [
            { kind: 'removeProperty', path: ['server', 'publicip', 'eip', 'bandwidth', 'chargemode'] },
            {
              kind: 'replaceValue',
              path: ['server', 'publicip', 'eip', 'bandwidth', 'chargemode'],
              candidates: ['bandwidth', 'traffic'],
            },
          ],
          mentions: ['"traffic"', '"bandwidth"', 'bandwidth size'],
        },
      ]);
    });
  }
  test(
    '"bandwidth" (billed by size, as Huawei\'s Terraform provider sends for yearly/monthly EIPs), traffic and ' +
      'empty pass',
    () => {
      assertNoFindings(runRule('R27', withChargeMode('bandwidth')));
      assertNoFindings(runRule('R27', withChargeMode('traffic')));
      assertNoFindings(runRule('R27', withChargeMode('')));
    },
  );
});

describe('R28 EIP billing of a yearly/monthly server', () => {
  test('traffic billing with an EIP that follows the yearly/monthly server', () => {
    const bandwidth = { ...perBandwidth, chargemode: 'traffic' };
    assertFindings(
      runRule('R28', body({ extendparam: PREPAID, publicip: { eip: eip({ bandwidth, extendparam: {} }) } }), 'yaml'),
      [
        {
          text: 'traffic',
          severity: 'error',
          fixes: [
            {
              kind: 'addProperties',
              path: ['server', 'publicip', 'eip', 'extendparam'],
              properties: ['chargingMode'],
              values: { chargingMode: 'postPaid' },
            },
          ],
        },
      ],
    );
    assertFindings(
      runRule(
        'R28',
        body({ extendparam: PREPAID, publicip: { eip: eip({ bandwidth, extendparam: { chargingMode: 'prePaid' } }) } }),
      ),
      [
        {
          text: 'traffic',
          severity: 'error',
          fixes: [
            {
              kind: 'replaceValue',
              path: ['server', 'publicip', 'eip', 'extendparam', 'chargingMode'],
              candidates: ['postPaid'],
            },
          ],
        },
      ],
    );
  });
  test('an EIP billed by size that follows the yearly/monthly server is fine as written (no note)', () => {
    assertNoFindings(runRule('R28', body({ extendparam: PREPAID, publicip: { eip: eip() } })));
    const bySize = { ...perBandwidth, chargemode: 'bandwidth' };
    assertNoFindings(runRule('R28', body({ extendparam: PREPAID, publicip: { eip: eip({ bandwidth: bySize }) } })));
    assertNoFindings(runRule('R28', body({ extendparam: PREPAID, publicip: { eip: eip({ extendparam: {} }) } })));
  });
  test('postPaid EIPs, pay-per-use servers and shared bandwidths pass', () => {
    const bandwidth = { ...perBandwidth, chargemode: 'traffic' };
    assertNoFindings(
      runRule(
        'R28',
        body({
          extendparam: PREPAID,
          publicip: { eip: eip({ bandwidth, extendparam: { chargingMode: 'postPaid' } }) },
        }),
      ),
    );
    assertNoFindings(runRule('R28', body({ publicip: { eip: eip({ bandwidth }) } })));
    assertNoFindings(
      runRule(
        'R28',
        body({ extendparam: PREPAID, publicip: { eip: eip({ bandwidth: { sharetype: 'WHOLE', id: 'bw-1' } }) } }),
      ),
    );
  });
});

describe('R29 EIP on a shared bandwidth', () => {
  test('prePaid has no effect', () => {
    const shared = eip({ bandwidth: { sharetype: 'WHOLE', id: 'bw-1' }, extendparam: { chargingMode: 'prePaid' } });
    assertFindings(runRule('R29', body({ publicip: { eip: shared } }), 'yaml'), [
      {
        text: 'chargingMode',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'publicip', 'eip', 'extendparam', 'chargingMode'] }],
      },
    ]);
  });
  test('prePaid on a dedicated bandwidth passes', () => {
    assertNoFindings(runRule('R29', body({ publicip: { eip: eip({ extendparam: { chargingMode: 'prePaid' } }) } })));
  });
});
