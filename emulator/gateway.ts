/**
 * The API gateway in front of every service: AK/SK signature check (with cloud/signing, the
 * same code the client signs with, so the emulator tests the wire format rather than re-deriving
 * it), routing misses, and the gateway's own error shape `{"error_code","error_msg","request_id"}`.
 */
import { timingSafeEqual } from 'node:crypto';
import { parseAuthorization, verifySignature } from '../cloud/signing';
import type { EmulatorContext } from './context';
import { GatewayError } from './errors';
import type { EmulatorRequest } from './http/exchange';
import { formatBytes, MAX_BODY_BYTES, MAX_URI_BYTES } from './http/limits';

/** Flattens node's header object into the plain map the signer expects. */
function plainHeaders(request: EmulatorRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function unauthorized(reason: string): GatewayError {
  return new GatewayError(401, 'APIGW.0301', `Incorrect IAM authentication information: ${reason}`);
}

/** The secret key of a known access key (permanent or temporary). */
function secretFor(context: EmulatorContext, ak: string): string | undefined {
  if (ak === context.credentials.ak) return context.credentials.sk;
  if (ak === context.temporaryCredentials.ak) return context.temporaryCredentials.sk;
  return undefined;
}

/**
 * Temporary keys: the gateway needs the security token issued with them (X-Security-Token) and
 * refuses them once they expired ("signature expired", APIGW.0301 as for any credential problem).
 * A permanent key with a token header is let through: the facts do not say it is refused.
 */
function checkSecurityToken(headers: Record<string, string>, ak: string, context: EmulatorContext): void {
  const temporary = context.temporaryCredentials;
  if (ak !== temporary.ak) return;
  const token = headers['x-security-token'];
  if (!token) {
    throw unauthorized('a temporary access key needs its security token in the X-Security-Token header.');
  }
  if (!safeEqual(token, temporary.securityToken)) {
    throw unauthorized('the X-Security-Token does not belong to this temporary access key.');
  }
  if (context.now().getTime() > temporary.expiresAt.getTime()) {
    throw unauthorized(
      'signature expired: the temporary access key and its security token have expired; get new ones.',
    );
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Throws a GatewayError unless the request carries a valid AK/SK signature from a known key. */
export function authenticate(request: EmulatorRequest, context: EmulatorContext): void {
  const headers = plainHeaders(request);
  if (!headers['authorization'] && headers['x-auth-token']) {
    throw unauthorized('token authentication is not supported by the local emulator; sign the request with AK/SK.');
  }
  const host = headers['host'] ?? 'localhost';
  const query = request.rawQuery ? `?${request.rawQuery}` : '';
  const url = `http://${host}${request.path}${query}`;
  const check = verifySignature(
    { method: request.method, url, headers, body: new Uint8Array(request.rawBody) },
    { now: context.now(), secretFor: (ak) => secretFor(context, ak) },
  );
  if (!check.ok) {
    context.log.warn(`gateway: rejected request ${request.requestId} (APIGW.0301): ${check.reason}`);
    throw unauthorized(check.reason);
  }
  const signed = parseAuthorization(headers['authorization'] ?? '')?.signedHeaders ?? [];
  if (!signed.map((name) => name.toLowerCase()).includes('host'))
    throw unauthorized('the host header must be among the signed headers.');
  checkSecurityToken(headers, check.ak, context);
}

export function routeNotFound(method: string, path: string): GatewayError {
  return new GatewayError(
    404,
    'APIGW.0101',
    `No API matches ${method} ${path}; check the endpoint, the path and the project ID in it.`,
  );
}

export function bodyTooLarge(): GatewayError {
  const limit = formatBytes(MAX_BODY_BYTES);
  return new GatewayError(413, 'APIGW.0201', `The request body is larger than ${limit}; send a smaller body.`);
}

/** A request the gateway cannot read: bad target, percent-encoding, Host header (400 APIGW.0201). */
export function malformedRequest(message: string): GatewayError {
  return new GatewayError(400, 'APIGW.0201', message);
}

export function uriTooLong(length: number): GatewayError {
  const limit = formatBytes(MAX_URI_BYTES);
  return new GatewayError(414, 'APIGW.0201', `The request URI is ${length} bytes long; the limit is ${limit}.`);
}

/** The gateway answers oversized headers with 494 (errors.md §3), not the standard 431. */
export function headersTooLarge(detail: string): GatewayError {
  return new GatewayError(494, 'APIGW.0201', `${detail} Send smaller headers.`);
}

export function throttled(retryAfterSeconds: number): GatewayError {
  return new GatewayError(
    429,
    'APIGW.0308',
    'The request was throttled: too many calls per second for this user; retry later.',
    {
      'Retry-After': String(retryAfterSeconds),
    },
  );
}
