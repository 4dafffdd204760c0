import { describe, test } from 'node:test';
import { assertFindings, assertNoFindings, body, FORMATS, PREPAID, runRule, type ExpectedFinding } from './ruleHarness';

describe('R20 key pair on a yearly/monthly server', () => {
  for (const format of FORMATS) {
    test(`metadata without op_svc_userid (${format})`, () => {
      assertFindings(
        runRule(
          'R20',
          body({ key_name: 'demo-keypair', extendparam: PREPAID, metadata: { agency_name: 'a' } }),
          format,
        ),
        [
          {
            text: 'key_name',
            severity: 'error',
            fixes: [{ kind: 'addProperties', path: ['server', 'metadata'], properties: ['op_svc_userid'] }],
            mentions: ['metadata.op_svc_userid'],
          },
        ],
      );
    });
  }
  test('no metadata at all: no mechanical fix', () => {
    assertFindings(runRule('R20', body({ key_name: 'demo-keypair', extendparam: PREPAID })), [
      { text: 'key_name', severity: 'error' },
    ]);
  });
  test('with op_svc_userid, or pay-per-use, passes', () => {
    assertNoFindings(
      runRule('R20', body({ key_name: 'demo-keypair', extendparam: PREPAID, metadata: { op_svc_userid: 'f79791be' } })),
    );
    assertNoFindings(runRule('R20', body({ key_name: 'demo-keypair' })));
  });
});

describe('R39 server metadata', () => {
  test('bad keys and long values', () => {
    const metadata = { 'bad/key': 'x', fine: 'v'.repeat(256) };
    assertFindings(runRule('R39', body({ metadata })), [
      { text: 'bad/key', severity: 'error', mentions: ['bad/key'] },
      { text: 'v'.repeat(256), severity: 'error', mentions: ['metadata.fine', '256'] },
    ]);
  });
  for (const format of FORMATS) {
    test(`more than 10 pairs (${format})`, () => {
      const metadata = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`key${i}`, 'v']));
      assertFindings(runRule('R39', body({ metadata }), format), [
        { text: 'metadata', severity: 'error', mentions: ['11', '10'] },
      ]);
    });
  }
  test('reserved and ordinary keys with spaces, colons and dots pass', () => {
    assertNoFindings(
      runRule(
        'R39',
        body({ metadata: { op_svc_userid: 'u', 'team name:web.v1': 'x', __support_agent_list: 'hss,ces' } }),
      ),
    );
  });
});

describe('R40 tags and server_tags', () => {
  /** tags is still documented; the API page only recommends server_tags: a hint, with the conversion. */
  const TAGS_HINT: ExpectedFinding = {
    text: 'tags',
    severity: 'hint',
    mentions: ['server_tags'],
    fixes: [{ kind: 'renameProperty', path: ['server', 'tags'], newName: 'server_tags' }],
  };
  for (const format of FORMATS) {
    test(`more than 10 tags in total (${format})`, () => {
      const tags = Array.from({ length: 6 }, (_, i) => `t${i}.v`);
      const server_tags = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      assertFindings(runRule('R40', body({ tags, server_tags }), format), [
        TAGS_HINT,
        { text: 'server_tags', severity: 'error', mentions: ['11', '10'] },
      ]);
    });
  }
  test('badly shaped legacy tags', () => {
    assertFindings(runRule('R40', body({ tags: ['nodot', 'bad key.v', `${'k'.repeat(37)}.v`] })), [
      TAGS_HINT,
      { text: 'nodot', severity: 'error', mentions: ['tags[0]', 'key.value'] },
      { text: 'bad key.v', severity: 'error', mentions: ['tags[1]', 'letters, digits'] },
      { text: `${'k'.repeat(37)}.v`, severity: 'error', mentions: ['tags[2]', '36'] },
    ]);
  });
  test('bad server_tags characters, empty key, duplicate keys across both lists', () => {
    const server_tags = [
      { key: 'a=b', value: 'v' },
      { key: '', value: 'x|y' },
      { key: 'env', value: 'prod' },
    ];
    assertFindings(runRule('R40', body({ tags: ['env.test'], server_tags })), [
      TAGS_HINT,
      { text: 'a=b', severity: 'error', mentions: ['server_tags[0].key'] },
      { text: '', severity: 'error', mentions: ['server_tags[1].key', 'empty'] },
      { text: 'x|y', severity: 'error', mentions: ['server_tags[1].value'] },
      { text: 'env', severity: 'error', mentions: ['"env"', 'more than once'] },
    ]);
  });
  test('ten good tags pass, slashes allowed in server_tags values (tags only get the hint)', () => {
    assertFindings(
      runRule(
        'R40',
        body({
          tags: ['env.prod', '项目.网站', 'empty.'],
          server_tags: [
            { key: 'owner', value: 'team/web' },
            { key: 'cost-center', value: '' },
          ],
        }),
      ),
      [TAGS_HINT],
    );
    assertNoFindings(runRule('R40', body({ server_tags: [{ key: 'owner', value: 'team/web' }] })));
  });
  test('legacy tags take Chinese characters as the schema reads them (the Han script), not kana or emoji', () => {
    assertFindings(runRule('R40', body({ tags: ['\u4e00\u9fa6.\u3400\u{20000}', '\u3042.v', 'k.\u{1f600}'] })), [
      TAGS_HINT,
      { text: '\u3042.v', severity: 'error', mentions: ['tags[1]', 'the key may only use'] },
      { text: 'k.\u{1f600}', severity: 'error', mentions: ['tags[2]', 'the value may only use'] },
    ]);
  });
});
