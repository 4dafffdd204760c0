/** Builds an EcsClient aimed at a loopback server, with instant, recorded backoff waits. */
import { EcsClient, type EcsClientOptions } from '../../../cloud/ecsClient';
import type { Credentials } from '../../../cloud/credentials';
import { SEEDED } from '../../support/requestBuilder';
import type { LoopbackServer } from './loopbackServer';

/** The project the tests' clients work in: the emulator's seeded one, so either server can answer. */
export const TEST_PROJECT = SEEDED.projectId;
export const TEST_CREDENTIALS: Credentials = {
  ak: 'HWTESTAK0000EXAMPLE1',
  sk: 'HWTESTSK0000000000000000000000000EXAMPLE1',
};

export interface TestClient {
  client: EcsClient;
  /** Every backoff wait the retry loop asked for, in ms. */
  sleeps: number[];
}

export function testClient(server: LoopbackServer | string, options: Partial<EcsClientOptions> = {}): TestClient {
  const sleeps: number[] = [];
  const client = new EcsClient({
    region: 'cn-north-4',
    projectId: TEST_PROJECT,
    credentials: TEST_CREDENTIALS,
    endpoints: { all: typeof server === 'string' ? server : server.origin },
    proxy: { mode: 'none' },
    timeoutMs: 5_000,
    retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 10, deadlineMs: 60_000 },
    ...options,
    retryEnvironment: {
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...options.retryEnvironment,
    },
  });
  return { client, sleeps };
}
