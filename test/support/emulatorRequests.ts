/**
 * Helpers for tests and scripts that talk to a running emulator without the full cloud client:
 * a signed raw request (undici + cloud/signing) and the control endpoints.
 */
import { request as undiciRequest } from 'undici';
import { signRequest } from '../../cloud/signing';
import type { FaultSpec } from '../../emulator/faults';
import type { RunningEmulator } from '../../emulator/index';

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

/** Seeded IDs (world.md) for building request bodies in tests. */
export const SEEDED = {
  projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
  ubuntuImage: '1a2b3c4d-0000-4000-8000-000000000001',
  windowsImage: '1a2b3c4d-0000-4000-8000-000000000002',
  centosImage: '1a2b3c4d-0000-4000-8000-000000000003',
  vpc: '2b3c4d5e-0000-4000-8000-000000000001',
  otherVpc: '2b3c4d5e-0000-4000-8000-000000000002',
  subnetApp: '3c4d5e6f-0000-4000-8000-000000000001',
  subnetDb: '3c4d5e6f-0000-4000-8000-000000000002',
  subnetLab: '3c4d5e6f-0000-4000-8000-000000000003',
  securityGroupDefault: '4d5e6f70-0000-4000-8000-000000000001',
  securityGroupWeb: '4d5e6f70-0000-4000-8000-000000000002',
  keyPair: 'demo-keypair',
  serverGroup: '5e6f7081-0000-4000-8000-000000000001',
  portAppFree: '6f708192-0000-4000-8000-000000000001',
  portDbFree: '6f708192-0000-4000-8000-000000000002',
  portAppInUse: '6f708192-0000-4000-8000-000000000003',
  enterpriseProject: '7a8b9c0d-0000-4000-8000-000000000001',
  disabledEnterpriseProject: '7a8b9c0d-0000-4000-8000-000000000002',
} as const;

/** A minimal create body that the emulator accepts; `server` fields can be overridden. */
export function validCreateBody(
  server: Record<string, unknown> = {},
  top: Record<string, unknown> = {},
): { server: Record<string, unknown> } & Record<string, unknown> {
  return {
    ...top,
    server: {
      name: 'ecs-test',
      imageRef: SEEDED.ubuntuImage,
      flavorRef: 's6.small.1',
      vpcid: SEEDED.vpc,
      nics: [{ subnet_id: SEEDED.subnetApp }],
      root_volume: { volumetype: 'SSD' },
      availability_zone: 'cn-north-4a',
      ...server,
    },
  };
}

export const createPath = (projectId: string = SEEDED.projectId) => `/v1.1/${projectId}/cloudservers`;
export const jobPath = (jobId: string, projectId: string = SEEDED.projectId) => `/v1/${projectId}/jobs/${jobId}`;
