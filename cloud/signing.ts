/**
 * AK/SK request signing, algorithm `SDK-HMAC-SHA256` (see /work/shared/ecs-api/signing.md).
 *
 * Client side: `signRequest` returns the headers to add (Authorization, X-Sdk-Date and, for
 * temporary credentials, X-Security-Token). Every header passed in `request.headers` is signed,
 * plus `host` (taken from the URL when not given); add unsigned headers such as User-Agent after.
 *
 * Server side (the emulator): `parseAuthorization` + `computeSignature` (or `verifySignature`)
 * recompute the signature from what was received.
 *
 * Path handling: each path segment is percent-decoded and then re-encoded with the strict
 * unreserved set, so `/a%20b` and `/a b` sign the same way (as the Go signer does).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Credentials } from './credentials';

export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** The gateway rejects an X-Sdk-Date further than this from its clock. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

const HEADER_SDK_DATE = 'x-sdk-date';
const HEADER_CONTENT_SHA256 = 'x-sdk-content-sha256';
const HEADER_AUTHORIZATION = 'authorization';

export interface SignableRequest {
  method: string;
  /** Absolute URL; the path and query are signed, the host is the default `host` value. */
  url: string | URL;
  headers: Record<string, string>;
  /** The exact bytes that are sent (a string is sent as UTF-8). */
  body?: string | Uint8Array;
}

export interface ParsedAuthorization {
  algorithm: string;
  ak: string;
  signedHeaders: string[];
  signature: string;
}

// ---------------------------------------------------------------------------------------------
// Dates

/** `YYYYMMDDTHHMMSSZ` in UTC. */
export function formatSdkDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Parses `YYYYMMDDTHHMMSSZ`; undefined when the text is not in that exact form or not a real date. */
export function parseSdkDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Reject rolled-over values such as month 13 or hour 25.
  if (formatSdkDate(date) !== text) return undefined;
  return date;
}

// ---------------------------------------------------------------------------------------------
// Encoding helpers

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** Percent-encodes everything except `A-Z a-z 0-9 - _ . ~`, using upper-case hex of UTF-8 bytes. */
export function encodeSigningComponent(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(ch) ? ch : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Percent-decodes; text that is not valid percent-encoding is kept as it is. */
function decodeLeniently(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function toUrl(url: string | URL): URL {
  return typeof url === 'string' ? new URL(url) : url;
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** UTF-8 byte order, which equals code point order (not UTF-16 code unit order). */
function compareUtf8(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Case-insensitive header map (lower-case names; values trimmed as in the canonical form). */
function lowerCaseHeaders(headers: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) map.set(name.toLowerCase(), String(value));
  return map;
}

// ---------------------------------------------------------------------------------------------
// Canonical request

/** Canonical URI: segments decoded, strictly re-encoded, always ending in `/`. */
export function canonicalUri(url: string | URL): string {
  const path = toUrl(url).pathname || '/';
  const encoded = path
    .split('/')
    .map((segment) => encodeSigningComponent(decodeLeniently(segment)))
    .join('/');
  return encoded.endsWith('/') ? encoded : encoded + '/';
}

/** Canonical query: names and values encoded, sorted by name then value; `+` reads as a space. */
export function canonicalQueryString(url: string | URL): string {
  const search = toUrl(url).search.replace(/^\?/, '');
  if (!search) return '';
  const pairs: Array<[string, string]> = [];
  for (const piece of search.split('&')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    const rawName = eq < 0 ? piece : piece.slice(0, eq);
    const rawValue = eq < 0 ? '' : piece.slice(eq + 1);
    pairs.push([decodeLeniently(rawName.replace(/\+/g, ' ')), decodeLeniently(rawValue.replace(/\+/g, ' '))]);
  }
  pairs.sort((a, b) => compareUtf8(a[0], b[0]) || compareUtf8(a[1], b[1]));
  return pairs.map(([name, value]) => `${encodeSigningComponent(name)}=${encodeSigningComponent(value)}`).join('&');
}

/** Value of a signed header as it enters the canonical form (host falls back to the URL host). */
function signedHeaderValue(request: SignableRequest, headers: Map<string, string>, name: string): string {
  const value = headers.get(name);
  if (value !== undefined) return value.trim();
  if (name === 'host') return toUrl(request.url).host;
  return '';
}

function payloadHash(request: SignableRequest, headers: Map<string, string>): string {
  const declared = headers.get(HEADER_CONTENT_SHA256);
  if (declared !== undefined) return declared.trim();
  if (request.body === undefined || request.body.length === 0) return EMPTY_BODY_SHA256;
  return sha256Hex(request.body);
}

function normalizeSignedHeaderNames(names: string[]): string[] {
  return [...new Set(names.map((n) => n.toLowerCase()))].sort(compareUtf8);
}

/**
 * The canonical request for the given signed header names. A signed header that is not in
 * `request.headers` contributes an empty value, except `host`, which falls back to the URL.
 */
export function canonicalRequest(request: SignableRequest, signedHeaderNames: string[]): string {
  const headers = lowerCaseHeaders(request.headers);
  const names = normalizeSignedHeaderNames(signedHeaderNames);
  const canonicalHeaders = names.map((name) => `${name}:${signedHeaderValue(request, headers, name)}\n`).join('');
  return [
    request.method.toUpperCase(),
    canonicalUri(request.url),
    canonicalQueryString(request.url),
    canonicalHeaders,
    names.join(';'),
    payloadHash(request, headers),
  ].join('\n');
}

export function stringToSign(canonical: string, sdkDate: string): string {
  return `${SIGNING_ALGORITHM}\n${sdkDate}\n${sha256Hex(canonical)}`;
}

function hmacHex(sk: string, message: string): string {
  return createHmac('sha256', sk).update(message).digest('hex');
}

/** Lower-case hex signature. `sdkDate` is the X-Sdk-Date value (also used if that header is absent). */
export function computeSignature(
  request: SignableRequest,
  sk: string,
  signedHeaderNames: string[],
  sdkDate: string,
): string {
  const headers = { ...request.headers };
  if (!Object.keys(headers).some((name) => name.toLowerCase() === HEADER_SDK_DATE)) headers[HEADER_SDK_DATE] = sdkDate;
  return hmacHex(sk, stringToSign(canonicalRequest({ ...request, headers }, signedHeaderNames), sdkDate));
}

export function formatAuthorization(ak: string, signedHeaderNames: string[], signature: string): string {
  return (
    `${SIGNING_ALGORITHM} Access=${ak}, ` +
    `SignedHeaders=${normalizeSignedHeaderNames(signedHeaderNames).join(';')}, Signature=${signature}`
  );
}

/** Parses `SDK-HMAC-SHA256 Access=…, SignedHeaders=a;b, Signature=…`; undefined when malformed. */
export function parseAuthorization(header: string): ParsedAuthorization | undefined {
  // The scheme and the blanks after it, then the rest by index: `^\s*(\S+)\s+(.*)$` retried every
  // shorter run of blanks when the rest held a line break (quadratic on a long run of blanks).
  const scheme = /^\s*(\S+)\s+/.exec(header);
  if (!scheme) return undefined;
  const rest = header.slice(scheme[0].length);
  if (/[\n\r\u2028\u2029]/.test(rest)) return undefined;
  const fields = new Map<string, string>();
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return undefined;
    fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const ak = fields.get('Access');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  if (!ak || !signedHeaders || !signature) return undefined;
  return { algorithm: scheme[1], ak, signedHeaders: signedHeaders.split(';').filter(Boolean), signature };
}

/**
 * Signs a request. Returns only the headers to add: Authorization, X-Sdk-Date (unless the
 * request already carries one) and X-Security-Token for temporary credentials.
 */
export function signRequest(
  request: SignableRequest,
  credentials: Credentials,
  now: Date = new Date(),
): Record<string, string> {
  const added: Record<string, string> = {};
  const existing = lowerCaseHeaders(request.headers);
  let sdkDate = existing.get(HEADER_SDK_DATE)?.trim();
  if (!sdkDate) {
    sdkDate = formatSdkDate(now);
    added['X-Sdk-Date'] = sdkDate;
  }
  if (credentials.securityToken) added['X-Security-Token'] = credentials.securityToken;
  const headers = { ...request.headers, ...added };
  const names = [...new Set([...Object.keys(headers).map((n) => n.toLowerCase()), 'host'])].filter(
    (n) => n !== HEADER_AUTHORIZATION,
  );
  const signature = computeSignature({ ...request, headers }, credentials.sk, names, sdkDate);
  added['Authorization'] = formatAuthorization(credentials.ak, names, signature);
  return added;
}

// ---------------------------------------------------------------------------------------------
// Verification (used by the emulator)

export type SignatureCheck = { ok: true; ak: string } | { ok: false; ak?: string; reason: string };

export interface VerifyOptions {
  now?: Date;
  maxClockSkewMs?: number;
  /** Secret key for an access key, or undefined when the AK is unknown. */
  secretFor(ak: string): string | undefined;
}

/** Checks a received request's Authorization header. The reason never contains secrets. */
export function verifySignature(request: SignableRequest, options: VerifyOptions): SignatureCheck {
  const headers = lowerCaseHeaders(request.headers);
  const header = headers.get(HEADER_AUTHORIZATION);
  if (!header) return { ok: false, reason: 'The Authorization header is missing.' };
  const auth = parseAuthorization(header);
  if (!auth)
    return {
      ok: false,
      reason: 'The Authorization header is not in the form "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…".',
    };
  if (auth.algorithm !== SIGNING_ALGORITHM)
    return {
      ok: false,
      ak: auth.ak,
      reason: `Unsupported signing algorithm ${auth.algorithm}; use ${SIGNING_ALGORITHM}.`,
    };
  const sdkDateText = headers.get(HEADER_SDK_DATE)?.trim();
  const sdkDate = sdkDateText ? parseSdkDate(sdkDateText) : undefined;
  if (!sdkDateText || !sdkDate)
    return { ok: false, ak: auth.ak, reason: 'The X-Sdk-Date header is missing or not in the form YYYYMMDDTHHMMSSZ.' };
  if (!auth.signedHeaders.includes(HEADER_SDK_DATE))
    return { ok: false, ak: auth.ak, reason: 'X-Sdk-Date must be among the signed headers.' };
  const now = options.now ?? new Date();
  if (Math.abs(now.getTime() - sdkDate.getTime()) > (options.maxClockSkewMs ?? MAX_CLOCK_SKEW_MS)) {
    return {
      ok: false,
      ak: auth.ak,
      reason:
        'The request time (X-Sdk-Date) is more than 15 minutes away from the server clock; check the local clock.',
    };
  }
  const sk = options.secretFor(auth.ak);
  if (sk === undefined) return { ok: false, ak: auth.ak, reason: 'The access key is not known.' };
  const expected = computeSignature(request, sk, auth.signedHeaders, sdkDateText);
  const a = new TextEncoder().encode(expected);
  const b = new TextEncoder().encode(auth.signature.toLowerCase());
  if (a.length !== b.length || !timingSafeEqual(a, b))
    return { ok: false, ak: auth.ak, reason: 'The signature does not match the request.' };
  return { ok: true, ak: auth.ak };
}
