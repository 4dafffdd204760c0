import { CancelledError, NetworkError, TimeoutError } from '../../cloud/errors';
import type { FetchOutcome } from './accountRefresher';

/**
 * Why a fetch failed, in the refresher's terms: cancelled (dropped quietly), offline (the network
 * or a timeout: the service was not reached), or refused (an answer said no: keys, permission, …).
 * The reason is the cloud core's message, which says what to do and holds no secret.
 */
export function fetchFailure(error: unknown): Extract<FetchOutcome, { ok: false }> {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof CancelledError) return { ok: false, cancelled: true, offline: false, reason };
  const offline = error instanceof NetworkError || error instanceof TimeoutError;
  return { ok: false, cancelled: false, offline, reason };
}
