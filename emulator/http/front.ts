/**
 * The request head as the gateway reads it before anything else: the request target (path and
 * query, RFC 9112 §3.2), the Host header and the header sizes. Each problem is a 4xx
 * GatewayError that names it. No URL parser runs on the raw target: it would read `//x` as a
 * host name and throw on input a client controls.
 */
import type { IncomingMessage } from 'node:http';
import { headersTooLarge, malformedRequest, uriTooLong } from '../gateway';
import { formatBytes, MAX_ALL_HEADERS_BYTES, MAX_HEADER_BYTES, MAX_URI_BYTES } from './limits';

export interface RequestTarget {
  /** The path as received, still percent-encoded. */
  path: string;
  /** The query exactly as received, without `?` ('' when absent). */
  rawQuery: string;
  query: URLSearchParams;
}

const HEX = /^[0-9A-Fa-f]{2}$/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Position of the first `%` not followed by two hex digits, or -1. */
function badPercentAt(text: string): number {
  for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
    if (!HEX.test(text.slice(i + 1, i + 3))) return i;
  }
  return -1;
}

/** True when the percent-encoded bytes of `text` decode to valid UTF-8. */
function decodesToUtf8(text: string): boolean {
  if (!text.includes('%')) return true;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  try {
    strictUtf8.decode(new Uint8Array(bytes));
    return true;
  } catch {
    return false;
  }
}

function checkPercentEncoding(part: 'path' | 'query', text: string): void {
  const at = badPercentAt(text);
  if (at >= 0) {
    const problem = `The request ${part} has a "%" at position ${at} that is not followed by two hex digits`;
    throw malformedRequest(`${problem}; encode a literal % as %25.`);
  }
  if (!decodesToUtf8(text)) {
    const advice = 'encode text as UTF-8 before percent-encoding it';
    throw malformedRequest(`The request ${part} percent-decodes to bytes that are not UTF-8; ${advice}.`);
  }
}

/** `host[:port]` as in a Host header or an absolute-form target; undefined when valid, else why not. */
export function describeInvalidAuthority(authority: string): string | undefined {
  let host = authority;
  let port: string | undefined;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) return 'an IPv6 address is opened with "[" but not closed with "]"';
    if (!/^\[[0-9A-Fa-f:.]+\]$/.test(authority.slice(0, close + 1))) {
      return 'the bracketed IPv6 address has characters other than hex digits, ":" and "."';
    }
    host = authority.slice(0, close + 1);
    const rest = authority.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) return 'only ":port" may follow "]"';
    port = rest === '' ? undefined : rest.slice(1);
  } else {
    const colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      host = authority.slice(0, colon);
      port = authority.slice(colon + 1);
    }
    // reg-name or IPv4 (RFC 3986 §3.2.2): unreserved, sub-delims and percent-encoded octets.
    if (host === '') return 'the host name is empty';
    if (!/^[A-Za-z0-9\-._~!$&'()*+,;=%]+$/.test(host)) return 'the host name has characters a host name cannot have';
  }
  if (port !== undefined && port !== '') {
    if (!/^[0-9]{1,5}$/.test(port) || Number(port) > 65535) {
      return `the port "${port.slice(0, 20)}" is not a number from 0 to 65535`;
    }
  }
  return undefined;
}

/** Splits and checks the raw request target; accepts origin form (`/path?query`) and absolute form. */
export function parseRequestTarget(rawTarget: string): RequestTarget {
  if (rawTarget.length > MAX_URI_BYTES) throw uriTooLong(rawTarget.length);
  let target = rawTarget;
  const scheme = /^https?:\/\//i.exec(target);
  if (scheme) {
    // Absolute form (RFC 9112 §3.2.2), as a client talking to a proxy sends it: keep path and query.
    const rest = target.slice(scheme[0].length);
    const end = rest.search(/[/?]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const problem = describeInvalidAuthority(authority);
    if (problem) {
      const advice = 'Send the path only, e.g. GET /v3/projects.';
      throw malformedRequest(`The request target names a host, but ${problem}. ${advice}`);
    }
    target = end < 0 ? '/' : rest[end] === '?' ? `/${rest.slice(end)}` : rest.slice(end);
  }
  if (!target.startsWith('/')) {
    throw malformedRequest('The request target must be a path that starts with "/", e.g. /v3/projects.');
  }
  if (target.includes('#')) {
    throw malformedRequest('The request target contains "#", which a client never sends; encode a literal # as %23.');
  }
  const queryIndex = target.indexOf('?');
  const path = queryIndex < 0 ? target : target.slice(0, queryIndex);
  const rawQuery = queryIndex < 0 ? '' : target.slice(queryIndex + 1);
  checkPercentEncoding('path', path);
  checkPercentEncoding('query', rawQuery);
  return { path, rawQuery, query: new URLSearchParams(rawQuery) };
}

/**
 * Header sizes (the gateway's 494) and the Host header: an HTTP/1.1 request needs exactly one,
 * with a valid `host[:port]` (RFC 9112 §3.2). HTTP/1.0 may omit it.
 */
export function checkRequestHead(message: IncomingMessage): void {
  const raw = message.rawHeaders;
  let total = 0;
  const hosts: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const size = raw[i].length + 2 + raw[i + 1].length + 2;
    if (size > MAX_HEADER_BYTES) {
      throw headersTooLarge(`The ${raw[i].slice(0, 64)} header is larger than ${formatBytes(MAX_HEADER_BYTES)}.`);
    }
    total += size;
    if (raw[i].toLowerCase() === 'host') hosts.push(raw[i + 1]);
  }
  if (total > MAX_ALL_HEADERS_BYTES) {
    throw headersTooLarge(`The headers together are larger than ${formatBytes(MAX_ALL_HEADERS_BYTES)}.`);
  }
  // node stops parsing at an Upgrade request's head (the rest would belong to the new
  // protocol), so its body never arrives. The emulator upgrades nothing: refuse it outright.
  const { headers } = message;
  const upgrading = headers.upgrade !== undefined && /(^|[\s,])upgrade($|[\s,])/i.test(headers.connection ?? '');
  const hasBody = headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
  if (upgrading && hasBody) {
    throw malformedRequest('The emulator switches no protocols and cannot read an Upgrade request body; drop it.');
  }
  const http11 = message.httpVersionMajor > 1 || (message.httpVersionMajor === 1 && message.httpVersionMinor >= 1);
  if (hosts.length > 1) throw malformedRequest(`The request has ${hosts.length} Host headers; send exactly one.`);
  if (hosts.length === 0) {
    if (http11) throw malformedRequest('The request has no Host header; an HTTP/1.1 request must send one.');
    return;
  }
  const problem = describeInvalidAuthority(hosts[0].trim());
  if (problem) throw malformedRequest(`The Host header is not valid: ${problem}.`);
}
