/**
 * A ready-to-use cloud client for one command: against the real cloud (options + environment)
 * or against an in-process emulator (--emulator), with the project ID known.
 */
import { EcsClient } from '../cloud/ecsClient';
import { emulatorClientOptions } from '../cloud/emulatorTarget';
import { CloudError } from '../cloud/errors';
import { startEmulator, type RunningEmulator, type WorldName } from '../emulator/index';
import { asCliError } from './cloudErrors';
import type { CliIo } from './io';
import { resolveTarget, type TargetOptions } from './target';

/** Jobs in the in-process emulator run this much faster than real time (a server in ~0.1 s). */
const IN_PROCESS_JOB_SPEED = 40;

export interface CloudSession {
  readonly client: EcsClient;
  readonly region: string;
  readonly projectId: string;
  /** Shown in summaries: "emulator at http://127.0.0.1:PORT" or the region's cloud. */
  readonly targetLabel: string;
  /** First wait between job polls (the tracker's default for the real cloud). */
  readonly jobPollMs?: number;
  /** The --emulator one: it ends with this process, so nothing is left to recover afterwards. */
  readonly inProcess: boolean;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Values filled into the request from placeholders: kept out of every log line and message. */
  readonly secrets?: readonly string[];
  /** --emulator only: which world the in-process emulator seeds (default `default`). */
  readonly world?: WorldName;
}

export async function openSession(
  target: TargetOptions,
  io: CliIo,
  options: SessionOptions = {},
): Promise<CloudSession> {
  const extraSecrets = () => options.secrets ?? [];
  if (target.emulator) {
    const emulator: RunningEmulator = await startEmulator({ jobSpeed: IN_PROCESS_JOB_SPEED, world: options.world });
    const client = new EcsClient(emulatorClientOptions(emulator, { extraSecrets }));
    return {
      client,
      region: emulator.region,
      projectId: emulator.projectId,
      targetLabel: `local emulator (${emulator.endpoint})`,
      jobPollMs: 100,
      inProcess: true,
      close: async () => {
        await client.close();
        await emulator.close();
      },
    };
  }
  const resolved = resolveTarget(target, io.env);
  const client = new EcsClient({
    region: resolved.region,
    credentials: resolved.credentials,
    projectId: resolved.projectId,
    endpoints: {
      ...(resolved.endpointAll ? { all: resolved.endpointAll } : {}),
      ...(resolved.endpoint ? { ecs: resolved.endpoint } : {}),
      ...(resolved.iamEndpoint ? { iam: resolved.iamEndpoint } : {}),
    },
    extraSecrets,
  });
  let projectId = resolved.projectId;
  if (!projectId) {
    try {
      projectId = await client.lookupProjectId(resolved.region);
    } catch (error) {
      await client.close();
      if (error instanceof CloudError) asCliError(error);
      throw error;
    }
  }
  return {
    client,
    region: resolved.region,
    projectId,
    targetLabel:
      resolved.endpoint || resolved.endpointAll
        ? `${resolved.region} via ${resolved.endpoint ?? resolved.endpointAll}`
        : resolved.region,
    inProcess: false,
    close: () => client.close(),
  };
}
