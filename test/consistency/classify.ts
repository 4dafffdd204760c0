/**
 * Compares the two verdicts on one body with each other and with what the body should get.
 * A body is clean when the editor says what it should, and the emulator either says the same or
 * is excused: it refused for an account-dependent reason (accountDependent.ts), or it accepted a
 * body the editor refuses only for rules the emulator does not enforce (emulatorEnforcement.ts).
 */
import { accountDependence } from './accountDependent';
import type { CorpusEntry } from './corpus';
import { EMULATOR_ENFORCES } from './emulatorEnforcement';
import type { EmulatorVerdict, LintVerdict } from './judges';
import { OUTSIDE_WORLD_ID, verdictExpected } from './variants';

export interface Outcome {
  readonly entry: CorpusEntry;
  readonly lint: LintVerdict;
  readonly emulator: EmulatorVerdict;
  /** Why the body is not clean; empty when it is. */
  readonly problems: string[];
}

const RULE_CODE = /^ECS-(R\d+)$/;

/** The emulator may leave a body to the editor when every error is a rule the emulator does not fully enforce. */
function onlyRulesTheEmulatorLeavesOut(codes: readonly string[]): boolean {
  return (
    codes.length > 0 &&
    codes.every((code) => {
      const rule = RULE_CODE.exec(code)?.[1];
      return rule !== undefined && EMULATOR_ENFORCES[rule] !== undefined && EMULATOR_ENFORCES[rule] !== 'yes';
    })
  );
}

function emulatorExcused(entry: CorpusEntry, lint: LintVerdict, emulator: EmulatorVerdict): boolean {
  if (lint.verdict === 'accept') {
    const dependence = accountDependence(emulator.codes);
    if (dependence === 'limit') return true;
    // A missing resource is an account matter unless the body only names what the seeded world has.
    return dependence === 'lookup' && (!entry.generated || entry.text.includes(OUTSIDE_WORLD_ID));
  }
  return onlyRulesTheEmulatorLeavesOut(lint.codes);
}

export function classify(entry: CorpusEntry, lint: LintVerdict, emulator: EmulatorVerdict): Outcome {
  const expected = verdictExpected(entry.expect);
  const problems: string[] = [];
  if (lint.verdict !== expected) problems.push(`the editor should ${expected} it`);
  if (emulator.verdict !== lint.verdict) {
    if (!emulatorExcused(entry, lint, emulator)) problems.push('the emulator disagrees with the editor');
  } else if (emulator.verdict !== expected) {
    problems.push(`the emulator should ${expected} it`);
  }
  return { entry, lint, emulator, problems };
}

/** One line per outcome for failure messages: id, both verdicts and their codes. */
export function describe(outcome: Outcome): string {
  const { entry, lint, emulator } = outcome;
  const refusal = `refuse at ${emulator.stage} [${emulator.codes.join(', ')}]`;
  const emulatorText = emulator.verdict === 'accept' ? 'accept' : refusal;
  const lintText = lint.codes.length ? `${lint.verdict} [${lint.codes.join(', ')}]` : lint.verdict;
  return (
    `${entry.id}: lint ${lintText}; emulator ${emulatorText}` +
    (outcome.problems.length ? ` — ${outcome.problems.join('; ')}` : '')
  );
}
