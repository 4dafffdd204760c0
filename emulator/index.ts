/**
 * Local ECS emulator: one HTTP server on loopback that answers IAM, ECS, VPC, IMS, EVS, KPS and
 * BSS calls for the seeded world (world.ts), checks AK/SK signatures like the API gateway,
 * runs create jobs over time, and can inject faults. It is the offline default target of the
 * tools and the test bed of the cloud client. It does not use the language service: its body
 * checks are an independent second opinion written from the server's side.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorContext } from './context';
import { FaultInjector, type FaultControl } from './faults';
import { guardConnections } from './http/connection';
import { createRequestListener } from './http/dispatch';
import { PARSER_MAX_HEAD_BYTES } from './http/limits';
import { randomCredentials, randomTemporaryCredentials } from './ids';
import { silentLogger, type EmulatorLogger } from './logger';
import { createRouter } from './routes';
import { EmulatorStore } from './state/store';
import { createSeededWorld, type World } from './world';
import { createLargeWorld } from './worlds/large';

/** The worlds the emulator can start with: `default` (the examples' IDs) or `large` (the same plus a busy account). */
export type WorldName = 'default' | 'large';
export const WORLD_NAMES: readonly WorldName[] = ['default', 'large'];

/** Lifetime of the default temporary key: the emulator's own choice (the facts give none). */
const TEMPORARY_KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface EmulatorOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Listening address; default 127.0.0.1. */
  host?: string;
  /** JSON file to persist jobs, servers, orders and idempotency records in (loaded on start). */
  state?: string;
  /** Job progress multiplier (default 1: a server takes about 4 s; tests use e.g. 200). */
  jobSpeed?: number;
  /** Accepted access key; default: a random pair per start. */
  credentials?: { ak: string; sk: string };
  /**
   * Accepted temporary access key, which needs its X-Security-Token; default: a random one per
   * start, valid for 24 hours from the start (by `clock`).
   */
  temporaryCredentials?: { ak: string; sk: string; securityToken: string; expiresAt?: Date };
  /** Time source for signatures, jobs and tokens; default the system clock. */
  clock?: () => Date;
  logger?: EmulatorLogger;
  /** Which world to seed (default `default`). */
  world?: WorldName;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` — the endpoint for every service. */
  endpoint: string;
  ak: string;
  sk: string;
  /** The temporary key pair: sign with it and send `securityToken` as X-Security-Token. */
  temporary: { ak: string; sk: string; securityToken: string; expiresAt: Date };
  /** Project of the emulated region (cn-north-4). */
  projectId: string;
  region: string;
  faults: FaultControl;
  /** The seeded world; mutable (e.g. `world.quotas.instances = 1`). */
  world: World;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const world = options.world === 'large' ? createLargeWorld() : createSeededWorld();
  const store = new EmulatorStore(options.state);
  store.load();
  const credentials = options.credentials ?? randomCredentials();
  const now = options.clock ?? (() => new Date());
  const temporary = options.temporaryCredentials ?? randomTemporaryCredentials();
  const temporaryCredentials = {
    ...temporary,
    expiresAt: options.temporaryCredentials?.expiresAt ?? new Date(now().getTime() + TEMPORARY_KEY_LIFETIME_MS),
  };
  const faults = new FaultInjector();
  const closing = new AbortController();
  const context: EmulatorContext = {
    world,
    store,
    faults,
    jobSpeed: options.jobSpeed ?? 1,
    now,
    log: options.logger ?? silentLogger,
    credentials,
    temporaryCredentials,
    closing: closing.signal,
  };
  // The listener catches everything itself (a bug becomes a logged 500), so no request can
  // reject into an unhandled rejection and end the process.
  const listener = createRequestListener(createRouter(), context);
  const server = http.createServer(
    // Host is checked by the listener, which answers in the gateway's JSON shape (node's own
    // check would answer a bare 400); the option is missing from the @types/node in use.
    { maxHeaderSize: PARSER_MAX_HEAD_BYTES, requireHostHeader: false } as http.ServerOptions,
    (request, response) => void listener(request, response),
  );
  // A client that half-closes after sending (printf … | nc -N) still gets its answer, even a
  // delayed one (latency fault); by default node aborts the request when the client's FIN comes.
  (server as http.Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  guardConnections(server, context.log);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  context.log.info(`emulator: listening on ${endpoint} for region ${world.region} (access key ${credentials.ak})`);

  return {
    endpoint,
    ak: credentials.ak,
    sk: credentials.sk,
    temporary: { ...temporaryCredentials },
    projectId: world.project.id,
    region: world.region,
    faults,
    world,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing.abort();
        store.save();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export type { EmulatorLogger } from './logger';
export type { FaultControl, FaultSpec, FaultScope, ActiveFault } from './faults';
export type { World } from './world';
export { ACCOUNT_LIST_PERMISSIONS, type AccountListPermission } from './api/common';
