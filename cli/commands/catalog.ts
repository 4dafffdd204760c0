/**
 * `ecs-request catalog`: fetch the account snapshot (every list the editor uses: flavors, images,
 * subnets, quotas, …) and print how many of each there are, and which lists are unknown and why.
 * `--save FILE` writes the whole snapshot as JSON (plain data, no secrets).
 */
import * as fs from 'node:fs';
import { fetchAccountSnapshot } from '../../cloud/catalog';
import { CloudError } from '../../cloud/errors';
import { WORLD_NAMES, type WorldName } from '../../emulator/index';
import { summarizeSnapshot, type AccountSnapshot, type SnapshotSummaryLine } from '../../request/accountSnapshot';
import { LOCAL_EMULATOR_PROFILE_NAME } from '../../request/localEmulator';
import { CliError, usageError } from '../cliError';
import { openSession } from '../cloudSession';
import { cloudErrorJson, describeCloudError, exitCodeForCloudError } from '../cloudErrors';
import { ExitCode, type ExitCodeValue } from '../exitCodes';
import type { CliIo } from '../io';
import { printable } from '../printable';
import { onInterrupt } from '../signals';
import type { TargetOptions } from '../target';

export interface CatalogCommandOptions {
  readonly json: boolean;
  readonly world?: string;
  readonly save?: string;
  readonly target: TargetOptions;
}

/** The profile name a CLI snapshot carries: the CLI has no profiles, only the emulator or the environment. */
export const CLI_PROFILE = { emulator: LOCAL_EMULATOR_PROFILE_NAME, environment: 'environment' } as const;

function checkWorld(options: CatalogCommandOptions): WorldName | undefined {
  if (options.world === undefined) return undefined;
  if (!options.target.emulator)
    throw usageError("--world works only with --emulator (it picks the emulator's seeded account).");
  if (!(WORLD_NAMES as readonly string[]).includes(options.world)) {
    throw usageError(`--world must be ${WORLD_NAMES.join(' or ')}, not "${printable(options.world)}".`);
  }
  return options.world as WorldName;
}

function summaryText(snapshot: AccountSnapshot, lines: SnapshotSummaryLine[], targetLabel: string): string {
  const width = Math.max(...lines.map((l) => l.label.length));
  const rows = lines.map((line) => {
    const label = line.label.padEnd(width);
    if (line.state === 'unknown') return `  ${label}  unknown: ${line.reason}`;
    const skipped = line.skipped ? ` (${line.skipped} unreadable left out)` : '';
    return `  ${label}  ${String(line.count).padStart(6)}${skipped}`;
  });
  const unknown = lines.filter((l) => l.state === 'unknown').length;
  return [
    `Account data of ${targetLabel}: region ${snapshot.region}, project ${snapshot.projectId}`,
    `fetched ${snapshot.fetchedAt} in ${snapshot.durationMs} ms`,
    ...rows,
    unknown
      ? `${unknown} of ${lines.length} lists are unknown: checks that need them are skipped, not failed.`
      : `All ${lines.length} lists are known.`,
  ].join('\n');
}

export async function runCatalog(options: CatalogCommandOptions, io: CliIo): Promise<ExitCodeValue> {
  const world = checkWorld(options);
  const session = await openSession(options.target, io, { world });
  const interruption = onInterrupt();
  try {
    const profile = options.target.emulator ? CLI_PROFILE.emulator : CLI_PROFILE.environment;
    const snapshot = await fetchAccountSnapshot({ profile, client: session.client }, { signal: interruption.signal });
    const lines = summarizeSnapshot(snapshot);
    if (options.save) {
      try {
        fs.writeFileSync(options.save, `${JSON.stringify(snapshot, null, 1)}\n`);
      } catch (error) {
        throw new CliError(
          `Could not write ${printable(options.save)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
          ExitCode.Config,
        );
      }
    }
    const { profile: p, region, projectId, fetchedAt, durationMs, schemaVersion } = snapshot;
    if (options.json)
      io.out(JSON.stringify({ profile: p, region, projectId, fetchedAt, durationMs, schemaVersion, kinds: lines }));
    else io.out(summaryText(snapshot, lines, session.targetLabel));
    if (options.save) io.err(`Snapshot written to ${printable(options.save)}.`);
    // Nothing could be read at all: that is a failure of the target, not of one permission.
    return lines.every((l) => l.state === 'unknown') ? ExitCode.Network : ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    if (options.json) io.out(JSON.stringify({ error: cloudErrorJson(error) }));
    io.err(
      error.kind === 'cancelled'
        ? 'Stopped: the account data was not fetched.'
        : `Could not fetch the account data: ${describeCloudError(error)}`,
    );
    return exitCodeForCloudError(error);
  } finally {
    interruption.dispose();
    await session.close();
  }
}
