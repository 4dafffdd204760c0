/**
 * Helpers for tests and scripts that talk to a running emulator without the full cloud client:
 * a signed raw request (undici + cloud/signing) and the control endpoints.
 */
import { request as undiciRequest } from 'undici';
import { signRequest } from '../../cloud/signing';
import type { FaultSpec } from '../../emulator/faults';
import type { RunningEmulator } from '../../emulator/index';
import { SEEDED, validBody } from './requestBuilder';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: any;
}

export interface SignedRequestOptions {
  /** A JSON value (serialised here) or the exact text to send. */
  body?: unknown;
  /** Extra headers, signed along with the rest. */
  headers?: Record<string, string>;
  /** Sign with other credentials (e.g. a wrong SK, or the temporary key with its security token). */
  credentials?: { ak: string; sk: string; securityToken?: string };
  /** Signing time (e.g. a skewed clock). */
  now?: Date;
  /** Skip signing entirely. */
  unsigned?: boolean;
  /** Replace headers after signing (e.g. a garbled Authorization). */
  override?: Record<string, string>;
  /** Send this text instead of the body that was signed (tampering). */
  sendInstead?: string;
}

async function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<RawResponse> {
  const response = await undiciRequest(url, { method: method as 'GET', headers, body });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, text, json };
}

/** Sends a request signed the way the cloud client signs (content-type, host, x-project-id, x-sdk-date). */
export async function signedRequest(
  emulator: RunningEmulator,
  method: string,
  pathAndQuery: string,
  options: SignedRequestOptions = {},
): Promise<RawResponse> {
  const url = new URL(pathAndQuery, emulator.endpoint);
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Project-Id': emulator.projectId,
    ...options.headers,
  };
  if (!options.unsigned) {
    const credentials = options.credentials ?? { ak: emulator.ak, sk: emulator.sk };
    Object.assign(headers, signRequest({ method, url, headers, body }, credentials, options.now ?? new Date()));
  }
  Object.assign(headers, options.override);
  return send(url, method, headers, options.sendInstead ?? body);
}

/** Calls a control endpoint (`/_emulator/...`), which needs no signature. */
export async function control(
  emulator: RunningEmulator,
  method: string,
  path: string,
  body?: unknown,
): Promise<RawResponse> {
  return send(
    new URL(path, emulator.endpoint),
    method,
    { 'Content-Type': 'application/json' },
    body === undefined ? undefined : JSON.stringify(body),
  );
}

export function injectFaultOverHttp(emulator: RunningEmulator, fault: FaultSpec | FaultSpec[]): Promise<RawResponse> {
  return control(emulator, 'POST', '/_emulator/faults', fault);
}

/** A create body that the emulator accepts (in a zone of the seeded world); `server` fields override. */
export function validCreateBody(
  server: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
): { server: Record<string, unknown> } & Record<string, unknown> {
  return validBody({ availability_zone: SEEDED.availabilityZone, ...server }, top);
}

export const createPath = (projectId: string = SEEDED.projectId) => `/v1.1/${projectId}/cloudservers`;
export const jobPath = (jobId: string, projectId: string = SEEDED.projectId) => `/v1/${projectId}/jobs/${jobId}`;

/**
 * Calls a control endpoint of the emulator at `endpoint` (in this process or a child one) and gives
 * its JSON answer, or undefined when the answer is empty.
 */
export async function controlJson(endpoint: string, method: string, route: string, body?: unknown): Promise<any> {
  const response = await fetch(`${endpoint}/_emulator/${route}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  });
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** How many servers the emulator holds named `name` or `name-NNNN` (what count and isAutoRename give). */
export async function serversNamed(endpoint: string, name: string): Promise<number> {
  const state = await controlJson(endpoint, 'GET', 'state');
  return state.servers.filter((s: { name: string }) => s.name === name || s.name.startsWith(`${name}-`)).length;
}
