/**
 * Account snapshots cached on disk, one file per profile + region, in the extension's global
 * storage: a window shows the last data at once and fetches only when it is due. A snapshot holds
 * no secrets (request/accountSnapshot.ts), so the file holds none either.
 *
 * Plain Node (no vscode), so it is tested in Node. Writes are atomic (a temporary file renamed over
 * the old one), so two windows or a crash never leave half a file. Reads trust nothing: a file that
 * is not a snapshot of this profile and region is ignored, and a damaged one is logged once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ACCOUNT_SNAPSHOT_SCHEMA_VERSION, RESOURCE_KINDS, type AccountSnapshot } from '../../request/accountSnapshot';

/** Which cache file: the profile's stable ID (names can change) and the region. */
export interface CacheKey {
  readonly profileId: string;
  /** The profile's name, which the snapshot records (and the server compares). */
  readonly profileName: string;
  readonly region: string;
}

/** A file larger than this is no snapshot the catalog wrote (its lists are bounded): not read. */
export const MAX_CACHE_FILE_BYTES = 64 * 1024 * 1024;

export interface CacheLog {
  warn(message: string): void;
}

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why `value` is not a snapshot of schema version 1, or undefined when it is one. Linear; never throws. */
export function snapshotShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'it is not a JSON object';
  if (value.schemaVersion !== ACCOUNT_SNAPSHOT_SCHEMA_VERSION)
    return `its schemaVersion is ${String(value.schemaVersion)}`;
  for (const field of ['profile', 'region', 'projectId', 'fetchedAt'] as const) {
    if (typeof value[field] !== 'string' || value[field] === '') return `"${field}" is missing`;
  }
  if (Number.isNaN(Date.parse(value.fetchedAt as string))) return '"fetchedAt" is not a date';
  if (!isRecord(value.parts)) return '"parts" is missing';
  for (const kind of RESOURCE_KINDS) {
    const part = value.parts[kind];
    if (!isRecord(part)) return `the part "${kind}" is missing`;
    if (
      part.state === 'known' ? !Array.isArray(part.items) : part.state !== 'unknown' || typeof part.reason !== 'string'
    )
      return `the part "${kind}" is neither a list nor unknown with a reason`;
  }
  return undefined;
}

export class SnapshotCache {
  /** Files already reported as damaged: each is logged once per session. */
  private readonly reported = new Set<string>();

  constructor(
    private readonly folder: string,
    private readonly log: CacheLog,
  ) {}

  /**
   * The file of a profile + region. Readable for a person looking into the folder, and unique
   * whatever characters the ID holds (the hash is of the exact ID and region).
   */
  fileOf(key: CacheKey): string {
    const readable = `${key.profileId}-${key.region}`.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60);
    const hash = createHash('sha256')
      .update(JSON.stringify([key.profileId, key.region]))
      .digest('hex')
      .slice(0, 12);
    return path.join(this.folder, `${readable}-${hash}.json`);
  }

  /** The cached snapshot of this profile + region, or undefined (none, damaged, or of another profile name). */
  async read(key: CacheKey): Promise<AccountSnapshot | undefined> {
    const file = this.fileOf(key);
    let text: string;
    try {
      const stat = await fs.stat(file);
      if (stat.size > MAX_CACHE_FILE_BYTES)
        return this.damaged(file, `it is larger than ${MAX_CACHE_FILE_BYTES} bytes`);
      text = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      return this.damaged(file, `it could not be read (${(error as Error).message})`);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return this.damaged(file, 'it is not valid JSON');
    }
    const problem = snapshotShapeProblem(value);
    if (problem) return this.damaged(file, problem);
    const snapshot = value as AccountSnapshot;
    // A renamed profile, or a file copied from elsewhere: not this target's data (not damage either).
    if (snapshot.profile !== key.profileName || snapshot.region !== key.region) return undefined;
    return snapshot;
  }

  /** Writes the snapshot atomically: a reader sees the old file or the new one, never a part. */
  async write(key: CacheKey, snapshot: AccountSnapshot): Promise<void> {
    const file = this.fileOf(key);
    await fs.mkdir(this.folder, { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await fs.writeFile(temporary, JSON.stringify(snapshot), 'utf8');
      await fs.rename(temporary, file);
    } catch (error) {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  private damaged(file: string, why: string): undefined {
    if (!this.reported.has(file)) {
      this.reported.add(file);
      this.log.warn(`Cached account data ignored (${path.basename(file)}): ${why}. It is fetched again.`);
    }
    return undefined;
  }
}
