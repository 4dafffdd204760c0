/**
 * Turns a request file (JSON with comments, or YAML 1.2 core schema) into the exact JSON body
 * that is sent: read by the request core's parser (request/parser, the one the language service
 * checks with), comments dropped, `${env:NAME}` / `${secret:NAME}` placeholders filled in.
 * A quoted YAML string stays a string ("true", "01"); plain `yes`/`on` are strings in YAML 1.2.
 */
import { formatOfFileName } from '../request/languageIds';
import type { ParsedDocument, SyntaxProblem, ValueNode } from '../request/parser/ast';
import { parseDocument } from '../request/parser/parse';
import { positionAt } from '../request/parser/positions';
import { parsePlaceholder } from '../request/placeholders';
import type { JsonObject } from './apiTypes';

export type RequestFormat = 'json' | 'yaml';

/** Supplies `${secret:NAME}` values (VS Code secret storage, a keychain, a test map). */
export interface SecretProvider {
  get(name: string): Promise<string | undefined>;
}

export interface PrepareOptions {
  env?: Record<string, string | undefined>;
  secrets?: SecretProvider;
  /** How the user provides a missing value in the calling tool, appended to the error message. */
  howToProvide?: { env?: string; secret?: string };
}

export interface PlaceholderUse {
  kind: 'env' | 'secret';
  name: string;
  /** Where in the body, e.g. `server.adminPass`. */
  path: string;
}

export interface PreparedRequest {
  /** The exact JSON text to send (compact). */
  body: string;
  value: JsonObject;
  placeholders: PlaceholderUse[];
  /** Every value filled in from a placeholder: treat them all as secrets when logging. */
  filledValues: string[];
}

/** The file cannot be parsed. `line` and `column` are 1-based. */
export class RequestSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`Syntax error at line ${line}, column ${column}: ${reason}`);
    this.name = 'RequestSyntaxError';
  }
}

/** The file parses but is not a request body (not an object, or not representable as JSON). */
export class RequestShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestShapeError';
  }
}

/** One or more placeholders have no value. The message names each and says how to provide it. */
export class MissingValueError extends Error {
  constructor(
    readonly missing: PlaceholderUse[],
    howToProvide: PrepareOptions['howToProvide'] = {},
  ) {
    super(missing.map((use) => describeMissing(use, howToProvide)).join(' '));
    this.name = 'MissingValueError';
  }
}

function describeMissing(use: PlaceholderUse, howToProvide: NonNullable<PrepareOptions['howToProvide']>): string {
  if (use.kind === 'env') {
    const how = howToProvide.env ?? `Set the environment variable ${use.name} before submitting`;
    return (
      `${use.path} uses \${env:${use.name}}, but the environment variable ${use.name} is not set. ${how}, or ` +
      `write the value into the file.`
    );
  }
  const how = howToProvide.secret ?? `Store a secret named ${use.name} in the secret store of the tool`;
  return `${use.path} uses \${secret:${use.name}}, but no secret named ${use.name} is stored. ${how}.`;
}

/** The format of a request file by its name: YAML for `.yaml`/`.yml`, JSON otherwise. */
export function detectFormat(fileName: string): RequestFormat {
  return formatOfFileName(fileName) === 'yaml' ? 'yaml' : 'json';
}

// ---------------------------------------------------------------------------------------------
// Parsing: the request core's parser, the one the language service checks with, so the body that
// is sent is read exactly as the file was checked and a syntax error has the same words in both.

function sendableName(path: string): string {
  return path || 'The value';
}

/**
 * The JSON value of a parsed node. `key:` with nothing after it is null in YAML; a key is always an
 * own property (`__proto__` too, as JSON.parse gives it).
 */
function plainValue(node: ValueNode | undefined, path: string): unknown {
  if (!node) return null;
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        const value = plainValue(property.valueNode, joinPath(path, property.key));
        Object.defineProperty(result, property.key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    case 'array':
      return node.items.map((item, i) => plainValue(item, joinPath(path, i)));
    case 'number':
      if (!Number.isFinite(node.value)) {
        throw new RequestShapeError(
          `${sendableName(path)} is ${node.value}, which JSON cannot carry. Use a finite number.`,
        );
      }
      return node.value;
    default:
      return node.value;
  }
}

/**
 * The body a parsed request file sends. Throws RequestSyntaxError for the first syntax error in the
 * text (the same message and position the editor and `ecs-request lint` show: a file with
 * a syntax error is never sent, not even forced, as its meaning is not certain), RequestShapeError
 * when it holds no object.
 */
export function requestBodyOf(parsed: ParsedDocument): JsonObject {
  if (parsed.notReadBecause !== undefined) throw new RequestShapeError(parsed.notReadBecause);
  let problem: SyntaxProblem | undefined;
  for (const p of parsed.syntaxProblems) {
    if (p.severity === 'error' && (!problem || p.offset < problem.offset)) problem = p;
  }
  if (problem) {
    const { line, character } = positionAt(parsed, problem.offset);
    throw new RequestSyntaxError(line + 1, character + 1, problem.message);
  }
  if (parsed.root?.type !== 'object') {
    throw new RequestShapeError(
      'The request file must contain one object with a "server" property (it is empty or holds something else).',
    );
  }
  return plainValue(parsed.root, '') as JsonObject;
}

/** Parses request text with the request core's parser: see requestBodyOf. */
export function parseRequestText(text: string, format: RequestFormat): JsonObject {
  return requestBodyOf(parseDocument('untitled:request', 0, text, format));
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

// ---------------------------------------------------------------------------------------------
// Placeholders

export function findPlaceholders(value: unknown, path = ''): PlaceholderUse[] {
  if (typeof value === 'string') {
    const placeholder = parsePlaceholder(value);
    return placeholder ? [{ ...placeholder, path: path || '(root)' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findPlaceholders(item, joinPath(path, i)));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => findPlaceholders(item, joinPath(path, key)));
  }
  return [];
}

function replacePlaceholders(value: unknown, filled: Map<string, string>): unknown {
  if (typeof value === 'string') {
    const placeholder = parsePlaceholder(value);
    return placeholder ? filled.get(`${placeholder.kind}:${placeholder.name}`) : value;
  }
  if (Array.isArray(value)) return value.map((item) => replacePlaceholders(item, filled));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replacePlaceholders(item, filled)]));
  }
  return value;
}

/** Parses a request file and fills its placeholders. Throws the typed errors above. */
export async function prepareRequest(
  text: string,
  format: RequestFormat,
  options: PrepareOptions = {},
): Promise<PreparedRequest> {
  return prepareParsedRequest(parseDocument('untitled:request', 0, text, format), options);
}

/** The body of a file already parsed (the parse that was checked), placeholders filled in. */
export async function prepareParsedRequest(
  document: ParsedDocument,
  options: PrepareOptions = {},
): Promise<PreparedRequest> {
  const parsed = requestBodyOf(document);
  const placeholders = findPlaceholders(parsed);
  const filled = new Map<string, string>();
  const missing: PlaceholderUse[] = [];
  for (const use of placeholders) {
    const key = `${use.kind}:${use.name}`;
    if (filled.has(key)) continue;
    const value = use.kind === 'env' ? options.env?.[use.name] : await options.secrets?.get(use.name);
    if (value === undefined || value === '') missing.push(use);
    else filled.set(key, value);
  }
  if (missing.length > 0) throw new MissingValueError(missing, options.howToProvide);
  const value = replacePlaceholders(parsed, filled) as JsonObject;
  return { body: JSON.stringify(value), value, placeholders, filledValues: [...filled.values()] };
}

/** A copy of the body with `dry_run` set (true) or removed (false, the service default). */
export function withDryRun(body: JsonObject, dryRun: boolean): JsonObject {
  const { dry_run: _ignored, ...rest } = body;
  return dryRun ? { dry_run: true, ...rest } : rest;
}
