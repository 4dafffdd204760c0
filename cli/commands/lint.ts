/**
 * `ecs-request lint <files…>`: the editor's diagnostics for request files, for CI and hooks.
 * `--account` adds the account checks: one snapshot of the target's account (the same target
 * options as dry-run) checked against every file.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import {
  accountDiagnostics,
  accountJson,
  accountLine,
  cliProfileName,
  fetchAccountData,
  type AccountCheckData,
} from '../accountChecks';
import { CliError, usageError } from '../cliError';
import { openSession } from '../cloudSession';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { checkRequestFile, diagnosticJson, formatDiagnosticLine, isError, type RequestFile } from '../requestFile';
import { onInterrupt } from '../signals';
import type { TargetOptions } from '../target';

export interface LintOptions {
  readonly files: string[];
  readonly format: 'text' | 'json';
  /** `--account`: the target whose account data the files are checked against. */
  readonly account?: TargetOptions;
}

interface CheckedFile extends RequestFile {
  /** The account findings (empty without --account or when the account was not checked). */
  readonly accountDiagnostics: Diagnostic[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Fetches the account data once for all files; undefined without --account or without a readable file. */
async function accountFor(options: LintOptions, io: CliIo, anyFile: boolean): Promise<AccountCheckData | undefined> {
  if (!options.account || !anyFile) return undefined;
  let session;
  try {
    session = await openSession(options.account, io);
  } catch (error) {
    // No credentials, a bad endpoint, no project: the local results still count and are printed.
    if (!(error instanceof CliError) || error.exitCode === ExitCode.Interrupted) throw error;
    return { targetLabel: 'the target', state: 'not-checked', reason: error.message, exitCode: error.exitCode };
  }
  const interruption = onInterrupt();
  try {
    io.err(`Reading the account data of ${session.targetLabel}...`);
    const account = await fetchAccountData(session, cliProfileName(options.account.emulator), interruption.signal);
    if (interruption.signal.aborted)
      throw new CliError('Stopped: the account data was not read.', ExitCode.Interrupted);
    return account;
  } finally {
    interruption.dispose();
    await session.close();
  }
}

export async function runLint(options: LintOptions, io: CliIo): Promise<ExitCodeValue> {
  if (options.files.length === 0)
    throw usageError('lint needs at least one request file, e.g. `ecs-request lint server.ecs.yaml`.');
  const read: RequestFile[] = [];
  const unreadable: { file: string; message: string }[] = [];
  for (const file of options.files) {
    try {
      read.push(checkRequestFile(file, io.cwd));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      unreadable.push({ file, message: error.message });
    }
  }
  const account = await accountFor(options, io, read.length > 0);
  const checked: CheckedFile[] = read.map((file) => ({
    ...file,
    accountDiagnostics:
      account?.state === 'checked' ? accountDiagnostics(file.parsed, file.diagnostics, account.data) : [],
  }));
  const all = checked.flatMap((c) => [...c.diagnostics, ...c.accountDiagnostics]);
  const errors = all.filter(isError).length;
  const warnings = all.length - errors;
  const accountFindings = checked.reduce((sum, c) => sum + c.accountDiagnostics.length, 0);

  if (options.format === 'json') {
    io.out(
      JSON.stringify({
        files: checked.map((c) => ({
          file: c.displayPath,
          diagnostics: c.diagnostics.map(diagnosticJson),
          ...(options.account ? { accountDiagnostics: c.accountDiagnostics.map(diagnosticJson) } : {}),
        })),
        unreadable,
        errorCount: errors,
        warningCount: warnings,
        ...(options.account ? { account: accountJson(account) } : {}),
      }),
    );
  } else {
    for (const c of checked) {
      const lines = [...c.diagnostics, ...c.accountDiagnostics].sort(byPosition);
      for (const d of lines) io.out(formatDiagnosticLine(c.displayPath, d));
    }
    for (const u of unreadable) io.err(u.message);
    if (account) io.err(accountLine(account));
    const files = plural(checked.length, 'file');
    const accountNote =
      account?.state === 'checked'
        ? ` (${accountFindings} from the account checks)`
        : account?.state === 'not-checked'
          ? ' (account not checked)'
          : '';
    io.err(`${files} checked: ${plural(errors, 'error')}, ${plural(warnings, 'other problem')}${accountNote}.`);
  }
  if (unreadable.length) return ExitCode.Usage;
  if (errors > 0) return ExitCode.RequestFailed;
  // The account checks were asked for and could not run: say so in the exit code, as `catalog` does.
  return account?.state === 'not-checked' ? account.exitCode : ExitCode.Ok;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
