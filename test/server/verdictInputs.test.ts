/**
 * server/service/verdictInputs.ts lists the rules whose verdict depends on the clock: the client
 * does not remember their findings across reloads. A rule that starts reading the clock without
 * being listed fails here.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules, createRuleContext } from '../../server/service/rules';
import { ruleCode } from '../../server/service/validation/codes';
import { CODES_BEYOND_TEXT, RULES_READING_THE_CLOCK } from '../../server/service/verdictInputs';
import { FIXED_NOW, SEED_EXAMPLES, parse, readFixture } from './parser.helpers';
import { requestText, validBody } from '../support/requestBuilder';
import type { ParsedDocument } from '../../request/parser/ast';

const EXAMPLES = resolve(__dirname, '../../../examples');

/** Requests that reach the rules' time checks: the examples, the API page's, and time fields set. */
function documents(): ParsedDocument[] {
  const docs = readdirSync(EXAMPLES)
    .filter((name) => /\.ecs\.(yaml|json)$/.test(name))
    .map((name) => parse(readFileSync(resolve(EXAMPLES, name), 'utf8'), name.endsWith('.json') ? 'json' : 'yaml'));
  for (const name of SEED_EXAMPLES) docs.push(parse(readFixture('seed-examples', `${name}.json`), 'json'));
  for (const time of ['2026-11-27T16:10:00Z', '2026-12-27T16:00:00Z', '2031-01-01T00:00:00Z', 'soon'])
    docs.push(parse(requestText(validBody({ auto_terminate_time: time }), 'yaml'), 'yaml'));
  return docs;
}

describe('rules that read the clock', () => {
  it('are exactly those listed in RULES_READING_THE_CLOCK, and their codes are not remembered', () => {
    const reading = new Set<string>();
    for (const document of documents()) {
      const context = createRuleContext(document, FIXED_NOW);
      if (!context) continue;
      for (const rule of allRules) {
        const watched = Object.create(context, {
          now: {
            get: () => {
              reading.add(rule.id);
              return FIXED_NOW;
            },
          },
        });
        try {
          rule.check(watched);
        } catch {
          // A rule's failure is the rule tests' business.
        }
      }
    }
    assert.deepEqual([...reading].sort(), [...RULES_READING_THE_CLOCK].sort());
    for (const id of RULES_READING_THE_CLOCK) assert.ok(CODES_BEYOND_TEXT.has(ruleCode(id)), id);
  });
});
