import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule } from './ruleHarness';

describe('R14 iops', () => {
  for (const format of FORMATS) {
    test(`iops on an SSD data disk is removed (${format})`, () => {
      assertFindings(runRule('R14', body({ data_volumes: [{ volumetype: 'SSD', size: 10, iops: 3000 }] }), format), [
        {
          text: 'iops',
          severity: 'error',
          fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'iops'] }],
          mentions: ['data_volumes[0].iops', 'GPSSD2 or ESSD2'],
        },
      ]);
    });
  }
  test('an ESSD2 system disk without iops', () => {
    assertFindings(runRule('R14', body({ root_volume: { volumetype: 'ESSD2', size: 40 } })), [
      {
        text: 'ESSD2',
        severity: 'error',
        fixes: [{ kind: 'addProperties', path: ['server', 'root_volume'], properties: ['iops'] }],
      },
    ]);
  });
  test('GPSSD2/ESSD2 with iops and plain disks without it pass; placeholder types are skipped', () => {
    assertNoFindings(
      runRule(
        'R14',
        body({
          root_volume: { volumetype: 'GPSSD2', size: 40, iops: 3000, throughput: 125 },
          data_volumes: [
            { volumetype: 'ESSD2', size: 10, iops: 5000 },
            { volumetype: 'SAS', size: 10 },
            { volumetype: '${env:TYPE}', size: 10, iops: 1 },
          ],
        }),
      ),
    );
  });
});

describe('R15 throughput', () => {
  for (const format of FORMATS) {
    test(`throughput on an ESSD2 disk is removed (${format})`, () => {
      assertFindings(
        runRule(
          'R15',
          body({ data_volumes: [{ volumetype: 'ESSD2', size: 10, iops: 5000, throughput: 200 }] }),
          format,
        ),
        [
          {
            text: 'throughput',
            severity: 'error',
            fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'throughput'] }],
          },
        ],
      );
    });
  }
  test('a GPSSD2 disk without throughput', () => {
    assertFindings(runRule('R15', body({ data_volumes: [{ volumetype: 'GPSSD2', size: 10, iops: 3000 }] })), [
      {
        text: 'GPSSD2',
        severity: 'error',
        fixes: [{ kind: 'addProperties', path: ['server', 'data_volumes', 0], properties: ['throughput'] }],
      },
    ]);
  });
  test('GPSSD2 with throughput passes', () => {
    assertNoFindings(
      runRule('R15', body({ data_volumes: [{ volumetype: 'GPSSD2', size: 10, iops: 3000, throughput: 125 }] })),
    );
  });
});

describe('R16 provisioned-performance disks are pay-per-use only', () => {
  test('a GPSSD2 disk on a yearly/monthly server', () => {
    const data_volumes = [
      { volumetype: 'SSD', size: 10 },
      { volumetype: 'GPSSD2', size: 10, iops: 3000, throughput: 125 },
    ];
    assertFindings(runRule('R16', body({ extendparam: PREPAID, data_volumes }), 'yaml'), [
      { text: 'GPSSD2', severity: 'error', mentions: ['data_volumes[1]', 'prePaid'] },
    ]);
  });
  test('the same disk on a pay-per-use server passes', () => {
    assertNoFindings(
      runRule('R16', body({ data_volumes: [{ volumetype: 'GPSSD2', size: 10, iops: 3000, throughput: 125 }] })),
    );
  });
});
