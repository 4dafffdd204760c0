import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblems } from '../../../server/service/rules/password';
import { isShellStyleStandIn, standInName } from '../../../request/parser/nodes';
import { assertFindings, assertNoFindings, body, FORMATS, runRule } from './ruleHarness';

describe('R11 adminPass complexity', () => {
  for (const format of FORMATS) {
    test(`a weak password is reported without being repeated (${format})`, () => {
      const password = 'rootpass';
      const run = runRule('R11', body({ adminPass: password }), format);
      assert.equal(run.checked.length, 1);
      const [finding] = run.checked;
      assert.equal(finding.severity, 'error');
      assert.deepEqual(finding.fixes, []);
      assert.equal(finding.text.replace(/^"|"$/g, ''), password);
      assert.ok(!finding.message.includes(password));
      assert.match(finding.message, /three/);
      assert.match(finding.message, /"root"/);
    });
  }
  test('each requirement on its own', () => {
    assert.deepEqual(passwordProblems('Secure#Pass1').length, 1, 'the # is not an allowed special character');
    assert.match(passwordProblems('Sh0rt!')[0], /8 to 26/);
    assert.match(passwordProblems('A'.repeat(20) + 'b1!' + 'c'.repeat(4))[0], /8 to 26/);
    assert.match(passwordProblems('Toor-Admin-12')[0], /toor/);
    assert.deepEqual(passwordProblems('alllowercase'), [
      'mix at least three of: upper-case letters, lower-case letters, digits, special characters',
    ]);
  });
  test('good passwords and placeholders pass', () => {
    assertNoFindings(runRule('R11', body({ adminPass: 'Cloud-Server_2026' })));
    assertNoFindings(runRule('R11', body({ adminPass: 'lower1234!' })));
    assertNoFindings(runRule('R11', body({ adminPass: '${secret:ADMIN_PASS}' })));
  });
  for (const format of FORMATS) {
    test(`a shell-style stand-in is not judged; an information says it would be sent as written (${format})`, () => {
      for (const standIn of ['$ADMIN_PASS', '${ADMIN_PASS}']) {
        assertFindings(runRule('R11', body({ adminPass: standIn }), format), [
          {
            text: standIn,
            severity: 'information',
            mentions: ['sent', '${env:ADMIN_PASS}', '${secret:ADMIN_PASS}'],
            fixes: [
              {
                kind: 'replaceValue',
                path: ['server', 'adminPass'],
                candidates: ['${env:ADMIN_PASS}', '${secret:ADMIN_PASS}'],
              },
            ],
          },
        ]);
      }
    });
  }
  test('only a whole $NAME or ${NAME} is a stand-in', () => {
    for (const value of ['$ADMIN_PASS', '${ADMIN_PASS}', '$admin_pass']) assert.ok(isShellStyleStandIn(value), value);
    for (const value of ['${env:ADMIN_PASS}', '${ADMIN_PASS', '$ADMIN_PASS}', 'Pa$$word-2026', '$', '${}', '$1A', 42]) {
      assert.ok(!isShellStyleStandIn(value), String(value));
    }
    assert.equal(standInName('${ADMIN_PASS}'), 'ADMIN_PASS');
    assert.equal(standInName('$ADMIN_PASS'), 'ADMIN_PASS');
    assert.equal(standInName('Secret-2026'), undefined);
  });
});
