/**
 * The cloud client's options for a local ECS emulator, written once for every caller (the CLI's
 * --emulator, the editor's Local emulator profile, tests and benches). The emulator is described by
 * a plain shape, so the cloud core imports nothing of emulator/: what `startEmulator` and the
 * emulator's worker thread report fits it as it is.
 */
import type { EcsClientOptions } from './ecsClient';

/** Where a running emulator listens, and the region, project and access key it serves. */
export interface LocalEmulatorAccess {
  /** The base URL of every service, e.g. `http://127.0.0.1:PORT`. */
  readonly endpoint: string;
  readonly region: string;
  readonly projectId: string;
  readonly ak: string;
  readonly sk: string;
}

/**
 * Options of an EcsClient that talks to `emulator`: its one URL for every service, its key pair and
 * project (no IAM look-up), and direct connections. The emulator runs on this computer; a proxy
 * from HTTPS_PROXY / HTTP_PROXY would not reach it. `extra` adds or replaces options (a logger, a
 * clock, retries, other keys).
 */
export function emulatorClientOptions(
  emulator: LocalEmulatorAccess,
  extra: Partial<EcsClientOptions> = {},
): EcsClientOptions {
  return {
    region: emulator.region,
    projectId: emulator.projectId,
    credentials: { ak: emulator.ak, sk: emulator.sk },
    endpoints: { all: emulator.endpoint },
    proxy: { mode: 'none' },
    ...extra,
  };
}
