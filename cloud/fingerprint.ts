/**
 * The fingerprint of a create request: which exact body went to which target. It lets a tool
 * recognise "the same request again" and re-send it with the same X-Client-Token, so that a lost
 * answer never creates a second set of servers (responses-and-jobs.md §3: same token + same body
 * within 8 hours returns the first result).
 *
 * The body may hold a filled-in password, so the fingerprint is a slow, memory-hard hash
 * (scrypt), not a plain SHA-256 that could be searched quickly for a weak password.
 */
import { scrypt } from 'node:crypto';

export interface CreateTarget {
  /** Base URL of the ECS endpoint (no trailing slash). */
  readonly endpoint: string;
  readonly region: string;
  readonly projectId: string;
  /** Path of the create call, e.g. /v1.1/{project_id}/cloudservers. */
  readonly path: string;
}

const SALT = 'ecs-request-tools/create-fingerprint/v1';
const PARAMS = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** 32 hex characters; equal for the same body text sent to the same endpoint, region and project. */
export function requestFingerprint(bodyText: string, target: CreateTarget): Promise<string> {
  const input = ['POST', target.endpoint, target.path, target.region, target.projectId, bodyText].join('\n');
  return new Promise((resolve, reject) => {
    scrypt(input, SALT, 16, PARAMS, (error, key) => (error ? reject(error) : resolve(key.toString('hex'))));
  });
}

/** How long the cloud honours an X-Client-Token (responses-and-jobs.md §3). */
export const CLIENT_TOKEN_LIFETIME_MS = 8 * 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The X-Client-Token format: a lower-case UUID (the token is case-sensitive; Ecs.0123 otherwise). */
export function isClientToken(value: string): boolean {
  return UUID.test(value);
}
