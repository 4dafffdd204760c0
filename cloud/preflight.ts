/**
 * The pre-flight report: local checks, account checks and the cloud's dry-run, said together in
 * one line that both `ecs-request dry-run` and the editor's Dry-Run Request show ("Pre-flight:
 * local checks passed · account: 2 warnings · dry-run passed against Local emulator"). Pure.
 *
 * The account part needs a snapshot (cloud/catalog): a snapshot where every list is unknown (a
 * 401 on every call, no permission, offline) cannot check anything and counts as "not checked";
 * one with some unknown lists is partial, and says which lists, because the checks that need them
 * were skipped, not passed.
 */
import {
  summarizeSnapshot,
  type AccountSnapshot,
  type SnapshotSummaryLine,
  type UnknownCause,
} from '../request/accountSnapshot';

/** What a snapshot lets the account checks do. */
export type AccountCoverage =
  | { readonly usable: true; readonly unknown: readonly SnapshotSummaryLine[] }
  | { readonly usable: false; readonly reason: string; readonly cause?: UnknownCause };

/** Whether the snapshot can be checked against, and which lists it does not know. */
export function accountCoverage(snapshot: AccountSnapshot): AccountCoverage {
  const lines = summarizeSnapshot(snapshot);
  const unknown = lines.filter((line) => line.state === 'unknown');
  if (unknown.length < lines.length) return { usable: true, unknown };
  // Nothing was read: one reason stands for all when they agree (the usual case: 401, offline).
  const first = unknown[0];
  const same = unknown.every((line) => line.cause === first?.cause);
  const reason = same && first?.reason ? first.reason : 'no list of the account could be read';
  return { usable: false, reason, ...(same && first?.cause ? { cause: first.cause } : {}) };
}

/** "images, subnets": the unknown lists of a partial snapshot, by their readable names. */
export function unknownListNames(unknown: readonly SnapshotSummaryLine[]): string {
  return unknown.map((line) => line.label).join(', ');
}

export type LocalOutcome = { readonly errors: number; readonly warnings: number };

export type AccountOutcome =
  | { readonly state: 'checked'; readonly findings: number; readonly unknownLists: number }
  | { readonly state: 'not-checked'; readonly reason: string }
  | { readonly state: 'skipped' };

export type DryRunStepOutcome =
  | { readonly state: 'passed' }
  | { readonly state: 'refused'; readonly code: string }
  | { readonly state: 'failed' }
  | { readonly state: 'not-run' };

export interface PreflightOutcome {
  readonly local: LocalOutcome;
  readonly account: AccountOutcome;
  readonly dryRun: DryRunStepOutcome;
  /** Who answered the dry-run: "Local emulator", "cn-north-4", a profile name. */
  readonly target: string;
  /** What was checked, when the line needs to say it ("web.ecs.yaml"). */
  readonly subject?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function localPart({ errors, warnings }: LocalOutcome): string {
  if (errors === 0 && warnings === 0) return 'local checks passed';
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''];
  return `local: ${parts.filter(Boolean).join(', ')}`;
}

/** The account part alone ("account: 2 warnings"), e.g. for a note that has room for one part. */
export function accountPart(account: AccountOutcome): string {
  if (account.state === 'skipped') return 'account checks skipped';
  if (account.state === 'not-checked') return 'account not checked';
  const partial = account.unknownLists ? ` (${plural(account.unknownLists, 'list')} unknown)` : '';
  return account.findings === 0
    ? `account checks passed${partial}`
    : `account: ${plural(account.findings, 'warning')}${partial}`;
}

function dryRunPart(dryRun: DryRunStepOutcome, target: string): string {
  switch (dryRun.state) {
    case 'passed':
      return `dry-run passed against ${target}`;
    case 'refused':
      return `dry-run refused (${dryRun.code}) by ${target}`;
    case 'failed':
      return `dry-run did not complete against ${target}`;
    case 'not-run':
      return 'dry-run not run';
  }
}

/** "Pre-flight: local checks passed · account: 2 warnings · dry-run passed against Local emulator". */
export function preflightSummary(outcome: PreflightOutcome): string {
  const parts = [localPart(outcome.local), accountPart(outcome.account), dryRunPart(outcome.dryRun, outcome.target)];
  return `Pre-flight${outcome.subject ? ` of ${outcome.subject}` : ''}: ${parts.join(' · ')}`;
}

/** Whether anything in the pre-flight failed or warned (a notification picks its severity from this). */
export function preflightSeverity(outcome: PreflightOutcome): 'ok' | 'warning' | 'error' {
  if (outcome.dryRun.state === 'refused' || outcome.dryRun.state === 'failed' || outcome.local.errors > 0)
    return 'error';
  const accountNeedsLook =
    outcome.account.state === 'not-checked' ||
    (outcome.account.state === 'checked' && (outcome.account.findings > 0 || outcome.account.unknownLists > 0));
  return accountNeedsLook || outcome.local.warnings > 0 ? 'warning' : 'ok';
}
