import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFindings, assertNoFindings, body, FORMATS, runRule } from './ruleHarness';

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
  test('valid base64 passes, also wrapped over lines', () => {
    const encoded = Buffer.from(script).toString('base64');
    assertNoFindings(runRule('R09', body({ user_data: encoded })));
    assertNoFindings(runRule('R09', body({ user_data: `${encoded.slice(0, 20)}\n${encoded.slice(20)}\n` }), 'yaml'));
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
      assertFindings(runRule('R10', body({ user_data: 'IyEvYmluL2Jhc2g=', adminPass: '${secret:ADMIN_PASS}' }), format), [{
        text: 'adminPass',
        severity: 'warning',
        fixes: [{ kind: 'removeProperty', path: ['server', 'adminPass'] }],
      }]);
    });
  }
  test('adminPass alone passes', () => {
    assertNoFindings(runRule('R10', body({ adminPass: '${secret:ADMIN_PASS}' })));
  });
});
