import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFindings, assertNoFindings, body, FORMATS, runRule } from './ruleHarness';

const subnet = '3c4d5e6f-0000-4000-8000-000000000001';

describe('R06 number of NICs (file part)', () => {
  test('13 NICs exceed the default maximum', () => {
    assertFindings(runRule('R06', body({ nics: Array.from({ length: 13 }, () => ({ subnet_id: subnet })) })), [
      { text: 'nics', severity: 'warning', mentions: ['13', '12'] },
    ]);
  });
  test('12 NICs pass', () => {
    assertNoFindings(runRule('R06', body({ nics: Array.from({ length: 12 }, () => ({ subnet_id: subnet })) })));
  });
});

describe('R08 allowed_address_pairs', () => {
  const withPairs = (...addresses: string[]) =>
    body({
      nics: [
        { subnet_id: subnet },
        { subnet_id: subnet, allowed_address_pairs: addresses.map((ip_address) => ({ ip_address })) },
      ],
    });

  for (const format of FORMATS) {
    test(`0.0.0.0/0 is rejected and replaced by 1.1.1.1/0 (${format})`, () => {
      assertFindings(runRule('R08', withPairs('10.0.1.5', '0.0.0.0/0'), format), [
        {
          text: '0.0.0.0/0',
          severity: 'error',
          fixes: [
            {
              kind: 'replaceValue',
              path: ['server', 'nics', 1, 'allowed_address_pairs', 1, 'ip_address'],
              candidates: ['1.1.1.1/0'],
            },
          ],
          mentions: ['nics[1].allowed_address_pairs[1].ip_address'],
        },
      ]);
    });
  }
  test('1.1.1.1/0 and wide blocks get notes', () => {
    assertFindings(runRule('R08', withPairs('1.1.1.1/0', '10.0.0.0/16')), [
      { text: '1.1.1.1/0', severity: 'information', mentions: ['source/destination check'] },
      { text: '10.0.0.0/16', severity: 'information', mentions: ['security group'] },
    ]);
  });
  test('addresses and /24 or narrower blocks pass', () => {
    assertNoFindings(runRule('R08', withPairs('10.0.1.5', '10.0.1.0/24', '10.0.1.8/29')));
  });
});

describe('R43 NICs with port_id (file part)', () => {
  test('an empty subnet_id without a port', () => {
    assertFindings(runRule('R43', body({ nics: [{ subnet_id: '' }] })), [
      { text: '', severity: 'error', mentions: ['nics[0].subnet_id'] },
    ]);
  });
  for (const format of FORMATS) {
    test(`ip_address and security_groups are ignored next to a port (${format})`, () => {
      const run = runRule(
        'R43',
        body({
          nics: [{ port_id: 'port-1', ip_address: '10.0.1.9' }],
          security_groups: [{ id: '4d5e6f70-0000-4000-8000-000000000001' }],
        }),
        format,
      );
      assertFindings(run, [
        {
          text: 'ip_address',
          severity: 'warning',
          fixes: [{ kind: 'removeProperty', path: ['server', 'nics', 0, 'ip_address'] }],
        },
        {
          text: 'security_groups',
          severity: 'warning',
          fixes: [{ kind: 'removeProperty', path: ['server', 'security_groups'] }],
        },
      ]);
    });
  }
  for (const format of FORMATS) {
    test(
      `a NIC with neither subnet_id nor port_id: an error ` + `on the NIC with a fix that adds subnet_id (${format})`,
      () => {
        const run = runRule('R43', body({ nics: [{ subnet_id: subnet }, { ip_address: '10.0.1.9' }, {}] }), format);
        assert.deepEqual(
          run.checked.map((f) => [f.severity, f.fixes]),
          [
            ['error', [{ kind: 'addProperties', path: ['server', 'nics', 1], properties: ['subnet_id'] }]],
            ['error', [{ kind: 'addProperties', path: ['server', 'nics', 2], properties: ['subnet_id'] }]],
          ],
        );
        assert.match(run.checked[0].message, /nics\[1\] has neither subnet_id nor port_id/);
        assert.match(run.checked[0].text, /ip_address/, 'the range is the NIC object');
        assert.match(run.checked[1].message, /nics\[2\]/);
      },
    );
  }
  test('an empty port_id without a subnet, and an empty one of the two next to the other', () => {
    assertFindings(runRule('R43', body({ nics: [{ port_id: '' }] })), [
      { text: '', severity: 'error', mentions: ['nics[0].port_id is empty'] },
    ]);
    assertNoFindings(
      runRule(
        'R43',
        body({
          nics: [
            { port_id: 'port-1', subnet_id: '' },
            { subnet_id: subnet, port_id: '' },
          ],
        }),
      ),
    );
  });
  test("a subnet_id or port_id of the wrong type is the schema's finding", () => {
    assertNoFindings(runRule('R43', body({ nics: [{ subnet_id: null }, { port_id: 5 }] })));
  });
  test('an empty ip_address next to a port is "assign one": not reported as ignored', () => {
    assertNoFindings(runRule('R43', body({ nics: [{ port_id: 'port-1', ip_address: '' }] })));
  });
  test('security groups still matter when one NIC is a new one', () => {
    assertNoFindings(
      runRule(
        'R43',
        body({
          nics: [{ port_id: 'port-1' }, { subnet_id: subnet, ip_address: '10.0.1.9' }],
          security_groups: [{ id: '4d5e6f70-0000-4000-8000-000000000001' }],
        }),
      ),
    );
  });
});
