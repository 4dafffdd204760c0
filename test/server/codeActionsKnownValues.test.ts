/**
 * End to end: validate → quick fix → applied text. Rules that know the value a missing property
 * must have pass it along (FixData addProperties `values`), and the fix writes that value instead
 * of the schema's skeleton.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/service/languageService';
import { applyTextEdits } from '../../server/service/fixes/textEdits';
import type { DocumentFormat } from '../../request/parser/ast';
import { FIXED_NOW } from './parser.helpers';
import { body, PREPAID, serialize } from './rules/ruleHarness';

interface Case {
  readonly code: string;
  readonly fields: Record<string, unknown>;
  /** The property the fix adds and the value it must be written with (undefined: the skeleton). */
  readonly added: string;
  readonly value?: unknown;
}

const cases: Case[] = [
  {
    code: 'ECS-R42',
    fields: {
      root_volume: { volumetype: 'SSD', metadata: { __system__cmkid: '0a1b2c3d-0000-4000-8000-000000000001' } },
    },
    added: '__system__encrypted',
    value: '1',
  },
  {
    code: 'ECS-R35',
    fields: { extendparam: { marketType: 'spot', spot_duration_hours: 1, spot_duration_count: 1 } },
    added: 'interruption_policy',
    value: 'immediate',
  },
  {
    code: 'ECS-R31',
    fields: { 'os:scheduler_hints': { dedicated_host_id: '0a1b2c3d-0000-4000-8000-000000000002' } },
    added: 'tenancy',
    value: 'dedicated',
  },
  {
    code: 'ECS-R20',
    fields: { key_name: 'demo-keypair', metadata: { owner: 'web' }, extendparam: PREPAID },
    added: 'op_svc_userid',
  },
];

function fixOnce(format: DocumentFormat, item: Case): { before: string; after: string } {
  const service = createLanguageService({ validation: { now: FIXED_NOW } });
  const uri = `file:///w/request.ecs.${format}`;
  const before = serialize(body(item.fields), format);
  const parsed = service.parse(TextDocument.create(uri, `ecs-${format}`, 1, before));
  const diagnostic = service.validate(parsed).find((d) => d.code === item.code);
  assert.ok(diagnostic, `${item.code} is reported`);
  const [action] = service.codeActions(parsed, diagnostic.range, [diagnostic]);
  assert.ok(action, 'a quick fix is offered');
  assert.match(action.title, new RegExp(item.added));
  const after = applyTextEdits(before, action.edit?.changes?.[uri] ?? []);
  const fixed = service.parse(TextDocument.create(uri, `ecs-${format}`, 2, after));
  // With a known value the problem is solved; a skeleton still waits for the user's input.
  const stillReported = service.validate(fixed).some((d) => d.code === item.code);
  assert.equal(stillReported, item.value === undefined, `${item.code} after the fix:\n${after}`);
  return { before, after };
}

describe('add-property fixes write the value the rule knows', () => {
  for (const format of ['json', 'yaml'] as const) {
    for (const item of cases.filter((c) => c.value !== undefined)) {
      test(`${item.code}: ${item.added} = ${JSON.stringify(item.value)} (${format})`, () => {
        const { after } = fixOnce(format, item);
        const written =
          format === 'json'
            ? `"${item.added}": ${JSON.stringify(item.value)}`
            : `${item.added}: ${item.value === '1' ? '"1"' : item.value}`;
        assert.ok(after.includes(written), `expected ${written} in:\n${after}`);
      });
    }
  }

  test('without a known value the schema skeleton is used (R20 op_svc_userid, an empty string to fill in)', () => {
    const item = cases.find((c) => c.code === 'ECS-R20')!;
    const { after } = fixOnce('yaml', item);
    assert.match(after, /op_svc_userid: ""/);
  });
});
