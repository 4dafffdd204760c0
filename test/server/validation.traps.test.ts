import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { DiagnosticData, FixData } from '../../server/service/types';
import { BASE_JSON, BASE_YAML, check, diagnosticsAt, oneDiagnosticAt } from './parser.helpers';

const NO_RULES = [] as const;

function fixes(diagnostic: Diagnostic): FixData[] {
  return (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
}

const PREPAID_YAML = `${BASE_YAML}  extendparam:
    chargingMode: prePaid
    periodType: month
    periodNum: 1
    isAutoPay: true
    isAutoRenew: "false"
  metadata:
    op_svc_userid: 123
    agency_name: null
`;

describe('YAML typing traps', () => {
  test('isAutoPay: true → one yaml-type diagnostic on the value with a quote fix', () => {
    const checked = check(PREPAID_YAML, 'yaml', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(checked, 'isAutoPay: [[true]]');
    assert.equal(diagnostic.code, 'yaml-type');
    assert.equal(diagnostic.message, 'YAML reads `true` as a boolean; the API wants the string "true". Quote it.');
    assert.deepEqual(fixes(diagnostic), [{ kind: 'quoteScalar', path: ['server', 'extendparam', 'isAutoPay'] }]);
  });

  test('a metadata value read as a number, and one read as null', () => {
    const checked = check(PREPAID_YAML, 'yaml', {}, NO_RULES);
    const number = oneDiagnosticAt(checked, 'op_svc_userid: [[123]]');
    assert.equal(number.code, 'yaml-type');
    assert.match(number.message, /YAML reads `123` as a number; the API wants the string "123"/);
    const nullValue = oneDiagnosticAt(checked, 'agency_name: [[null]]');
    assert.equal(nullValue.code, 'yaml-type');
    assert.match(nullValue.message, /no value/);
  });

  test('periodNum is a number in the API, so `periodNum: 1` is fine; quoted strings are fine', () => {
    const checked = check(PREPAID_YAML, 'yaml', {}, NO_RULES);
    assert.deepEqual(diagnosticsAt(checked, 'periodNum: [[1]]'), []);
    assert.deepEqual(diagnosticsAt(checked, 'isAutoRenew: [["false"]]'), []);
    assert.equal(checked.diagnostics.length, 3);
  });

  test('a quoted YAML value of the wrong type is a plain type error, not a trap', () => {
    const checked = check(BASE_YAML.replace('count: 1', 'count: "1"'), 'yaml', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(checked, 'count: [["1"]]');
    assert.equal(diagnostic.code, 'schema');
  });

  test('JSON: a bare true where a string is wanted asks for quotes too', () => {
    const text = BASE_JSON.replace(
      '"count": 1',
      '"count": 1, "extendparam": {"chargingMode": "prePaid", "periodType": "month", "periodNum": 1, ' +
        '"isAutoPay": true}',
    );
    const diagnostic = oneDiagnosticAt(check(text, 'json', {}, NO_RULES), '"isAutoPay": [[true]]');
    assert.equal(diagnostic.code, 'schema');
    assert.match(diagnostic.message, /"isAutoPay" must be a string: write "true" in double quotes/);
    assert.deepEqual(fixes(diagnostic), [{ kind: 'quoteScalar', path: ['server', 'extendparam', 'isAutoPay'] }]);
  });
});

describe('placeholders', () => {
  test('${env:NAME} and ${secret:NAME} satisfy pattern, format and enum rules', () => {
    const text = BASE_YAML.replace('vpcid: 2b3c4d5e-0000-4000-8000-000000000001', 'vpcid: ${env:VPC_ID}')
      .replace('volumetype: SSD', 'volumetype: "${env:DISK_TYPE}"')
      .replace(
        '    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001',
        '    - subnet_id: ${env:SUBNET}\n      ip_address: ${env:FIXED_IP}',
      )
      .replace('name: web-1', 'name: web-1\n  adminPass: ${secret:ADMIN_PASS}');
    assert.deepEqual(
      check(text, 'yaml', {}, NO_RULES).diagnostics.map((d) => d.message),
      [],
    );
  });

  test('something that only looks like a placeholder is still checked', () => {
    const checked = check(
      BASE_YAML.replace('vpcid: 2b3c4d5e-0000-4000-8000-000000000001', 'vpcid: ${vault:VPC}'),
      'yaml',
      {},
      NO_RULES,
    );
    assert.equal(oneDiagnosticAt(checked, 'vpcid: [[${vault:VPC}]]').code, 'schema');
  });

  test('a placeholder does not satisfy a type: count must still be a number', () => {
    const checked = check(BASE_JSON.replace('"count": 1', '"count": "${env:COUNT}"'), 'json', {}, NO_RULES);
    assert.match(oneDiagnosticAt(checked, '"count": [["${env:COUNT}"]]').message, /whole number/);
  });
});

describe('literal passwords', () => {
  const withPassword = (value: string) => BASE_YAML.replace('name: web-1', `name: web-1\n  adminPass: ${value}`);

  test('a literal adminPass is a warning on the value that never repeats it', () => {
    const checked = check(withPassword('"Sup3r-Secret!"'), 'yaml', {}, NO_RULES);
    const diagnostic = oneDiagnosticAt(checked, 'adminPass: [["Sup3r-Secret!"]]');
    assert.equal(diagnostic.code, 'ECS-SECRET-LITERAL');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
    assert.match(diagnostic.message, /\$\{secret:NAME\}/);
    assert.match(diagnostic.message, /\$\{env:NAME\}/);
    assert.doesNotMatch(diagnostic.message, /Sup3r/);
    assert.equal(fixes(diagnostic)[0].kind, 'replaceValue');
  });

  test('placeholders, shell-style stand-ins and the setting switch it off', () => {
    assert.deepEqual(check(withPassword('${secret:ADMIN_PASS}'), 'yaml', {}, NO_RULES).diagnostics, []);
    assert.deepEqual(check(withPassword('${env:ADMIN_PASS}'), 'yaml', {}, NO_RULES).diagnostics, []);
    assert.deepEqual(check(withPassword('"$ADMIN_PASS"'), 'yaml', {}, NO_RULES).diagnostics, []);
    assert.deepEqual(
      check(withPassword('"Sup3r-Secret!"'), 'yaml', { warnOnLiteralPassword: false }, NO_RULES).diagnostics,
      [],
    );
  });

  test('the code can be switched off through ecs.rules as well', () => {
    const checked = check(
      withPassword('"Sup3r-Secret!"'),
      'yaml',
      { rules: { 'ECS-SECRET-LITERAL': 'off' } },
      NO_RULES,
    );
    assert.deepEqual(checked.diagnostics, []);
  });
});
