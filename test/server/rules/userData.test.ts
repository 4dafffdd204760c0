import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFinding, assertFindings, assertNoFindings, body, FORMATS, runRule, unquoted } from './ruleHarness';

const script = '#!/bin/bash\necho hello > /tmp/hello.txt\n';

describe('R09 user_data', () => {
  for (const format of FORMATS) {
    test(`a plain script gets a base64 fix and is not quoted in the message (${format})`, () => {
      const run = runRule('R09', body({ user_data: script }), format);
      assert.equal(run.checked.length, 1);
      assert.ok(!run.checked[0].message.includes('echo'), 'the message must not repeat the content');
      assert.deepEqual(run.checked[0].fixes, [{ kind: 'base64Encode', path: ['server', 'user_data'] }]);
      assert.equal(run.checked[0].severity, 'error');
      // The range covers the whole scalar as written (block scalar in YAML, quoted string in JSON).
      const node = run.findings[0].node;
      assert.equal(run.document.text.slice(node.offset, node.offset + node.length).includes('echo hello'), true);
    });
  }
  test('valid base64 passes', () => {
    assertNoFindings(runRule('R09', body({ user_data: Buffer.from(script).toString('base64') })));
  });
  for (const lineBreak of ['\n', '\r\n', '\r']) {
    test(
      `base64 wrapped with ${JSON.stringify(lineBreak)} ` + `is accepted with a warning and a fix that unwraps it`,
      () => {
        const encoded = Buffer.from(script).toString('base64');
        const wrapped = `${encoded.slice(0, 20)}${lineBreak}${encoded.slice(20)}${lineBreak}`;
        const run = runRule('R09', body({ user_data: wrapped }), 'yaml');
        assert.equal(run.checked.length, 1);
        assertFinding(run.checked[0], {
          text: unquoted(run.checked[0].text),
          severity: 'warning',
          fixes: [{ kind: 'removeLineBreaks', path: ['server', 'user_data'] }],
          mentions: ['line breaks', 'API page'],
        });
      },
    );
  }
  test('wrapped base64 over 32 KB: the size error and the line-break warning', () => {
    const encoded = Buffer.alloc(32 * 1024 + 3, 'a').toString('base64');
    const run = runRule('R09', body({ user_data: encoded.replace(/(.{76})/g, '$1\n') }));
    assert.deepEqual(
      run.checked.map((f) => f.severity),
      ['error', 'warning'],
    );
    assert.match(run.checked[0].message, /32771/);
  });
  test('more than 32 KB once decoded', () => {
    const encoded = Buffer.alloc(32 * 1024 + 1, 'a').toString('base64');
    const run = runRule('R09', body({ user_data: encoded }));
    assertFindings(run, [{ text: encoded, severity: 'error', mentions: ['32769', '32768'] }]);
  });
  test('placeholders are not judged', () => {
    assertNoFindings(runRule('R09', body({ user_data: '${secret:USER_DATA}' })));
  });
});

describe('R10 user_data and adminPass', () => {
  for (const format of FORMATS) {
    test(`both given (${format})`, () => {
      assertFindings(
        runRule('R10', body({ user_data: 'IyEvYmluL2Jhc2g=', adminPass: '${secret:ADMIN_PASS}' }), format),
        [
          {
            text: 'adminPass',
            severity: 'warning',
            fixes: [{ kind: 'removeProperty', path: ['server', 'adminPass'] }],
          },
        ],
      );
    });
  }
  test('adminPass alone passes', () => {
    assertNoFindings(runRule('R10', body({ adminPass: '${secret:ADMIN_PASS}' })));
  });
});
