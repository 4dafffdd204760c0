/**
 * The two judges of the consistency suite, run the way a user meets them:
 * - the editor: the built CLI (`node dist/cli.js lint --format json`) as a real process, many files
 *   per invocation; refused = at least one error-severity diagnostic;
 * - the emulator: a fresh emulator per body (so servers, IPs and quotas of one body cannot affect
 *   the next), talked to over HTTP with the cloud client (signed requests): dry-run first, then a
 *   real create, then the job followed to its end; refused = a dry-run error, a create error or a
 *   failed job.
 * The emulator's clock is a fake one that starts at the real time, so the job runs without
 * waiting: the tracker's waits move the clock forward.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { EcsClient } from '../../cloud/ecsClient';
import { emulatorClientOptions } from '../../cloud/emulatorTarget';
import { EcsApiError } from '../../cloud/errors';
import { JobTracker } from '../../cloud/jobTracker';
import { prepareRequest } from '../../cloud/prepare';
import { startEmulator } from '../../emulator';
import { runCli } from '../cli/runCli';
import type { CorpusEntry } from './corpus';
import type { Verdict } from './variants';

export interface LintVerdict {
  readonly verdict: Verdict;
  /** Codes of the error-severity diagnostics. */
  readonly codes: string[];
}

export type EmulatorStage = 'dry-run' | 'create' | 'job';

export interface EmulatorVerdict {
  readonly verdict: Verdict;
  /** Where the emulator refused. */
  readonly stage?: EmulatorStage;
  /** The error code, then the codes of its details. */
  readonly codes: string[];
  readonly message?: string;
}

const FILES_PER_LINT_RUN = 150;

/** The part of `lint --format json` output read here. */
interface LintReport {
  files: Array<{ file: string; diagnostics: Array<{ severity: string; code: string | null }> }>;
}

/** Lints every entry with the built CLI; the result is keyed by entry ID. */
export async function lintAll(entries: readonly CorpusEntry[]): Promise<Map<string, LintVerdict>> {
  const directory = mkdtempSync(path.join(tmpdir(), 'ecs-consistency-'));
  try {
    const fileOf = new Map<string, string>();
    entries.forEach((entry, i) => {
      const file = path.join(directory, `body-${String(i).padStart(4, '0')}.ecs.${entry.format}`);
      writeFileSync(file, entry.text);
      fileOf.set(file, entry.id);
    });
    const files = [...fileOf.keys()];
    const verdicts = new Map<string, LintVerdict>();
    for (let start = 0; start < files.length; start += FILES_PER_LINT_RUN) {
      const run = await runCli(['lint', '--format', 'json', ...files.slice(start, start + FILES_PER_LINT_RUN)]);
      if (run.code !== 0 && run.code !== 1) throw new Error(`ecs-request lint exited with ${run.code}: ${run.stderr}`);
      const report = JSON.parse(run.stdout) as LintReport;
      for (const { file, diagnostics } of report.files) {
        const codes = diagnostics.filter((d) => d.severity === 'error').map((d) => String(d.code));
        verdicts.set(fileOf.get(file)!, { verdict: codes.length > 0 ? 'refuse' : 'accept', codes });
      }
    }
    return verdicts;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The value `${secret:…}` / `${env:…}` placeholders get (a password every check accepts). */
const PLACEHOLDER_VALUE = 'Quiet-Lake-42';
const CREDENTIALS = { ak: 'CONSISTENCYAK0000001', sk: 'CONSISTENCYSK000000000000000000000000001' };
/** Account limits far above what any body of the corpus asks for: quotas are not what is judged. */
const GENEROUS_QUOTAS = { instances: 100_000, cores: 1_000_000, ramGb: 1_000_000 };

function refusal(stage: EmulatorStage, error: unknown): EmulatorVerdict {
  if (!(error instanceof EcsApiError)) throw error;
  const codes = [error.code, ...error.details.map((d) => d.code).filter((c): c is string => typeof c === 'string')];
  return { verdict: 'refuse', stage, codes: [...new Set(codes)], message: error.serviceMessage };
}

/** Sends one body through a fresh emulator: dry-run, create, job. */
export async function judgeWithEmulator(entry: CorpusEntry): Promise<EmulatorVerdict> {
  const clock = { now: Date.now() };
  const at = () => new Date(clock.now);
  const advance = async (ms: number) => void (clock.now += ms);
  const emulator = await startEmulator({ clock: at, credentials: CREDENTIALS, jobSpeed: 1 });
  Object.assign(emulator.world.quotas, GENEROUS_QUOTAS);
  const client = new EcsClient(
    emulatorClientOptions(emulator, {
      now: at,
      retry: { maxAttempts: 1 },
      retryEnvironment: { sleep: advance, random: () => 0.5, now: () => clock.now },
    }),
  );
  try {
    const prepared = await prepareRequest(entry.text, entry.format, {
      env: new Proxy({}, { get: () => PLACEHOLDER_VALUE }),
      secrets: { get: async () => PLACEHOLDER_VALUE },
    });
    const body = prepared.value;
    // A body whose own dry_run is not a boolean is sent as written: that value is what is judged.
    const ownDryRunIsJudged = body.dry_run !== undefined && typeof body.dry_run !== 'boolean';
    try {
      await client.createServers(body, ownDryRunIsJudged ? {} : { dryRun: true });
    } catch (error) {
      return refusal('dry-run', error);
    }
    let created;
    try {
      created = await client.createServers(body, { dryRun: false });
    } catch (error) {
      return refusal('create', error);
    }
    if (!created.jobId) throw new Error(`${entry.id}: the create answer has no job_id`);
    const track = () =>
      new JobTracker(created.jobId!, {
        fetchJob: (id, signal) => client.getJob(id, { signal }),
        now: () => clock.now,
        sleep: advance,
        initialDelayMs: 1_000,
        maxDelayMs: 10_000,
      }).track();
    let final = await track();
    if (final.phase === 'pending-payment' && created.orderId) {
      await client.payOrder(created.orderId);
      final = await track();
    }
    if (final.phase === 'success') return { verdict: 'accept', codes: [] };
    if (final.phase === 'failed') {
      const codes = final.errorCode ? [final.errorCode] : [];
      return { verdict: 'refuse', stage: 'job', codes, message: final.reason };
    }
    throw new Error(`${entry.id}: the job ended as ${final.phase}: ${final.reason ?? ''}`);
  } finally {
    await client.close();
    await emulator.close();
  }
}

/** Judges every entry with the emulator, a few at a time; keyed by entry ID. */
export async function judgeAllWithEmulator(
  entries: readonly CorpusEntry[],
  parallel = 4,
): Promise<Map<string, EmulatorVerdict>> {
  const verdicts = new Map<string, EmulatorVerdict>();
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      verdicts.set(entry.id, await judgeWithEmulator(entry));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return verdicts;
}
