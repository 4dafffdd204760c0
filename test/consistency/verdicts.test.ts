/**
 * Verdict consistency suite (issue 11): every example, seed example, snippet and generated
 * field/rule variant goes through `ecs-request lint` (the built CLI) and through the emulator
 * (dry-run, create, job). Where both can decide, they must agree; each known exception is listed,
 * with its reason, in exceptions.ts and must still occur; the README's "Emulator refuses it"
 * column (emulatorEnforcement.ts) must match what the emulator does with each rule's variants.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/service/rules';
import { classify, describe as describeOutcome, type Outcome } from './classify';
import { buildCorpus, type CorpusEntry } from './corpus';
import { EMULATOR_ENFORCES, type Enforcement } from './emulatorEnforcement';
import { KNOWN_EXCEPTIONS } from './exceptions';
import { judgeAllWithEmulator, lintAll } from './judges';
import { FIELD_CASES, type Verdict } from './variants';

const root = path.resolve(__dirname, '..', '..', '..');
/** Fields whose every value is accepted (the editor warns at most): they have no refusing variant. */
const FIELDS_WITHOUT_REFUSAL = new Set([
  'server.root_volume.hw:passthrough',
  'server.data_volumes[].hw:passthrough',
  'server.extendparam.support_auto_recovery',
]);
/** `server` itself: the base body is its valid variant. */
const FIELDS_WITHOUT_OWN_ACCEPT = new Set(['server']);

describe('verdict consistency: the editor and the emulator agree', () => {
  const corpus: CorpusEntry[] = buildCorpus();
  let outcomes: Outcome[] = [];

  before(async () => {
    const [lint, emulator] = await Promise.all([lintAll(corpus), judgeAllWithEmulator(corpus)]);
    outcomes = corpus.map((entry) => {
      const lintVerdict = lint.get(entry.id);
      const emulatorVerdict = emulator.get(entry.id);
      assert.ok(lintVerdict && emulatorVerdict, `${entry.id} was not judged by both sides`);
      return classify(entry, lintVerdict, emulatorVerdict);
    });
  });

  it('has at least 300 bodies with unique IDs, including every example, seed example and snippet', () => {
    assert.ok(corpus.length >= 300, `only ${corpus.length} bodies`);
    assert.equal(new Set(corpus.map((e) => e.id)).size, corpus.length, 'duplicate corpus IDs');
    for (const prefix of ['example:', 'seed:', 'snippet:json:', 'snippet:yaml:']) {
      assert.ok(
        corpus.some((e) => e.id.startsWith(prefix)),
        `no ${prefix} entries`,
      );
    }
    assert.equal(corpus.filter((e) => e.id.startsWith('seed:')).length, 10);
  });

  it('has a valid and a violating variant for every field of the schema', () => {
    const fieldList = readFileSync(path.join(root, 'test', 'fixtures', 'request-fields.list'), 'utf8');
    const fields = fieldList.split('\n').filter(Boolean);
    const cases = new Map(FIELD_CASES.map(([field, ok, bad]) => [field, { accept: ok.length, refuse: bad.length }]));
    const missing = fields.filter((field) => {
      const counts = cases.get(field);
      return (
        !counts ||
        (counts.accept === 0 && !FIELDS_WITHOUT_OWN_ACCEPT.has(field)) ||
        (counts.refuse === 0 && !FIELDS_WITHOUT_REFUSAL.has(field))
      );
    });
    assert.deepEqual(missing, [], 'add a line to FIELD_CASES in test/consistency/variants.ts');
    const unknown = FIELD_CASES.map(([field]) => field).filter((field) => !fields.includes(field));
    assert.deepEqual(unknown, [], 'cases for unknown fields');
  });

  it('has a breaking and a keeping variant for every cross-field rule, and an emulator verdict for each', () => {
    const ruleIds = allRules.map((rule) => rule.id);
    const variants = corpus.filter((e) => e.rule);
    const lacking = ruleIds.filter((id) => {
      const mine = variants.filter((e) => e.rule === id);
      return !mine.some((e) => e.expect !== 'accept') || !mine.some((e) => e.expect === 'accept');
    });
    assert.deepEqual(lacking, [], 'add lines to RULE_CASES in test/consistency/variants.ts');
    const listed = Object.keys(EMULATOR_ENFORCES).sort();
    assert.deepEqual(listed, [...ruleIds].sort(), 'emulatorEnforcement.ts must name every rule once');
  });

  it('agrees on every body, apart from the listed exceptions', () => {
    const unexplained = outcomes.filter((o) => o.problems.length > 0 && !KNOWN_EXCEPTIONS[o.entry.id]);
    const hint = 'fix the disagreement, or list it with its reason in test/consistency/exceptions.ts';
    assert.deepEqual(unexplained.map(describeOutcome), [], hint);
  });

  it('lists only exceptions that still occur, exactly as described', () => {
    const byId = new Map(outcomes.map((o) => [o.entry.id, o]));
    const stale: string[] = [];
    for (const [id, known] of Object.entries(KNOWN_EXCEPTIONS)) {
      const outcome = byId.get(id);
      if (!outcome) stale.push(`${id}: no such corpus entry`);
      else if (outcome.lint.verdict !== known.lint || outcome.emulator.verdict !== known.emulator) {
        stale.push(`now ${describeOutcome(outcome)} (listed as lint ${known.lint}, emulator ${known.emulator})`);
      } else if (outcome.problems.length === 0) {
        stale.push(`${id}: no longer an exception`);
      }
    }
    assert.deepEqual(stale, [], 'remove or update these entries of test/consistency/exceptions.ts');
  });

  it('says truly, per rule, whether the emulator refuses bodies that break it (README rule table)', () => {
    const byId = new Map(outcomes.map((o) => [o.entry.id, o]));
    const wrong: string[] = [];
    for (const rule of allRules) {
      const breaking = corpus.filter((e) => e.rule === rule.id && e.expect !== 'accept');
      // The strongest kind of breaking variant decides: refusing ones if the rule has any.
      const refusing = breaking.filter((e) => e.expect === 'refuse');
      const judged = refusing.length > 0 ? refusing : breaking;
      const verdicts: Verdict[] = judged.map((entry) => byId.get(entry.id)!.emulator.verdict);
      const refused = verdicts.filter((v) => v === 'refuse').length;
      const actual: Enforcement = refused === verdicts.length ? 'yes' : refused === 0 ? 'no' : 'partly';
      const listed = EMULATOR_ENFORCES[rule.id];
      if (listed !== actual) wrong.push(`${rule.id}: listed as ${listed}, the emulator says ${actual}`);
    }
    assert.deepEqual(wrong, [], 'update test/consistency/emulatorEnforcement.ts and regenerate the README table');
  });
});
