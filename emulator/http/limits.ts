/**
 * Size limits of the emulator's HTTP front. The byte limits are the API gateway's (errors.md §3,
 * APIGW.0201): a body over 12 MB is answered 413, a request URI over 32 KB 414, one header over
 * 32 KB or all headers over 128 KB 494. The nesting limit is the emulator's own choice.
 */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
export const MAX_URI_BYTES = 32 * 1024;
export const MAX_HEADER_BYTES = 32 * 1024;
export const MAX_ALL_HEADERS_BYTES = 128 * 1024;
/**
 * node's own limit on the request line plus headers: just above the limits above, so that the
 * checks that name the exact problem answer first; beyond it node's parser refuses (also 494).
 */
export const PARSER_MAX_HEAD_BYTES = MAX_URI_BYTES + MAX_ALL_HEADERS_BYTES + 1024;
/**
 * Arrays and objects inside one another. A create body nests about 5 levels; 100 leaves room for
 * any generator, and is far below the depth at which a recursive walk over the body (the
 * idempotency fingerprint, the body checks) could run out of stack.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * Values (scalars, arrays, objects) in one body. A create body holds a few hundred at most
 * (10 metadata pairs, 10 tags, a dozen NICs and disks; 32 KB of user_data is one value). Even
 * within 12 MB, millions of values cost seconds and hundreds of MB to parse and walk (measured
 * on a busy 2-core machine: 4 million `{}` took 10 s and 700 MB; now refused in 1.6 s). 250,000
 * bounds that (200,000 keys: about 3 s there, most of it the idempotency fingerprint's sort), and
 * stays above the 200,000-key body of issue 12, whose verdict belongs to the body checks.
 */
export const MAX_JSON_VALUES = 250_000;

/** Human form of a byte limit for messages: "12 MB", "32 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}
