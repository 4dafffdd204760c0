/**
 * `ecs-request submit <file>`: creates the servers (after a confirmation on a terminal) and,
 * with --wait, follows the create job to the end.
 *
 * Never two servers for one intent: the X-Client-Token and the request's fingerprint are printed
 * and written to the submit journal before the first send. Sending the same file, body and target
 * again while that outcome is unknown reuses the token (or give it with --client-token); ECS then
 * answers with the first result instead of creating a second set (responses-and-jobs.md §3).
 */
import * as path from 'node:path';
import type { JobTrackerState } from '../../cloud/jobTracker';
import type { CreateIntent } from '../../cloud/ecsClient';
import { CancelledError, CloudError } from '../../cloud/errors';
import { isClientToken } from '../../cloud/fingerprint';
import {
  describeFoundServer,
  findServersByRequestedName,
  isOutcomeUnknown,
  whyOutcomeUnknown,
} from '../../cloud/lostSubmit';
import type { Server } from '../../cloud/apiTypes';
import { CliError, usageError } from '../cliError';
import { openSession, type CloudSession } from '../cloudSession';
import { cloudErrorJson, describeCloudError, exitCodeForCloudError } from '../cloudErrors';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { exitCodeForPhase, followJob, jobJson, printJobDetails, type RequestedServers } from '../jobWatch';
import { prepareOutgoingRequest, type OutgoingRequest } from '../outgoingRequest';
import { printable } from '../printable';
import { readRequestFacts } from '../../request/requestFacts';
import { formatSummary, summarizeRequest } from '../requestSummary';
import { onInterrupt } from '../signals';
import { journalFile, SubmitJournal, tokenExpiresAt, type JournalEntry } from '../submitJournal';
import type { TargetOptions } from '../target';

export interface SubmitOptions {
  readonly file: string;
  readonly json: boolean;
  readonly force: boolean;
  readonly wait: boolean;
  readonly yes: boolean;
  readonly target: TargetOptions;
  /** Re-send with this X-Client-Token (a retry of a submit whose answer was lost). */
  readonly clientToken?: string;
  /** The command's arguments as given, to print the exact command for a safe retry. */
  readonly args?: readonly string[];
}

/** How long the check for servers by name may take after a lost answer. */
const SERVER_CHECK_MS = 20_000;

async function confirm(session: CloudSession, request: OutgoingRequest, io: CliIo): Promise<boolean> {
  const summary = summarizeRequest(request.prepared.value, session.region, session.projectId);
  io.err(`About to create servers from ${request.displayPath} on ${session.targetLabel}:`);
  for (const line of formatSummary(summary)) io.err(line);
  const answer = await io.ask(`Create ${summary.count} server${summary.count === 1 ? '' : 's'}? [y/N] `);
  return /^y(es)?$/i.test(answer.trim());
}

/** server.name / count / isAutoRename of the request, for server labels before the real names are known. */
function requestedServers(body: unknown): RequestedServers {
  const { name, count, isAutoRename } = readRequestFacts(body);
  return { name, count, isAutoRename };
}

/** POSIX shell quoting, so the printed command can be pasted as it is. */
function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The same command with `--client-token TOKEN` (any earlier one replaced). */
export function retryCommand(args: readonly string[], clientToken: string): string {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--client-token') i++;
    else if (!args[i].startsWith('--client-token=')) kept.push(args[i]);
  }
  return printable(
    ['ecs-request', 'submit', ...[...kept, '--client-token', clientToken].map(shellQuote)].join(' '),
    2000,
  );
}

const time = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

interface TokenChoice {
  readonly clientToken?: string;
  readonly firstSentAt?: string;
}

/** The token to send: --client-token, else one from the journal for the same file, body and target. */
async function chooseToken(
  options: SubmitOptions,
  session: CloudSession,
  request: OutgoingRequest,
  journal: SubmitJournal | undefined,
  io: CliIo,
): Promise<TokenChoice> {
  if (options.clientToken) {
    const known = journal?.byToken(options.clientToken);
    io.err(`Using the X-Client-Token you gave: ${options.clientToken}.`);
    return { clientToken: options.clientToken, firstSentAt: known?.firstSentAt };
  }
  if (!journal) return {};
  const intent = await session.client.describeCreate(request.prepared.value);
  const entry = journal.reusable(path.resolve(options.file), intent.fingerprint);
  if (!entry) return {};
  io.err(
    `Reusing X-Client-Token ${entry.clientToken} from the submit journal (${journal.file}): the same request ` +
      `(same file, body and target) was sent at ${entry.firstSentAt} ` +
      `and its outcome is ${entry.outcome === 'unknown' ? 'unknown' : 'not known yet'}. ` +
      'With the same token ECS creates nothing twice ' +
      `(until ${time(tokenExpiresAt(entry))}, 8 hours after the first send).`,
  );
  return { clientToken: entry.clientToken, firstSentAt: entry.firstSentAt };
}

function journalEntry(
  intent: CreateIntent,
  file: string,
  requested: RequestedServers,
  firstSentAt: string | undefined,
): JournalEntry {
  const now = new Date().toISOString();
  return {
    clientToken: intent.clientToken,
    fingerprint: intent.fingerprint,
    file: path.resolve(file),
    endpoint: intent.endpoint,
    region: intent.region,
    projectId: intent.projectId,
    requestedName: requested.name,
    count: requested.count,
    firstSentAt: firstSentAt ?? now,
    lastSentAt: now,
    outcome: 'sending',
  };
}

/** Writes to the journal; a failure only costs the automatic reuse (the token is printed anyway). */
function journalSafely(io: CliIo, write: () => void): void {
  try {
    write();
  } catch (error) {
    io.err(
      'Warning: could not write the submit journal ' +
        `(${(error as NodeJS.ErrnoException).code ?? (error as Error).name}); ` +
        'keep the X-Client-Token printed here to retry safely.',
    );
  }
}

interface ServerCheck {
  readonly servers?: Server[];
  readonly problem?: string;
}

async function checkServersByName(session: CloudSession, requested: RequestedServers): Promise<ServerCheck> {
  if (!requested.name) return { problem: 'the request has no server name to look for' };
  try {
    return {
      servers: await findServersByRequestedName(session.client, requested.name, AbortSignal.timeout(SERVER_CHECK_MS)),
    };
  } catch (error) {
    return { problem: error instanceof CloudError ? describeCloudError(error) : (error as Error).name };
  }
}

export async function runSubmit(options: SubmitOptions, io: CliIo): Promise<ExitCodeValue> {
  if (options.clientToken !== undefined && !isClientToken(options.clientToken)) {
    throw usageError(
      `--client-token must be a lower-case UUID such as 46436810-d999-454c-bd85-e515fd258600, ` +
        `not "${printable(options.clientToken)}". Use the token printed by the submit you are retrying.`,
    );
  }
  const request = await prepareOutgoingRequest(options.file, options.force, io);
  if (!options.yes && !io.interactive) {
    throw usageError(
      'submit creates (and may bill) servers, and asks for confirmation first, but stdin is not a terminal. ' +
        'Add --yes to confirm from a script.',
    );
  }
  const session = await openSession(options.target, io, { secrets: request.prepared.filledValues });
  const requested = requestedServers(request.prepared.value);
  // The in-process emulator ends with this command: there is nothing to recover later.
  const journal = session.inProcess ? undefined : new SubmitJournal(journalFile(io.env));
  let intent: CreateIntent | undefined;
  try {
    if (!options.yes && !(await confirm(session, request, io))) {
      throw new CliError('Nothing was created (not confirmed).', ExitCode.Interrupted);
    }
    const choice = await chooseToken(options, session, request, journal, io);
    // Ctrl+C or SIGTERM while the request is out: the outcome is unknown, and said so (exit 130).
    const interruption = onInterrupt();
    const result = await session.client
      .createServers(request.prepared.value, {
        clientToken: choice.clientToken,
        signal: interruption.signal,
        beforeSend: (about) => {
          intent = about;
          io.err(`Sending with X-Client-Token ${about.clientToken} (request fingerprint ${about.fingerprint}).`);
          if (journal && !about.dryRun)
            journalSafely(io, () => journal.record(journalEntry(about, options.file, requested, choice.firstSentAt)));
        },
      })
      .finally(() => interruption.dispose());
    if (journal)
      journalSafely(io, () => journal.update(result.clientToken, { outcome: 'accepted', jobId: result.jobId }));
    if (result.dryRun) {
      const note =
        'The file asks for a dry run (dry_run: true): ECS checked the request and created nothing. ' +
        'Remove dry_run to create servers.';
      if (options.json)
        io.out(JSON.stringify({ ok: true, dryRun: true, status: result.status, requestId: result.requestId ?? null }));
      else io.out(note);
      return ExitCode.Ok;
    }
    if (!options.json) {
      io.out(
        `Submitted: job ${result.jobId ?? '(none returned)'}${result.orderId ? `, order ${result.orderId}` : ''}.`,
      );
      if (result.orderId)
        io.out(
          `The yearly/monthly order ${result.orderId} must be paid ` +
            'before the servers are created (unless isAutoPay is true).',
        );
    }
    let state: JobTrackerState | undefined;
    if (options.wait && result.jobId) {
      state = await followJob(session, result.jobId, io, requested);
      if (!options.json && state.job) printJobDetails(state.job, io, requested);
    } else if (!options.json && result.jobId) {
      io.out(`Follow it with: ecs-request job ${result.jobId} --wait`);
    }
    if (options.json) {
      io.out(
        JSON.stringify({
          ok: true,
          dryRun: false,
          status: result.status,
          jobId: result.jobId ?? null,
          orderId: result.orderId ?? null,
          serverIds: result.serverIds ?? [],
          requestId: result.requestId ?? null,
          clientToken: result.clientToken,
          fingerprint: intent?.fingerprint ?? null,
          phase: state?.phase ?? null,
          reason: state?.reason ?? null,
          job: state?.job ? jobJson(state.job, requested) : null,
        }),
      );
    }
    if (state && result.jobId && (state.phase === 'stopped' || state.phase === 'timed-out')) {
      // Exit 4 would say the submit was not carried out; ECS accepted it, and what became of it is unknown.
      io.err(
        [
          `ECS accepted the request (job ${result.jobId}), but the job could not be followed to its end, ` +
            'so the servers MAY exist or be on their way.',
          `X-Client-Token: ${result.clientToken}`,
          `To see what became of it: ecs-request job ${result.jobId} --wait`,
          `To send it again, only with the same token (ECS then answers with this job and creates nothing twice):`,
          `  ${retryCommand(options.args ?? [options.file], result.clientToken)}`,
        ].join('\n'),
      );
      return ExitCode.OutcomeUnknown;
    }
    return state ? exitCodeForPhase(state) : ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof CloudError)) {
      // A bug after the send: the request may have been carried out, which exit 4 would deny.
      if (intent && !intent.dryRun)
        return await reportUnknownOutcome(error, intent, options, session, journal, requested, io);
      throw error;
    }
    if (intent && !intent.dryRun && (isOutcomeUnknown(error) || error instanceof CancelledError))
      return await reportUnknownOutcome(error, intent, options, session, journal, requested, io);
    if (intent && journal) journalSafely(io, () => journal.update(intent!.clientToken, { outcome: 'rejected' }));
    if (options.json) {
      io.out(
        JSON.stringify({
          ok: false,
          dryRun: false,
          clientToken: intent?.clientToken ?? null,
          error: cloudErrorJson(error),
        }),
      );
    }
    io.err(`Submit failed: ${describeCloudError(error)}`);
    return exitCodeForCloudError(error);
  } finally {
    await session.close();
  }
}

/** Every answer was lost after the request may have been carried out: say so, and look for the servers. */
async function reportUnknownOutcome(
  error: unknown,
  intent: CreateIntent,
  options: SubmitOptions,
  session: CloudSession,
  journal: SubmitJournal | undefined,
  requested: RequestedServers,
  io: CliIo,
): Promise<ExitCodeValue> {
  if (journal) journalSafely(io, () => journal.update(intent.clientToken, { outcome: 'unknown' }));
  const command = retryCommand(options.args ?? [options.file], intent.clientToken);
  const firstSent = journal?.byToken(intent.clientToken)?.firstSentAt;
  const until = firstSent ? time(tokenExpiresAt({ firstSentAt: firstSent })) : 'about 8 hours from now';
  const interrupted = error instanceof CancelledError;
  const internal = !(error instanceof CloudError);
  const internalName = error instanceof Error ? error.name : typeof error;
  io.err(
    interrupted
      ? 'Submit interrupted while the request was out (Ctrl+C or SIGTERM).'
      : internal
        ? `Submit ended by an internal error (${internalName}) after the request was sent. ` +
          'Please report it with the command you ran.'
        : `Submit outcome unknown: ${describeCloudError(error)}`,
  );
  const why = interrupted
    ? 'ECS may have received and carried out the request.'
    : internal
      ? 'the request was sent before the error, so ECS may have carried it out.'
      : whyOutcomeUnknown(error);
  io.err(
    [
      `The servers MAY exist: ${why}`,
      `X-Client-Token: ${intent.clientToken}`,
      `To retry safely, send the same file with the same token (ECS then creates nothing twice, until ${until}):`,
      `  ${command}`,
      'Do not submit it with a new token before you know what exists.',
    ].join('\n'),
  );
  // After Ctrl+C the user wants the command to end: no look-up, the printed retry is safe either way.
  const check: ServerCheck = interrupted ? { problem: 'interrupted' } : await checkServersByName(session, requested);
  if (check.servers) {
    const name = printable(requested.name ?? '');
    if (check.servers.length === 0)
      io.err(
        `Checked: no server named "${name}" (or ${name}-NNNN) is listed yet. ` +
          'It can take a moment to appear; the retry above is safe either way.',
      );
    else {
      io.err(
        `Checked: ${check.servers.length} server${check.servers.length === 1 ? '' : 's'} named "${name}" ` +
          `${check.servers.length === 1 ? 'exists' : 'exist'} (they may also be from an earlier submit):`,
      );
      for (const server of check.servers) io.err(`  ${printable(describeFoundServer(server))}`);
    }
  } else if (!interrupted) {
    io.err(
      `Could not check for servers by name (${check.problem}). ` +
        'Look for them in the console before doing anything else.',
    );
  }
  if (options.json) {
    io.out(
      JSON.stringify({
        ok: false,
        dryRun: false,
        outcome: 'unknown',
        clientToken: intent.clientToken,
        fingerprint: intent.fingerprint,
        retryCommand: command,
        tokenValidUntil: firstSent ? until : null,
        error: error instanceof CloudError ? cloudErrorJson(error) : { code: 'internal', message: internalName },
        serversFound: check.servers
          ? check.servers.map((s) => ({ id: s.id, name: s.name, status: s.status ?? null }))
          : null,
        serverCheckProblem: check.problem ?? null,
      }),
    );
  }
  return interrupted ? ExitCode.Interrupted : ExitCode.OutcomeUnknown;
}
