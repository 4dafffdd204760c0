/**
 * `X-Client-Token` handling for the create APIs (responses-and-jobs.md §3): a token must be a
 * lower-case UUID (`Ecs.0123`); the same token with the same body replays the first successful
 * answer without creating anything; with a different body it is refused (`Ecs.0122`); after
 * 8 hours it has expired (`Ecs.0124`). Failed attempts are not remembered, so a corrected
 * request may reuse the token.
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from './context';
import { badRequest } from './errors';
import { headerValue, type EmulatorAnswer, type EmulatorRequest } from './http/exchange';
import { isClientToken } from './ids';

export const CLIENT_TOKEN_LIFETIME_MS = 8 * 60 * 60 * 1000;

/** The X-Client-Token of the request, undefined when absent; throws `Ecs.0123` when malformed. */
export function readClientToken(request: EmulatorRequest): string | undefined {
  const token = headerValue(request, 'x-client-token');
  if (token === undefined || token === '') return undefined;
  if (!isClientToken(token)) {
    throw badRequest(
      'Ecs.0123',
      'X-Client-Token must be a UUID in lower-case 8-4-4-4-12 hex form, for example ' +
        '46436810-d999-454c-bd85-e515fd258600.',
    );
  }
  return token;
}

/** JSON with object keys sorted, so whitespace and key order do not make two bodies differ. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Identifies "the same request": the route plus the body's content. */
export function requestFingerprint(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\n').update(canonicalJson(body)).digest('hex');
}

/** The remembered answer for this token, or undefined when the token is new. */
export function replayFor(context: EmulatorContext, token: string, fingerprint: string): EmulatorAnswer | undefined {
  const record = context.store.idempotency.get(token);
  if (!record) return undefined;
  if (context.now().getTime() - record.createdAt > CLIENT_TOKEN_LIFETIME_MS) {
    throw badRequest(
      'Ecs.0124',
      'This X-Client-Token was first used more than 8 hours ago and has expired; generate a new token for a ' +
        'new request.',
    );
  }
  if (record.fingerprint !== fingerprint) {
    throw badRequest(
      'Ecs.0122',
      'This X-Client-Token was already used for a different request; use a new token when the request body changes.',
    );
  }
  context.log.info(`idempotency: replaying the first answer for a repeated X-Client-Token`);
  return { status: record.status, body: record.body, committed: true };
}

export function remember(context: EmulatorContext, token: string, fingerprint: string, answer: EmulatorAnswer): void {
  context.store.idempotency.set(token, {
    token,
    fingerprint,
    status: answer.status,
    body: answer.body,
    createdAt: context.now().getTime(),
  });
}
