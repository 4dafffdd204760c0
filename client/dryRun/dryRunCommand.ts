import * as vscode from 'vscode';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import {
  accountCoverage,
  accountPart,
  EcsApiError,
  preflightSeverity,
  preflightSummary,
  unknownListNames,
  type AccountOutcome,
  type PreflightOutcome,
} from '../../cloud';
import type { AccountSnapshot } from '../../request/accountSnapshot';
import type { FreshSnapshot } from '../account/accountRefresher';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import type { Profile } from '../profiles/profile';
import { describeFailure, prepareCloudAction, type LocalChecksDeps } from '../requests/cloudAction';
import { formatOf } from '../requests/requestSource';
import { showError, showInfo, showWarning } from '../ui/toast';
import { withoutCodeSpans } from '../ui/plainText';
import type { DryRunDiagnostics } from './dryRunDiagnostics';
import type { DryRunNotes } from './dryRunNotes';
import { accountDiagnosticsOf, parseRequest } from './preflightFindings';

export interface DryRunOutcome {
  readonly ok: boolean;
  /** Error code when the service refused the request. */
  readonly code?: string;
  /** Diagnostics placed on fields (the refusal's and the account findings). */
  readonly diagnostics?: number;
  readonly message?: string;
  /** The pre-flight as a whole: local, account and dry-run parts. */
  readonly preflight?: PreflightOutcome;
  /** The notification's text. */
  readonly summary?: string;
}

/** What the service's dry-run covers and what it does not, said after every successful check. */
const COVERAGE =
  'The service checked the required fields and the request format. It does not check quotas, prices, ' +
  'or the details of a new EIP (type, bandwidth billing), so a real submit can still fail on those.';

const SHOW_PROBLEMS = 'Show Problems';

interface AccountStep {
  readonly outcome: AccountOutcome;
  /** Usable account data, for the refusal's fixes that need it. */
  readonly snapshot?: AccountSnapshot;
  /** Why the account was not checked, or which lists were unknown (one sentence), for the notification. */
  readonly note?: string;
  /** Findings placed on fields by this pre-flight. */
  readonly placed: number;
  /** The language server's diagnostics that are these account findings (it had account data too). */
  readonly shownByServer: readonly vscode.Diagnostic[];
  /** The server's diagnostics once it has this account data (the local part is read from them then). */
  readonly serverNow?: readonly vscode.Diagnostic[];
}

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const sameSpot = (a: vscode.Diagnostic, b: LspDiagnostic) =>
  codeOf(a) === String(b.code) &&
  a.range.start.line === b.range.start.line &&
  a.range.start.character === b.range.start.character &&
  a.range.end.line === b.range.end.line &&
  a.range.end.character === b.range.end.character;

export interface DryRunDeps extends ClientFactoryDeps, LocalChecksDeps {
  readonly diagnostics: DryRunDiagnostics;
  readonly notes: DryRunNotes;
  /** The account data of the profile, through the background refresher (one fetch for both). */
  readonly freshAccount: (profile: Profile, signal: AbortSignal) => Promise<FreshSnapshot>;
}

/**
 * Account checks with fresh account data of the profile of the dry-run (the refresher's, fetched
 * now unless it is under a minute old, so the editor's account warnings say the same): the language
 * service's own checks run on the file; findings the language server already shows (when it has
 * account data of its own) are counted, not shown twice.
 */
async function checkAccount(
  document: vscode.TextDocument,
  profile: Profile,
  deps: DryRunDeps,
  signal: AbortSignal,
  sent: { readonly version: number; readonly text: string },
): Promise<AccountStep> {
  const { version: sentVersion, text: sentText } = sent;
  const fresh = await deps.freshAccount(profile, signal);
  if (signal.aborted) throw new Error('cancelled');
  if (!fresh.ok) {
    const note = `The account data was not read: ${fresh.reason}`;
    const step = { outcome: { state: 'not-checked', reason: fresh.reason }, note, placed: 0 } as const;
    if (!fresh.kept) return { ...step, shownByServer: [] };
    // The server still checks with the older data it was given: its warnings are not local checks.
    const parsed = parseRequest(document.uri.toString(), sentVersion, sentText, formatOf(document));
    const older = accountDiagnosticsOf(parsed, fresh.kept, new Date());
    const findings = 'notRead' in older ? [] : older.diagnostics;
    const serverNow = await deps.localDiagnostics(document);
    const shownByServer = serverNow.filter((d) => findings.some((finding) => sameSpot(d, finding)));
    return { ...step, shownByServer, serverNow };
  }
  const snapshot: AccountSnapshot = fresh.snapshot;
  const coverage = accountCoverage(snapshot);
  if (!coverage.usable) {
    const note = `The account data was not read: ${coverage.reason}`;
    return { outcome: { state: 'not-checked', reason: coverage.reason }, note, placed: 0, shownByServer: [] };
  }
  const parsed = parseRequest(document.uri.toString(), sentVersion, sentText, formatOf(document));
  const result = accountDiagnosticsOf(parsed, snapshot, new Date());
  if ('notRead' in result) {
    const reason = `the account data could not be read (${result.notRead})`;
    return { outcome: { state: 'not-checked', reason }, note: `The ${reason}.`, placed: 0, shownByServer: [] };
  }
  // The refresher handed this snapshot to the language server before it answered; asked now, the
  // server's diagnostics hold its account findings, which are then counted rather than shown twice.
  const shown = await deps.localDiagnostics(document);
  // Edited while the data was read: the findings are still counted, but not placed on text they no longer describe.
  const unshown =
    document.version === sentVersion
      ? result.diagnostics.filter((finding) => !shown.some((d) => sameSpot(d, finding)))
      : [];
  const shownByServer = shown.filter((d) => result.diagnostics.some((finding) => sameSpot(d, finding)));
  deps.diagnostics.showAccount(document, unshown);
  const unknown = coverage.unknown;
  const note = unknown.length
    ? `Lists not read, so their checks were skipped: ${unknownListNames(unknown)} (${unknown[0].reason})`
    : undefined;
  return {
    outcome: { state: 'checked', findings: result.diagnostics.length, unknownLists: unknown.length },
    snapshot,
    placed: unshown.length,
    shownByServer,
    serverNow: shown,
    ...(note ? { note } : {}),
  };
}

/**
 * "ECS: Dry-Run Request" is a pre-flight: the local checks (the language server's diagnostics of
 * the file), then the account checks against account data fetched now for the active profile,
 * then the cloud's dry-run (`dry_run: true`). One notification says what passed and what failed
 * (cloud/preflight.ts, the same line as `ecs-request dry-run`); every finding is on its field in
 * the file (sources "ECS account" and "ECS dry-run", with quick fixes where one is known) until the
 * next edit; the request's CodeLens notes the result ("Dry-run passed at 10:42 against …").
 *
 * VS Code cannot close a notification, so the toast stays short: the diagnostics and the lens
 * (its tooltip has the whole answer) carry the state, and both go with the next edit. A refusal
 * that names no field keeps its whole text in the toast.
 */
export async function dryRun(uri: vscode.Uri | undefined, deps: DryRunDeps): Promise<DryRunOutcome | undefined> {
  const ready = await prepareCloudAction('Dry-run', uri, deps);
  if (!ready) return undefined;
  const { document, prepared, profile, fileName, local } = ready;
  const sentVersion = document.version;
  const sentText = document.getText();
  deps.diagnostics.clear(document.uri);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Pre-flight of ${fileName} with profile "${profile.name}"`,
      cancellable: true,
    },
    async (progress, token): Promise<DryRunOutcome> => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let connection;
      try {
        connection = await connect(profile, { ...deps, extraSecrets: () => prepared.filledValues }, abort.signal);
        progress.report({ message: 'reading the account data…' });
        const account = await checkAccount(document, profile, deps, abort.signal, {
          version: sentVersion,
          text: sentText,
        });
        const outcomeOf = (dryRun: PreflightOutcome['dryRun']): PreflightOutcome => {
          // The server's own account findings (when it has account data too) count in the account part.
          const localOnly = (account.serverNow ?? local).filter(
            (d) => !account.shownByServer.some((s) => s.range.isEqual(d.range) && s.message === d.message),
          );
          return {
            local: {
              errors: localOnly.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
              warnings: localOnly.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
            },
            account: account.outcome,
            dryRun,
            target: profile.name,
            subject: fileName,
          };
        };
        const accountNote =
          account.outcome.state === 'not-checked' ||
          (account.outcome.state === 'checked' && account.outcome.findings > 0)
            ? accountPart(account.outcome)
            : undefined;
        progress.report({ message: 'dry-run…' });
        try {
          const result = await connection.client.createServers(prepared.value, {
            dryRun: true,
            signal: abort.signal,
          });
          const preflight = outcomeOf({ state: 'passed' });
          const summary = `${preflightSummary(preflight)}.`;
          const message = `${summary} ${COVERAGE}`;
          deps.log.info(
            `${summary} (HTTP ${result.status}${result.requestId ? `, request ${result.requestId}` : ''}).`,
          );
          if (account.note) deps.log.info(account.note);
          deps.notes.record(document, sentVersion, {
            passed: true,
            detail: [message, account.note].filter(Boolean).join(' '),
            profileName: profile.name,
            at: new Date(),
            ...(accountNote ? { account: accountNote } : {}),
          });
          const marked = account.placed + account.shownByServer.length;
          notify(preflight, [summary, account.note].filter(Boolean).join(' '), marked);
          return { ok: true, message, preflight, summary, diagnostics: account.placed };
        } catch (error) {
          if (abort.signal.aborted || !(error instanceof EcsApiError)) throw error;
          const text = describeFailure(error);
          const count = deps.diagnostics.show(
            document,
            formatOf(document),
            { code: error.code, message: error.serviceMessage, details: error.details },
            prepared.value,
            account.snapshot,
          );
          const preflight = outcomeOf({ state: 'refused', code: error.code });
          const summary = `${preflightSummary(preflight)}.`;
          deps.log.error(`${summary} ${text}`);
          if (account.note) deps.log.info(account.note);
          deps.notes.record(document, sentVersion, {
            passed: false,
            code: error.code,
            detail: withoutCodeSpans([text, account.note].filter(Boolean).join(' ')),
            profileName: profile.name,
            at: new Date(),
            ...(accountNote ? { account: accountNote } : {}),
          });
          // A refusal marked on fields is said in short; one that names no field keeps its whole text.
          const placed = count + account.placed;
          const marked = placed + account.shownByServer.length;
          const toast = count > 0 ? summary : `${summary} ${text}`;
          notify(preflight, toast, marked);
          return { ok: false, code: error.code, diagnostics: placed, message: text, preflight, summary };
        }
      } catch (error) {
        if (abort.signal.aborted) {
          deps.log.info(`Pre-flight of ${fileName} cancelled.`);
          return { ok: false, message: 'cancelled' };
        }
        const text = describeFailure(error);
        deps.log.error(`Dry-run of ${fileName} with "${profile.name}" failed: ${text}`);
        void showError(`Dry-run of ${fileName} did not complete: ${text}`);
        return { ok: false, message: text };
      } finally {
        cancel.dispose();
        await connection?.client.close();
      }
    },
  );
}

/**
 * The one notification of a pre-flight: its severity from what failed; Show Problems when findings
 * are on fields (placed by the pre-flight, or shown by the language server with the same data).
 */
function notify(preflight: PreflightOutcome, text: string, placed: number): void {
  const severity = preflightSeverity(preflight);
  const marked = placed > 0 ? ` Marked on ${placed === 1 ? 'the field' : `${placed} fields`} in the file.` : '';
  const show = severity === 'error' ? showError : severity === 'warning' ? showWarning : showInfo;
  const items = placed > 0 ? [SHOW_PROBLEMS] : [];
  void show(`${text}${marked}`, ...items).then((choice) => {
    if (choice === SHOW_PROBLEMS) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
