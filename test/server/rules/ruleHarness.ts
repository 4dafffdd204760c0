/** Runs one cross-field rule over a request body written as JSON or YAML, with a fixed "now". */
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import type { DocumentFormat, ParsedDocument } from '../../../request/parser/ast';
import { parseDocument } from '../../../request/parser/parse';
import { createRuleContext, ruleById } from '../../../server/service/rules';
import { VALID_SERVER, validBody } from '../../support/requestBuilder';
import type { FixData, RuleFinding, RuleSeverity } from '../../../server/service/types';

export const FIXED_NOW = new Date('2026-11-27T16:00:00Z');
export const FORMATS: readonly DocumentFormat[] = ['json', 'yaml'];

/** A finding reduced to what the tests compare: the text under its range, severity, fixes. */
export interface CheckedFinding {
  readonly text: string;
  readonly severity: RuleSeverity;
  readonly message: string;
  readonly fixes: FixData[];
}

export interface RuleRun {
  readonly document: ParsedDocument;
  readonly findings: RuleFinding[];
  readonly checked: CheckedFinding[];
}

/** A server that passes every rule (the test request builder's); tests override the fields they exercise. */
export const BASE_SERVER = VALID_SERVER;

/** `{ server: { ...BASE_SERVER, ...fields } }`; a field set to undefined is left out. */
export function body(fields: Record<string, unknown> = {}): { server: Record<string, unknown> } {
  return validBody(fields);
}

export const PREPAID = { chargingMode: 'prePaid', periodType: 'month', periodNum: 1 } as const;

export function serialize(value: unknown, format: DocumentFormat): string {
  return format === 'json' ? JSON.stringify(value, null, 2) : stringify(value);
}

export function runRuleOnText(ruleId: string, text: string, format: DocumentFormat, now: Date = FIXED_NOW): RuleRun {
  const rule = ruleById(ruleId);
  assert.ok(rule, `no rule ${ruleId}`);
  const document = parseDocument(`file:///test/request.ecs.${format}`, 1, text, format);
  assert.deepEqual(document.syntaxProblems, [], 'test document must parse cleanly');
  const context = createRuleContext(document, now);
  assert.ok(context, 'test document must have an object root');
  const findings = rule.check(context);
  const checked = findings.map((finding) => ({
    text: document.text.slice(finding.node.offset, finding.node.offset + finding.node.length),
    severity: finding.severity ?? rule.defaultSeverity,
    message: finding.message,
    fixes: finding.fixes ?? [],
  }));
  return { document, findings, checked };
}

export function runRule(
  ruleId: string,
  value: unknown,
  format: DocumentFormat = 'json',
  now: Date = FIXED_NOW,
): RuleRun {
  return runRuleOnText(ruleId, serialize(value, format), format, now);
}

/** The text under a range without the quotes JSON (or quoted YAML) puts around it. */
export function unquoted(text: string): string {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}

export interface ExpectedFinding {
  /** Text under the finding's range, quotes removed. */
  readonly text: string;
  readonly severity: RuleSeverity;
  readonly fixes?: FixData[];
  /** Words the message must contain (field names, the advice). */
  readonly mentions?: readonly string[];
}

export function assertFinding(actual: CheckedFinding, expected: ExpectedFinding): void {
  assert.equal(unquoted(actual.text), expected.text, `range text (message: ${actual.message})`);
  assert.equal(actual.severity, expected.severity, `severity of "${actual.message}"`);
  assert.deepEqual(actual.fixes, expected.fixes ?? []);
  for (const word of expected.mentions ?? [])
    assert.ok(actual.message.includes(word), `message "${actual.message}" should mention ${word}`);
}

/** Exactly the expected findings, in order. */
export function assertFindings(run: RuleRun, expected: readonly ExpectedFinding[]): void {
  assert.equal(run.checked.length, expected.length, `findings: ${JSON.stringify(run.checked.map((f) => f.message))}`);
  run.checked.forEach((actual, index) => assertFinding(actual, expected[index]));
}

export function assertNoFindings(run: RuleRun): void {
  assert.deepEqual(
    run.checked.map((f) => f.message),
    [],
  );
}
