/**
 * Shapes of the API answers the client returns (endpoints-and-lookups.md, responses-and-jobs.md).
 * List items keep the service's own field names; only the job is normalised (camelCase, with
 * per-server sub-jobs) because the tracker and the UI reason about it.
 */

import type { JobStatus } from './jobStatus';

export type JsonObject = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Create

export type CreateApiVersion = 'v1.1' | 'v1';

export interface CreateServersResult {
  ok: true;
  /** The body asked for a dry run: nothing was created, the check passed (HTTP 202). */
  dryRun: boolean;
  status: number;
  jobId?: string;
  /** Yearly/monthly only: the order to pay (see EcsClient.payOrder). */
  orderId?: string;
  serverIds?: string[];
  requestId?: string;
  /** The X-Client-Token all attempts of this submission carried (valid 8 hours for a replay). */
  clientToken: string;
}

// ---------------------------------------------------------------------------------------------
// Jobs

// Statuses and their meaning: jobStatus.ts.

export interface EcsSubJob {
  jobId?: string;
  jobType?: string;
  status: JobStatus;
  serverId?: string;
  /** Only when the service reports it (not documented for sub-jobs). */
  serverName?: string;
  errorCode?: string;
  /** The sub-job's fail_reason, or its entities.errorcode_message. */
  failReason?: string;
  beginTime?: string;
  endTime?: string;
}

export interface EcsJob {
  jobId: string;
  jobType?: string;
  status: JobStatus;
  beginTime?: string;
  endTime?: string;
  errorCode?: string;
  failReason?: string;
  serverId?: string;
  subJobsTotal?: number;
  subJobs: EcsSubJob[];
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function parseSubJob(raw: JsonObject): EcsSubJob {
  const entities = isObject(raw.entities) ? raw.entities : {};
  return {
    jobId: text(raw.job_id),
    jobType: text(raw.job_type),
    status: text(raw.status) ?? 'UNKNOWN',
    serverId: text(entities.server_id),
    serverName: text(entities.server_name) ?? text(entities.name),
    errorCode: text(raw.error_code),
    failReason: text(raw.fail_reason) ?? text(entities.errorcode_message),
    beginTime: text(raw.begin_time),
    endTime: text(raw.end_time),
  };
}

/** Normalises a `GET /v1/{project_id}/jobs/{job_id}` answer. */
export function parseJob(json: unknown, requestedJobId: string): EcsJob {
  const raw = isObject(json) ? json : {};
  const entities = isObject(raw.entities) ? raw.entities : {};
  const subJobs = Array.isArray(entities.sub_jobs) ? entities.sub_jobs.filter(isObject).map(parseSubJob) : [];
  return {
    jobId: text(raw.job_id) ?? requestedJobId,
    jobType: text(raw.job_type),
    status: text(raw.status) ?? 'UNKNOWN',
    beginTime: text(raw.begin_time),
    endTime: text(raw.end_time),
    errorCode: text(raw.error_code),
    failReason: text(raw.fail_reason),
    serverId: text(entities.server_id),
    subJobsTotal: typeof entities.sub_jobs_total === 'number' ? entities.sub_jobs_total : undefined,
    subJobs,
  };
}

// ---------------------------------------------------------------------------------------------
// Look-ups (service field names)

export interface Project {
  id: string;
  name: string;
  domain_id?: string;
  enabled?: boolean;
  [key: string]: unknown;
}

export interface Flavor {
  id: string;
  name: string;
  /** A string in the API. */
  vcpus: string;
  /** MiB. */
  ram: number;
  os_extra_specs?: Record<string, string>;
  attachableQuantity?: { free_scsi?: number; free_blk?: number; free_disk?: number; free_nic?: number };
  [key: string]: unknown;
}

export interface AvailabilityZone {
  zoneName: string;
  zoneState?: { available?: boolean };
  [key: string]: unknown;
}

export interface Image {
  id: string;
  name: string;
  status?: string;
  min_disk?: number;
  min_ram?: number;
  __os_type?: string;
  __platform?: string;
  __imagetype?: string;
  visibility?: string;
  [key: string]: unknown;
}

export interface Vpc {
  id: string;
  name: string;
  cidr?: string;
  status?: string;
  [key: string]: unknown;
}

export interface Subnet {
  id: string;
  name: string;
  cidr?: string;
  vpc_id?: string;
  gateway_ip?: string;
  availability_zone?: string;
  neutron_network_id?: string;
  neutron_subnet_id?: string;
  available_ip_address_count?: number;
  [key: string]: unknown;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description?: string;
  [key: string]: unknown;
}

export interface KeyPair {
  name: string;
  fingerprint?: string;
  type?: string;
  public_key?: string;
  [key: string]: unknown;
}

export interface ServerGroup {
  id: string;
  name: string;
  policies?: string[];
  members?: string[];
  [key: string]: unknown;
}

export interface VolumeType {
  id: string;
  name: string;
  extra_specs?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface Server {
  id: string;
  name: string;
  status?: string;
  [key: string]: unknown;
}

/** `body[key]` when it is an array of objects, else []. */
export function listFrom<T>(body: unknown, key: string): T[] {
  if (!isObject(body) || !Array.isArray(body[key])) return [];
  return (body[key] as unknown[]).filter(isObject) as T[];
}

export interface PayOrderResult {
  status: number;
  requestId?: string;
  body?: unknown;
}
