/**
 * `ecs-request dry-run <file>`: the pre-flight of a request. Local checks (the editor's
 * diagnostics), then the account checks against a fresh snapshot of the same target (unless
 * --no-account-checks), then the cloud's dry-run (dry_run=true: ECS checks and creates nothing),
 * said together in one line at the end (cloud/preflight.ts).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { CloudError, EcsApiError } from '../../cloud/errors';
import { preflightSummary, type DryRunStepOutcome } from '../../cloud/preflight';
import { refusalFixes, type RefusalFixChange } from '../../cloud/refusalFixes';
import {
  accountDiagnostics,
  accountJson,
  accountLine,
  accountOutcome,
  cliProfileName,
  fetchAccountData,
  type AccountCheckData,
} from '../accountChecks';
import { CliError } from '../cliError';
import { openSession, type CloudSession } from '../cloudSession';
import { formatLocatedProblem, locateCloudError, locatedProblemJson } from '../cloudErrorFields';
import { cloudErrorJson, describeCloudError, exitCodeForCloudError } from '../cloudErrors';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { prepareOutgoingRequest, type OutgoingRequest } from '../outgoingRequest';
import { formatDiagnosticLine, isError } from '../requestFile';
import { onInterrupt } from '../signals';
import type { TargetOptions } from '../target';

export interface DryRunOptions {
  readonly file: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly target: TargetOptions;
  /** `--no-account-checks`: skip the account snapshot and its checks. */
  readonly accountChecks?: boolean;
}

interface AccountStep {
  readonly data: AccountCheckData | undefined;
  readonly diagnostics: Diagnostic[];
}

async function accountStep(
  options: DryRunOptions,
  request: OutgoingRequest,
  session: CloudSession,
  io: CliIo,
): Promise<AccountStep> {
  if (options.accountChecks === false) return { data: undefined, diagnostics: [] };
  const interruption = onInterrupt();
  let data: AccountCheckData;
  try {
    data = await fetchAccountData(session, cliProfileName(options.target.emulator), interruption.signal);
    if (interruption.signal.aborted) throw new CliError('Stopped: nothing was sent.', ExitCode.Interrupted);
  } finally {
    interruption.dispose();
  }
  const diagnostics =
    data.state === 'checked' ? accountDiagnostics(request.parsed, request.diagnostics, data.data) : [];
  if (!options.json) {
    for (const d of diagnostics) io.err(formatDiagnosticLine(request.displayPath, d));
    io.err(accountLine(data));
  }
  return { data, diagnostics };
}

export async function runDryRun(options: DryRunOptions, io: CliIo): Promise<ExitCodeValue> {
  const request = await prepareOutgoingRequest(options.file, options.force, io);
  const session = await openSession(options.target, io, { secrets: request.prepared.filledValues });
  try {
    const account = await accountStep(options, request, session, io);
    const localErrors = request.diagnostics.filter(isError).length;
    const summary = (dryRun: DryRunStepOutcome) =>
      preflightSummary({
        local: { errors: localErrors, warnings: request.diagnostics.filter((d) => d.severity === 2).length },
        account: accountOutcome(account.data, account.diagnostics.length),
        dryRun,
        target: session.targetLabel,
      });
    const accountPart = { account: accountJson(account.data, account.diagnostics) };
    if (!options.json)
      io.err(`Dry run of ${request.displayPath} against ${session.targetLabel}, project ${session.projectId}...`);
    try {
      const result = await session.client.createServers(request.prepared.value, { dryRun: true });
      if (options.json) {
        io.out(
          JSON.stringify({
            ok: true,
            dryRun: true,
            status: result.status,
            requestId: result.requestId ?? null,
            ...accountPart,
          }),
        );
      } else {
        io.out(`Dry run passed (HTTP ${result.status}): ECS accepted the request; nothing was created.`);
        io.err(summary({ state: 'passed' }));
      }
      return ExitCode.Ok;
    } catch (error) {
      if (!(error instanceof CloudError)) throw error;
      // A refusal that names a field is put on its line, where the editor marks it.
      const located = locateCloudError(error, request.parsed, request.prepared.value);
      // The error catalog's fix of each refused field; the account snapshot gives the values it needs.
      const snapshot = account.data?.state === 'checked' ? account.data.snapshot : undefined;
      const fixesOf = (problem: (typeof located)[number]) =>
        refusalFixes(problem.problem, request.prepared.value, snapshot);
      if (options.json) {
        io.out(
          JSON.stringify({
            ok: false,
            dryRun: true,
            error: cloudErrorJson(error),
            fields: located.map((problem) => ({
              ...locatedProblemJson(problem),
              fixes: fixesOf(problem).map(fixJson),
            })),
            ...accountPart,
          }),
        );
      } else {
        for (const problem of located) {
          io.err(formatLocatedProblem(request.displayPath, problem));
          for (const fix of fixesOf(problem)) io.err(`  fix: ${fix.title}`);
        }
        io.err(`Dry run failed: ${describeCloudError(error)}`);
        io.err(summary(error instanceof EcsApiError ? { state: 'refused', code: error.code } : { state: 'failed' }));
      }
      return exitCodeForCloudError(error);
    }
  } finally {
    await session.close();
  }
}

/** A fix as `--json` prints it: the field's path, and the value to set or `remove: true`. */
function fixJson(fix: RefusalFixChange): Record<string, unknown> {
  return 'remove' in fix
    ? { title: fix.title, path: fix.path, remove: true }
    : { title: fix.title, path: fix.path, value: fix.value };
}
