import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule } from './ruleHarness';

const disk = (fields: Record<string, unknown> = {}) => ({ volumetype: 'SSD', size: 100, ...fields });

describe('R05 number of data disks', () => {
  test('60 data disks are too many', () => {
    assertFindings(runRule('R05', body({ data_volumes: Array.from({ length: 60 }, () => disk()) })), [
      { text: 'data_volumes', severity: 'error', mentions: ['60', '59'] },
    ]);
  });

  test('24 to 59 data disks get a note about flavors that allow 23', () => {
    assertFindings(runRule('R05', body({ data_volumes: Array.from({ length: 24 }, () => disk()) }), 'yaml'), [
      { text: 'data_volumes', severity: 'information', mentions: ['23'] },
    ]);
  });

  test('23 data disks pass', () => {
    assertNoFindings(runRule('R05', body({ data_volumes: Array.from({ length: 23 }, () => disk()) })));
  });
});

describe('R12 system disk size (file part)', () => {
  test('above 1024 GB', () => {
    assertFindings(runRule('R12', body({ root_volume: { volumetype: 'SSD', size: 2048 } })), [
      { text: '2048', severity: 'error', mentions: ['root_volume.size', '1024'] },
    ]);
  });
  test('0, absent and 1024 pass', () => {
    assertNoFindings(runRule('R12', body({ root_volume: { volumetype: 'SSD', size: 0 } })));
    assertNoFindings(runRule('R12', body({ root_volume: { volumetype: 'SSD' } })));
    assertNoFindings(runRule('R12', body({ root_volume: { volumetype: 'SSD', size: 1024 } })));
  });
});

describe('R13 data disk size (file part)', () => {
  for (const format of FORMATS) {
    test(`too small and too large disks (${format})`, () => {
      assertFindings(
        runRule('R13', body({ data_volumes: [disk({ size: 5 }), disk(), disk({ size: 40000 })] }), format),
        [
          {
            text: '5',
            severity: 'error',
            fixes: [{ kind: 'replaceValue', path: ['server', 'data_volumes', 0, 'size'], candidates: [10] }],
            mentions: ['data_volumes[0].size'],
          },
          {
            text: '40000',
            severity: 'error',
            fixes: [{ kind: 'replaceValue', path: ['server', 'data_volumes', 2, 'size'], candidates: [32768] }],
          },
        ],
      );
    });
  }
  test('sizes at both limits pass', () => {
    assertNoFindings(runRule('R13', body({ data_volumes: [disk({ size: 10 }), disk({ size: 32768 })] })));
  });
});

describe('R17 cluster_type needs cluster_id', () => {
  for (const format of FORMATS) {
    test(`missing cluster_id on a data disk (${format})`, () => {
      assertFindings(runRule('R17', body({ data_volumes: [disk({ cluster_type: 'DSS' })] }), format), [
        {
          text: 'cluster_type',
          severity: 'error',
          fixes: [
            { kind: 'addProperties', path: ['server', 'data_volumes', 0], properties: ['cluster_id'] },
            { kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'cluster_type'] },
          ],
        },
      ]);
    });
  }
  test('an empty cluster_id on the system disk can only be fixed by removing cluster_type', () => {
    assertFindings(runRule('R17', body({ root_volume: { volumetype: 'SSD', cluster_type: 'DSS', cluster_id: '' } })), [
      {
        text: 'cluster_type',
        severity: 'error',
        fixes: [{ kind: 'removeProperty', path: ['server', 'root_volume', 'cluster_type'] }],
        mentions: ['root_volume.cluster_id'],
      },
    ]);
  });
  test('passes with a cluster_id', () => {
    assertNoFindings(runRule('R17', body({ data_volumes: [disk({ cluster_type: 'DSS', cluster_id: 'pool-1' })] })));
  });
});

describe('R18 shareable and multiattach', () => {
  for (const format of FORMATS) {
    test(`contradicting values are an error; the fix drops shareable (${format})`, () => {
      assertFindings(runRule('R18', body({ data_volumes: [disk({ shareable: true, multiattach: false })] }), format), [
        {
          text: 'shareable',
          severity: 'error',
          fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'shareable'] }],
        },
      ]);
    });
  }
  test('equal or unreadable values: shareable is redundant', () => {
    for (const values of [
      { shareable: true, multiattach: true },
      { shareable: 'yes', multiattach: false },
    ]) {
      assertFindings(runRule('R18', body({ data_volumes: [disk(values)] })), [
        {
          text: 'shareable',
          severity: 'warning',
          fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'shareable'] }],
        },
      ]);
    }
  });
  test('shareable alone is left to the deprecation warning', () => {
    assertNoFindings(runRule('R18', body({ data_volumes: [disk({ shareable: false })] })));
  });
  test('multiattach alone passes', () => {
    assertNoFindings(runRule('R18', body({ data_volumes: [disk({ multiattach: true })] })));
  });
});

describe('R19 data_image_id excludes metadata', () => {
  test('metadata on a disk made from a data image', () => {
    const data_volumes = [disk(), disk({ data_image_id: 'img-1', metadata: { __system__encrypted: '1' } })];
    assertFindings(runRule('R19', body({ data_volumes }), 'yaml'), [
      {
        text: 'metadata',
        severity: 'error',
        fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 1, 'metadata'] }],
        mentions: ['data_volumes[1].metadata'],
      },
    ]);
  });
  test('metadata without data_image_id passes', () => {
    assertNoFindings(runRule('R19', body({ data_volumes: [disk({ metadata: { __system__encrypted: '1' } })] })));
  });
});

describe('R22 data disk delete_on_termination', () => {
  for (const format of FORMATS) {
    test(`true on a yearly/monthly server is an error (${format})`, () => {
      assertFindings(
        runRule('R22', body({ extendparam: PREPAID, data_volumes: [disk({ delete_on_termination: true })] }), format),
        [
          {
            text: 'delete_on_termination',
            severity: 'error',
            fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'delete_on_termination'] }],
          },
        ],
      );
    });
  }
  test('false on a yearly/monthly server is only pointless', () => {
    assertFindings(
      runRule('R22', body({ extendparam: PREPAID, data_volumes: [disk({ delete_on_termination: false })] })),
      [
        {
          text: 'delete_on_termination',
          severity: 'warning',
          fixes: [{ kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'delete_on_termination'] }],
        },
      ],
    );
  });
  test('pay-per-use servers, and an unknown billing mode, pass', () => {
    assertNoFindings(runRule('R22', body({ data_volumes: [disk({ delete_on_termination: true })] })));
    assertNoFindings(
      runRule(
        'R22',
        body({
          extendparam: { chargingMode: '${env:BILLING}' },
          data_volumes: [disk({ delete_on_termination: true })],
        }),
      ),
    );
  });
});

describe('R42 disk encryption key', () => {
  const cmk = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
  for (const format of FORMATS) {
    test(`cmkid without __system__encrypted (${format})`, () => {
      assertFindings(
        runRule('R42', body({ root_volume: { volumetype: 'SSD', metadata: { __system__cmkid: cmk } } }), format),
        [
          {
            text: '__system__cmkid',
            severity: 'error',
            fixes: [
              {
                kind: 'addProperties',
                path: ['server', 'root_volume', 'metadata'],
                properties: ['__system__encrypted'],
                values: { __system__encrypted: '1' },
              },
              { kind: 'removeProperty', path: ['server', 'root_volume', 'metadata', '__system__cmkid'] },
            ],
          },
        ],
      );
    });
  }
  test('cmkid with __system__encrypted "0" offers to set it to "1"', () => {
    const metadata = { __system__encrypted: '0', __system__cmkid: cmk };
    assertFindings(runRule('R42', body({ data_volumes: [disk({ metadata })] })), [
      {
        text: '__system__cmkid',
        severity: 'error',
        fixes: [
          {
            kind: 'replaceValue',
            path: ['server', 'data_volumes', 0, 'metadata', '__system__encrypted'],
            candidates: ['1'],
          },
          { kind: 'removeProperty', path: ['server', 'data_volumes', 0, 'metadata', '__system__cmkid'] },
        ],
      },
    ]);
  });
  test('"1", and a YAML number 1, pass', () => {
    assertNoFindings(
      runRule('R42', body({ data_volumes: [disk({ metadata: { __system__encrypted: '1', __system__cmkid: cmk } })] })),
    );
    assertNoFindings(
      runRule(
        'R42',
        body({ data_volumes: [disk({ metadata: { __system__encrypted: 1, __system__cmkid: cmk } })] }),
        'yaml',
      ),
    );
  });
});

describe('R37 hw:passthrough that is not a boolean (file part)', () => {
  for (const format of FORMATS) {
    test(`the string "true" falls back to VBD: a warning whose fix writes the boolean (${format})`, () => {
      assertFindings(
        runRule('R37', body({ root_volume: { volumetype: 'SSD', size: 40, 'hw:passthrough': 'true' } }), format),
        [
          {
            text: 'true',
            severity: 'warning',
            fixes: [{ kind: 'replaceValue', path: ['server', 'root_volume', 'hw:passthrough'], candidates: [true] }],
            mentions: ['root_volume.hw:passthrough', 'the string "true"', 'VBD'],
          },
        ],
      );
    });
  }
  test('other values on data disks offer both booleans', () => {
    const both = (index: number) => [
      {
        kind: 'replaceValue' as const,
        path: ['server', 'data_volumes', index, 'hw:passthrough'],
        candidates: [false, true],
      },
    ];
    assertFindings(
      runRule('R37', body({ data_volumes: [disk({ 'hw:passthrough': 1 }), disk({ 'hw:passthrough': 'scsi' })] })),
      [
        { text: '1', severity: 'warning', fixes: both(0), mentions: ['data_volumes[0]', 'the number 1'] },
        { text: 'scsi', severity: 'warning', fixes: both(1), mentions: ['data_volumes[1]'] },
      ],
    );
  });
  test('booleans, absent values, null and placeholders pass', () => {
    assertNoFindings(
      runRule(
        'R37',
        body({
          root_volume: { volumetype: 'SSD', 'hw:passthrough': true },
          data_volumes: [disk({ 'hw:passthrough': false }), disk()],
        }),
      ),
    );
    assertNoFindings(runRule('R37', body({ root_volume: { volumetype: 'SSD', 'hw:passthrough': null, size: 40 } })));
    assertNoFindings(runRule('R37', body({ data_volumes: [disk({ 'hw:passthrough': '${env:PASSTHROUGH}' })] })));
  });
});
