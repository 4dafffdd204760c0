/**
 * fetchAccountSnapshot: every list of the account catalog, read to its end through the cloud
 * client (signing, retries with backoff for throttling and 5xx, timeouts, cancellation), at most
 * four requests in flight, each list bounded in pages and items. A list that fails, is forbidden
 * or is too long becomes an "unknown" part with the reason; the other lists are unaffected.
 * Cancelling the signal stops everything and rejects with CancelledError.
 */
import {
  ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type AccountSnapshot,
  type ResourceItems,
  type ResourceKind,
  type SnapshotPart,
  type UnknownPart,
} from '../../request/accountSnapshot';
import type { EcsClient } from '../ecsClient';
import { CancelledError, EcsApiError, NetworkError, TimeoutError } from '../errors';
import { isObject } from './parsers';
import { KIND_SPECS, nextMarkerOf, totalCountOf, type KindSpec, type KindSpecs } from './kinds';

/** The API's own ceiling: the issue allows at most four requests in flight. */
export const MAX_CONCURRENT_REQUESTS = 4;

export interface CatalogLimits {
  /** Pages read per list before giving up on it (default 100). */
  maxPages: number;
  /** Items kept per list; a longer list becomes unknown (default 20,000). */
  maxItems: number;
}

export const DEFAULT_CATALOG_LIMITS: CatalogLimits = { maxPages: 100, maxItems: 20_000 };

export interface CatalogTarget {
  /** The profile name recorded in the snapshot. */
  profile: string;
  /** A client for the profile's region, endpoints and credentials. */
  client: EcsClient;
}

export interface CatalogRequestInfo {
  kind: ResourceKind;
  /** 1-based page number within the kind. */
  page: number;
}

export interface FetchSnapshotOptions {
  signal?: AbortSignal;
  /** Requests in flight at once, 1..4 (default 4). */
  concurrency?: number;
  limits?: Partial<CatalogLimits>;
  /** Only these kinds (default all); the others are unknown with cause `error` ("not requested"). */
  kinds?: readonly ResourceKind[];
  /** Clock for `fetchedAt` (tests). */
  now?: () => Date;
  /** Called as each page request starts (progress, tests). */
  onRequest?(info: CatalogRequestInfo): void;
}

/** A counting semaphore: `run` waits for a free slot. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      if (signal?.aborted) throw new CancelledError();
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}

class TooManyItems extends Error {}
class MalformedAnswer extends Error {}

interface ListResult<T> {
  items: T[];
  skipped: number;
}

interface Reader {
  client: EcsClient;
  projectId: string;
  slots: Slots;
  limits: CatalogLimits;
  options: FetchSnapshotOptions;
}

/** Reads one list to its end (or its bound). Throws CloudErrors, TooManyItems, MalformedAnswer. */
async function readList<K extends ResourceKind>(
  spec: KindSpec<K>,
  reader: Reader,
): Promise<ListResult<ResourceItems[K]>> {
  const { client, projectId, slots, limits, options } = reader;
  const label = RESOURCE_KIND_LABELS[spec.kind];
  const path = spec.path.split('{p}').join(projectId);
  const items: ResourceItems[K][] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let received = 0;
  let marker: string | undefined;
  let offset = 0;
  for (let page = 1; ; page++) {
    if (page > limits.maxPages) {
      throw new TooManyItems(
        `The ${label} list did not end after ${limits.maxPages} pages; ` +
          `only the first ${items.length} were read, so it is left unknown.`,
      );
    }
    const query: Record<string, string | number | undefined> = { ...spec.query };
    if (spec.paging !== 'single') query.limit = spec.pageSize;
    if ((spec.paging === 'marker' || spec.paging === 'pageInfo') && marker !== undefined) query.marker = marker;
    if (spec.paging === 'offset') query.offset = offset;
    options.onRequest?.({ kind: spec.kind, page });
    const { json } = await slots.run(
      () => client.getJson(spec.service, path, { query, projectScoped: spec.projectScoped, signal: options.signal }),
      options.signal,
    );
    const raws = spec.itemsOf(json);
    if (!raws) throw new MalformedAnswer(`The ${label} answer did not hold the expected list.`);
    let added = 0;
    for (const raw of raws) {
      if (++received > limits.maxItems) {
        throw new TooManyItems(
          `More than ${limits.maxItems} ${label} were listed; a snapshot keeps at most ${limits.maxItems}, ` +
            'so this list is left unknown.',
        );
      }
      const item = isObject(raw) ? spec.parse(raw) : undefined;
      if (item === undefined) {
        skipped++;
        continue;
      }
      const key = spec.keyOf(item);
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
      added++;
    }
    if (spec.paging === 'single') break;
    if (spec.paging === 'marker') {
      // An empty page, or one that repeats what we have (a service that ignores `marker`), ends it.
      if (raws.length === 0 || added === 0) break;
      marker = spec.keyOf(items[items.length - 1]);
    } else if (spec.paging === 'pageInfo') {
      const next = nextMarkerOf(json);
      if (next === undefined || raws.length === 0 || next === marker) break;
      marker = next;
    } else {
      offset += raws.length;
      const total = totalCountOf(json);
      if (raws.length === 0 || (total !== undefined && offset >= total)) break;
    }
  }
  return { items, skipped };
}

/** The unknown part a failure leaves; rethrows a cancellation. */
function unknownFrom(error: unknown, kind: ResourceKind): UnknownPart {
  if (error instanceof CancelledError) throw error;
  const label = RESOURCE_KIND_LABELS[kind];
  if (error instanceof TooManyItems)
    return { state: 'unknown', cause: 'too-many', reason: `Too many items: ${error.message}` };
  if (error instanceof MalformedAnswer) return { state: 'unknown', cause: 'malformed', reason: error.message };
  if (error instanceof EcsApiError) {
    const base = { errorCode: error.code, httpStatus: error.httpStatus };
    const said = `${error.code}, HTTP ${error.httpStatus}`;
    if (error.httpStatus === 403) {
      return {
        state: 'unknown',
        cause: 'forbidden',
        ...base,
        reason:
          `No permission to list ${label} (${said}). Ask an administrator to allow listing them; other data is ` +
          `unaffected.`,
      };
    }
    if (error.httpStatus === 401) {
      return {
        state: 'unknown',
        cause: 'unauthorized',
        ...base,
        reason: `The credentials were refused when listing ${label} (${said}). Check the access key of the profile.`,
      };
    }
    if (error.httpStatus === 404) {
      return {
        state: 'unknown',
        cause: 'not-found',
        ...base,
        reason: `Listing ${label} is not offered at this endpoint (${said}).`,
      };
    }
    if (error.throttled) {
      return {
        state: 'unknown',
        cause: 'throttled',
        ...base,
        reason: `Listing ${label} was still throttled after retrying (${said}). Refresh later.`,
      };
    }
    if (error.httpStatus >= 500) {
      return {
        state: 'unknown',
        cause: 'server-error',
        ...base,
        reason: `Listing ${label} failed on the server side after retrying (${said}). Refresh later.`,
      };
    }
    return { state: 'unknown', cause: 'error', ...base, reason: `Listing ${label} was refused: ${error.message}` };
  }
  if (error instanceof NetworkError || error instanceof TimeoutError) {
    return { state: 'unknown', cause: 'network', reason: `Listing ${label} failed: ${error.message}` };
  }
  const name = error instanceof Error ? error.name : typeof error;
  return { state: 'unknown', cause: 'error', reason: `Listing ${label} failed unexpectedly (${name}).` };
}

/**
 * One snapshot of the target's account. The project ID is resolved first: when that fails (no
 * credentials, IAM lookup refused) the error is thrown, since no list could be read. After that,
 * each list succeeds or fails on its own.
 */
export async function fetchAccountSnapshot(
  target: CatalogTarget,
  options: FetchSnapshotOptions = {},
): Promise<AccountSnapshot> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const startedMs = Date.now();
  if (options.signal?.aborted) throw new CancelledError();
  const projectId = await target.client.resolveProjectId({ signal: options.signal });
  const concurrency = Math.max(
    1,
    Math.min(MAX_CONCURRENT_REQUESTS, Math.floor(options.concurrency ?? MAX_CONCURRENT_REQUESTS)),
  );
  const reader: Reader = {
    client: target.client,
    projectId,
    slots: new Slots(concurrency),
    limits: { ...DEFAULT_CATALOG_LIMITS, ...options.limits },
    options,
  };
  const wanted = new Set(options.kinds ?? RESOURCE_KINDS);

  // On cancellation every list rejects; allSettled waits for all of them so nothing runs on.
  const settled = await Promise.allSettled(
    RESOURCE_KINDS.map(async (kind): Promise<SnapshotPart<unknown>> => {
      if (!wanted.has(kind))
        return { state: 'unknown', cause: 'error', reason: `${RESOURCE_KIND_LABELS[kind]} were not requested.` };
      try {
        const { items, skipped } = await readList(
          (KIND_SPECS as KindSpecs)[kind] as unknown as KindSpec<ResourceKind>,
          reader,
        );
        return { state: 'known', items, fetchedAt: now().toISOString(), ...(skipped ? { skipped } : {}) };
      } catch (error) {
        return unknownFrom(error, kind);
      }
    }),
  );
  if (options.signal?.aborted || settled.some((s) => s.status === 'rejected')) throw new CancelledError();
  const parts = {} as Record<ResourceKind, SnapshotPart<unknown>>;
  RESOURCE_KINDS.forEach((kind, i) => {
    parts[kind] = (settled[i] as PromiseFulfilledResult<SnapshotPart<unknown>>).value;
  });
  return {
    schemaVersion: ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
    profile: target.profile,
    region: target.client.region,
    projectId,
    fetchedAt: started.toISOString(),
    durationMs: Date.now() - startedMs,
    parts: parts as AccountSnapshot['parts'],
  };
}
