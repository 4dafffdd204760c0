/**
 * Maps an error answer of the cloud (or emulator) to the request fields it is about, so a
 * dry-run refusal is marked on its field: as a diagnostic in the editor, as `file:line:col` by the
 * CLI. Pure: no I/O.
 *
 * Two sources, in order: a field path written in the message text (the service and the emulator
 * often name the field, e.g. "server.root_volume.size" or "(key_name)"), then the fields the error
 * catalog gives for the code (errorCatalog.ts).
 */
import type { FieldPath } from '../request/fieldLocation';
import { lookupErrorCode } from './errorCatalog';

export type { FieldPath };

export interface CloudErrorLike {
  readonly code: string;
  /** The service's own message text. */
  readonly message: string;
  readonly details?: readonly { readonly code?: string; readonly message?: string }[];
}

export interface FieldProblem {
  /** Path from the body root, e.g. ['server', 'nics', 0, 'ip_address']. */
  readonly path: FieldPath;
  readonly code: string;
  readonly message: string;
  /** True when the field itself is absent and the path points at its nearest existing parent. */
  readonly missing: boolean;
}

/** Keys that may start a path written without the leading "server." in a message. */
const TOP_LEVEL_KEYS = new Set(['server', 'dry_run']);
const SERVER_KEYS = new Set([
  'imageRef',
  'flavorRef',
  'name',
  'user_data',
  'adminPass',
  'key_name',
  'vpcid',
  'nics',
  'publicip',
  'count',
  'isAutoRename',
  'root_volume',
  'data_volumes',
  'security_groups',
  'availability_zone',
  'batch_create_in_multi_az',
  'extendparam',
  'metadata',
  'os:scheduler_hints',
  'tags',
  'server_tags',
  'description',
  'auto_terminate_time',
  'cpu_options',
  'security_options',
  'serial_console_options',
  'metadata_options',
  'enclave_options',
]);

/** A dotted path with optional [n] indices, e.g. `data_volumes[1].size` or `os:scheduler_hints.group`. */
const PATH_IN_TEXT = /(?<![\w.:[\]-])([A-Za-z_][\w:]*(?:\[\d+\])?(?:\.[A-Za-z_][\w:]*(?:\[\d+\])?)*)/g;

/** Parses `a.b[0].c` into ['a', 'b', 0, 'c']. */
export function parseFieldPath(text: string): FieldPath {
  const path: (string | number)[] = [];
  for (const part of text.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [];
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** Turns a path as written in a message into a path from the body root, or undefined. */
function rootedPath(candidate: string): FieldPath | undefined {
  const path = parseFieldPath(candidate);
  if (path.length === 0) return undefined;
  const first = path[0] as string;
  if (TOP_LEVEL_KEYS.has(first)) return path;
  if (SERVER_KEYS.has(first)) return ['server', ...path];
  return undefined;
}

/** Server keys that are also plain English words: only trusted when written as a dotted path. */
const AMBIGUOUS_WORDS = new Set(['name', 'count', 'description', 'tags', 'metadata']);

/** Field paths named in a message: dotted paths (`server.name`) first, then bare keys (`key_name`). */
export function pathsInMessage(message: string): FieldPath[] {
  const dotted: FieldPath[] = [];
  const bare: FieldPath[] = [];
  for (const match of message.matchAll(PATH_IN_TEXT)) {
    const written = match[1].replace(/[.:]+$/, '');
    const rooted = rootedPath(written);
    if (!rooted) continue;
    // "server" alone names the whole body: too vague to point at.
    if (rooted.length === 1 && rooted[0] === 'server') continue;
    const isBare = !/[.[]/.test(written);
    if (isBare && AMBIGUOUS_WORDS.has(written)) continue;
    (isBare ? bare : dotted).push(rooted);
  }
  const seen = new Set<string>();
  return [...dotted, ...bare].filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The value at `path` in a plain JSON value; undefined when the path leads nowhere. */
export function bodyValueAt(body: unknown, path: FieldPath): unknown {
  let node: unknown = body;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** Whether a value exists at `path` in a plain JSON value (the empty path always does). */
function exists(body: unknown, path: FieldPath): boolean {
  return path.length === 0 || bodyValueAt(body, path) !== undefined;
}

/** The longest prefix of `path` that exists in `body` (at least the empty path). */
function existingPrefix(body: unknown, path: FieldPath): FieldPath {
  for (let length = path.length; length > 0; length--) {
    if (exists(body, path.slice(0, length))) return path.slice(0, length);
  }
  return [];
}

function locate(body: unknown, candidates: FieldPath[], code: string, message: string): FieldProblem | undefined {
  if (candidates.length === 0) return undefined;
  if (body === undefined) return { path: candidates[0], code, message, missing: false };
  const present = candidates.find((p) => exists(body, p));
  if (present) return { path: present, code, message, missing: false };
  return { path: existingPrefix(body, candidates[0]), code, message, missing: true };
}

function candidatesFor(code: string | undefined, message: string): FieldPath[] {
  const named = pathsInMessage(message);
  if (named.length > 0) return named;
  return (lookupErrorCode(code)?.fields ?? []).map(parseFieldPath);
}

/**
 * The field problems an error describes: one per detail when the error has details that name a
 * field, else one for the error itself; empty when no field can be told (quota, account, ...).
 * `body` (the request as sent) lets a missing field land on its nearest existing parent.
 */
export function fieldProblems(error: CloudErrorLike, body?: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const detail of error.details ?? []) {
    const code = detail.code ?? error.code;
    const message = detail.message ?? error.message;
    const problem = locate(body, candidatesFor(code, message), code, message);
    if (problem) problems.push(problem);
  }
  if (problems.length > 0) return problems;
  const own = locate(body, candidatesFor(error.code, error.message), error.code, error.message);
  return own ? [own] : [];
}

/** Text of the diagnostic for a field problem: the code first, as the Problems panel shows it. */
export function problemMessage(problem: FieldProblem): string {
  const note = problem.missing ? ' (the field is missing here)' : '';
  return `${problem.code}: ${problem.message}${note}`;
}
