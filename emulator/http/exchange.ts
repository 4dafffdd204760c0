/** The request/answer types every handler works with, independent of node:http. */
import type { IncomingHttpHeaders } from 'node:http';
import { EcsApiError, invalidParameter } from '../errors';
import { readJson } from './json';

export interface EmulatorRequest {
  method: string;
  /** Raw path without the query (as received, still percent-encoded). */
  path: string;
  query: URLSearchParams;
  /** The query string exactly as received (without `?`); signatures are checked against it. */
  rawQuery: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  /** Values of `{placeholders}` in the matched route pattern. */
  params: Record<string, string>;
  requestId: string;
  receivedAt: Date;
}

export interface EmulatorAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** True when the request changed state (a create went through); commit-time faults apply then. */
  committed?: boolean;
}

export function ok(body: unknown, status = 200): EmulatorAnswer {
  return { status, body };
}

/** Single value of a header (the first one when repeated). */
export function headerValue(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** True when the body has no bytes other than JSON whitespace. */
export function isBlankBody(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  return true;
}

/**
 * The body parsed as JSON: empty → `Common.0002`; not UTF-8, nested too deep or not JSON →
 * `Ecs.0005` with a message naming which.
 */
export function jsonBody(request: EmulatorRequest): unknown {
  if (isBlankBody(request.rawBody)) {
    throw new EcsApiError(400, 'Common.0002', 'The request body is empty; send a JSON object.');
  }
  const reading = readJson(request.rawBody);
  if (!reading.ok) throw invalidParameter(reading.message);
  return reading.value;
}

/** A non-negative integer query parameter, or the fallback. */
export function intQuery(request: EmulatorRequest, name: string, fallback: number): number {
  const raw = request.query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw invalidParameter(`Query parameter ${name} must be a whole number of 0 or more.`);
  return value;
}
