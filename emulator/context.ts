/** Everything a handler may use: the seeded world, the stored state, faults, clock and logger. */
import type { FaultInjector } from './faults';
import type { EmulatorLogger } from './logger';
import type { EmulatorStore } from './state/store';
import type { World } from './world';

export interface EmulatorContext {
  world: World;
  store: EmulatorStore;
  faults: FaultInjector;
  /** Multiplier for job progress (2 = twice as fast). */
  jobSpeed: number;
  now(): Date;
  log: EmulatorLogger;
  credentials: { ak: string; sk: string };
  /** A temporary (STS-style) key: every request signed with it must carry its security token. */
  temporaryCredentials: TemporaryCredentials;
  /** Aborted when close() starts: a delayed request (latency fault) then ends without doing its work. */
  closing?: AbortSignal;
}

export interface TemporaryCredentials {
  ak: string;
  sk: string;
  securityToken: string;
  /** After this instant the gateway refuses the key ("signature expired"). */
  expiresAt: Date;
}
