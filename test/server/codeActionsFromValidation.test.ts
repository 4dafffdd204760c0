/**
 * Quick fixes fed by the real validator: every offered fix must leave a document that still parses and lose its
 * diagnostic.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getCodeActions } from '../../server/service/codeActions';
import { applyTextEdits } from '../../server/service/fixes/textEdits';
import { validateDocument } from '../../server/service/validation/validate';
import type { DocumentFormat } from '../../request/parser/ast';
import { parse } from './completionHelpers';

const examples = join(__dirname, '..', '..', '..', 'examples');

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.message === b.message;
}

const jsonWithMistakes = `{
  "server": {
    "name": "web-01",
    "imageRef": "1a2b3c4d-0000-4000-8000-000000000001",
    "vpcid": "2b3c4d5e-0000-4000-8000-000000000001",
    "nics": [{ "subnet_id": "3c4d5e6f-0000-4000-8000-000000000001" }],
    "hostname": "web",
    "user_data": "#!/bin/sh\\necho hello",
    "tags": ["env.test", "team.web"],
    "root_volume": { "volumetype": "SSD", "size": 40 },
    "data_volumes": [
      { "volumetype": "SSD", "size": 100, "shareable": true },
      { "volumetype": "SAS", "size": 100, "iops": 3000 }
    ],
    "extendparam": { "chargingMode": "monthly" }
  }
}
`;

const yamlWithMistakes = `server:
  name: web-01
  imageRef: 1a2b3c4d-0000-4000-8000-000000000001
  flavorRef: s6.small.1
  vpcid: 2b3c4d5e-0000-4000-8000-000000000001
  nics:
    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001
  root_volume:
    size: 40 # no type yet
  data_volumes:
    - volumetype: SSD
      size: 100
      shareable: true
  tags:
    - env.test
  extendparam:
    chargingMode: prePaid
    periodType: month
    periodNum: 1
    isAutoRenew: false
`;

const cases: [string, string, DocumentFormat][] = [
  ['examples/with-mistakes.ecs.yaml', readFileSync(join(examples, 'with-mistakes.ecs.yaml'), 'utf8'), 'yaml'],
  ['a JSON request with mistakes', jsonWithMistakes, 'json'],
  ['a YAML request with mistakes', yamlWithMistakes, 'yaml'],
];

for (const [name, text, format] of cases) {
  describe(`quick fixes on ${name}`, () => {
    const parsed = parse(text, format);
    const diagnostics = validateDocument(parsed);
    const withFixes = diagnostics.filter((d) => (d.data as { fixes?: unknown[] } | undefined)?.fixes?.length);

    test('the example has diagnostics with fixes', () => {
      assert.ok(withFixes.length > 0);
    });

    for (const diagnostic of withFixes) {
      test(`fix for "${diagnostic.message.slice(0, 60)}"`, () => {
        const actions = getCodeActions(parsed, diagnostic.range, [diagnostic]);
        assert.ok(actions.length > 0, 'expected at least one action');
        const edits = actions[0].edit?.changes?.[parsed.uri] ?? [];
        const result = applyTextEdits(text, edits);
        const reparsed = parse(result, format);
        assert.deepEqual(
          reparsed.syntaxProblems.filter((p) => p.severity === 'error'),
          [],
          result,
        );
        const after = validateDocument(reparsed);
        assert.ok(!after.some((d) => sameDiagnostic(d, diagnostic)), `still reported after the fix:\n${result}`);
      });
    }
  });
}
