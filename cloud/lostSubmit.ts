/**
 * After a create call whose answer was lost: was the outcome unknown, and which servers with the
 * requested names exist now? Shared by the CLI and the extension.
 */
import type { Server } from './apiTypes';
import type { EcsClient } from './ecsClient';
import { EcsApiError, NetworkError, TimeoutError } from './errors';

/**
 * True when the request may have been carried out although no answer said so: any 5xx (the
 * service may have committed before failing; the facts do not promise that a 503 flow-control
 * answer did nothing), a connection lost after sending, or a timeout (errors.md §4: retry these
 * with the same X-Client-Token). 4xx answers (429 included) and Common.0024 (HTTP 202) say the
 * request was not carried out.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (error instanceof EcsApiError) return error.httpStatus >= 500;
  if (error instanceof NetworkError) return error.requestMayHaveBeenSent;
  return error instanceof TimeoutError;
}

/** `web` matches `web` and the numbered names of a batch (`web-0001`; auto-rename adds other suffixes). */
export function hasRequestedName(serverName: string, requestedName: string): boolean {
  if (serverName === requestedName) return true;
  if (!serverName.startsWith(`${requestedName}-`)) return false;
  return /^[0-9]+$/.test(serverName.slice(requestedName.length + 1));
}

/** Servers whose name is the requested one (the list filter is a substring match; this narrows it). */
export async function findServersByRequestedName(
  client: EcsClient,
  requestedName: string,
  signal?: AbortSignal,
): Promise<Server[]> {
  const servers = await client.listServers({ name: requestedName, limit: 1000, signal });
  return servers.filter((server) => typeof server.name === 'string' && hasRequestedName(server.name, requestedName));
}

/** One line per server: "name (id) STATUS, created TIME". */
export function describeFoundServer(server: Server): string {
  const created = typeof server.created === 'string' ? `, created ${server.created}` : '';
  return `${server.name} (${server.id}) ${server.status ?? ''}${created}`.replace(/ ,/, ',');
}

/** Why the outcome is unknown, in one sentence. */
export function whyOutcomeUnknown(error: unknown): string {
  if (error instanceof EcsApiError) {
    return (
      `ECS answered HTTP ${error.httpStatus} (${error.code}) to the last attempt, and an error from the server side ` +
      'does not prove that nothing was created.'
    );
  }
  return 'the answer was lost after the request had been sent, so ECS may have carried it out.';
}
