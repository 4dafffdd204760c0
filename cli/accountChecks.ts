/**
 * The account part of `ecs-request lint --account` and `ecs-request dry-run`: fetch one snapshot of
 * the target's account (cloud/catalog), then run the editor's account checks on each file with it.
 * A fetch that fails leaves the account part "not checked" with its reason; it never hides the
 * local results. Findings are warnings (the editor's severities): they do not change exit codes.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { fetchAccountSnapshot } from '../cloud/catalog';
import { CloudError } from '../cloud/errors';
import { accountCoverage, unknownListNames, type AccountOutcome } from '../cloud/preflight';
import type { AccountSnapshot, SnapshotSummaryLine } from '../request/accountSnapshot';
import { readAccountNotification, type AccountData } from '../server/service/account/accountData';
import type { ParsedDocument } from '../request/parser/ast';
import type { CloudSession } from './cloudSession';
import { describeCloudError, exitCodeForCloudError } from './cloudErrors';
import { CLI_PROFILE } from './commands/catalog';
import { ExitCode, type ExitCodeValue } from './exitCodes';
import { diagnosticJson, languageService } from './requestFile';

export type AccountCheckData = { readonly targetLabel: string } & (
  | {
      readonly state: 'checked';
      readonly snapshot: AccountSnapshot;
      readonly data: AccountData;
      readonly unknown: readonly SnapshotSummaryLine[];
    }
  | { readonly state: 'not-checked'; readonly reason: string; readonly exitCode: ExitCodeValue }
);

/** The profile name a CLI snapshot carries (the CLI has no profiles: the emulator or the environment). */
export function cliProfileName(emulator: boolean): string {
  return emulator ? CLI_PROFILE.emulator : CLI_PROFILE.environment;
}

/** Fetches the account data of the session's target; never throws a CloudError (it becomes "not checked"). */
export async function fetchAccountData(
  session: CloudSession,
  profile: string,
  signal?: AbortSignal,
): Promise<AccountCheckData> {
  const targetLabel = session.targetLabel;
  let snapshot: AccountSnapshot;
  try {
    snapshot = await fetchAccountSnapshot({ profile, client: session.client }, { signal });
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    const exitCode = exitCodeForCloudError(error);
    return { targetLabel, state: 'not-checked', reason: describeCloudError(error), exitCode };
  }
  const coverage = accountCoverage(snapshot);
  if (!coverage.usable) {
    const exitCode =
      coverage.cause === 'unauthorized' || coverage.cause === 'forbidden' ? ExitCode.Config : ExitCode.Network;
    return { targetLabel, state: 'not-checked', reason: coverage.reason, exitCode };
  }
  const read = readAccountNotification({ profile, region: snapshot.region, snapshot });
  if (read.kind !== 'apply') {
    // Only a snapshot of another schema version gets here: a build mismatch, not the user's doing.
    return {
      targetLabel,
      state: 'not-checked',
      reason: `the account data could not be read (${'reason' in read ? read.reason : read.kind})`,
      exitCode: ExitCode.Network,
    };
  }
  return { targetLabel, state: 'checked', snapshot, data: read.data, unknown: coverage.unknown };
}

const diagnosticKey = (d: Diagnostic) => JSON.stringify([d.range.start, d.range.end, d.code ?? null, d.message]);

/**
 * The account findings of one file: what the language service reports with the account data and
 * not without it (so every account check of the service is here, and nothing twice).
 */
export function accountDiagnostics(
  parsed: ParsedDocument,
  local: readonly Diagnostic[],
  data: AccountData,
): Diagnostic[] {
  const service = languageService();
  service.setAccount(data);
  let withAccount: Diagnostic[];
  try {
    withAccount = service.validate(parsed);
  } finally {
    service.setAccount(undefined);
  }
  const seen = new Set(local.map(diagnosticKey));
  return withAccount.filter((d) => !seen.has(diagnosticKey(d)));
}

/** The account part in the pre-flight summary's terms. */
export function accountOutcome(account: AccountCheckData | undefined, findings: number): AccountOutcome {
  if (!account) return { state: 'skipped' };
  if (account.state === 'not-checked') return { state: 'not-checked', reason: account.reason };
  return { state: 'checked', findings, unknownLists: account.unknown.length };
}

/** One line about the account data: where it came from, or why it was not checked. */
export function accountLine(account: AccountCheckData): string {
  const { targetLabel } = account;
  if (account.state === 'not-checked') {
    return (
      `Account checks not run: could not read the account data of ${targetLabel}: ${account.reason} ` +
      'Local results are above.'
    );
  }
  const { profile, region } = account.snapshot;
  const where = `Account data of profile ${profile}, region ${region} from ${targetLabel}`;
  const count = account.unknown.length;
  if (count === 0) return `${where}: every list read.`;
  return (
    `${where}: ${count} list${count === 1 ? '' : 's'} unknown (${unknownListNames(account.unknown)}), ` +
    `so the checks that need ${count === 1 ? 'it' : 'them'} were skipped. First reason: ${account.unknown[0].reason}`
  );
}

/** The account part as `--json` prints it; `diagnostics` when it is about one file (dry-run). */
export function accountJson(account: AccountCheckData | undefined, diagnostics?: readonly Diagnostic[]): unknown {
  if (!account) return { state: 'skipped' };
  if (account.state === 'not-checked') return { state: 'not-checked', reason: account.reason };
  const { profile, region, projectId, fetchedAt } = account.snapshot;
  return {
    state: 'checked',
    profile,
    region,
    projectId,
    fetchedAt,
    unknownLists: account.unknown.map((line) => ({ kind: line.kind, reason: line.reason ?? null })),
    ...(diagnostics ? { diagnostics: diagnostics.map(diagnosticJson) } : {}),
  };
}
