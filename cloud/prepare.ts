/**
 * Turns a request file (JSON with comments, or YAML 1.2 core schema) into the exact JSON body
 * that is sent: comments dropped, `${env:NAME}` / `${secret:NAME}` placeholders filled in.
 * A quoted YAML string stays a string ("true", "01"); plain `yes`/`on` are strings in YAML 1.2.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { parseDocument } from 'yaml';
import { formatOfFileName } from '../request/languageIds';
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
    return `${use.path} uses \${env:${use.name}}, but the environment variable ${use.name} is not set. ${how}, or write the value into the file.`;
  }
  const how = howToProvide.secret ?? `Store a secret named ${use.name} in the secret store of the tool`;
  return `${use.path} uses \${secret:${use.name}}, but no secret named ${use.name} is stored. ${how}.`;
}

/** The format of a request file by its name: YAML for `.yaml`/`.yml`, JSON otherwise. */
export function detectFormat(fileName: string): RequestFormat {
  return formatOfFileName(fileName) === 'yaml' ? 'yaml' : 'json';
}

// ---------------------------------------------------------------------------------------------
// Parsing

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const JSON_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon (:) is expected',
  CommaExpected: 'a comma (,) is expected',
  CloseBraceExpected: 'a closing brace (}) is expected',
  CloseBracketExpected: 'a closing bracket (]) is expected',
  EndOfFileExpected: 'nothing more is expected after the closing brace',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

function parseJsonText(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: false,
  });
  if (errors.length > 0) {
    const first = errors[0];
    const { line, column } = lineColumnAt(text, first.offset);
    const name = printParseErrorCode(first.error);
    throw new RequestSyntaxError(line, column, JSON_ERROR_TEXT[name] ?? name);
  }
  return value;
}

function parseYamlText(text: string): unknown {
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    prettyErrors: true,
    uniqueKeys: true,
    merge: false,
  });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const { line, column } = pos ? { line: pos.line, column: pos.col } : lineColumnAt(text, first.pos[0]);
    // The first line of the yaml message is the reason; the rest is a source excerpt.
    throw new RequestSyntaxError(line, column, first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
  }
  return doc.toJS({ maxAliasCount: 100 });
}

export function parseRequestText(text: string, format: RequestFormat): JsonObject {
  const value = format === 'yaml' ? parseYamlText(text) : parseJsonText(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RequestShapeError(
      'The request file must contain one object with a "server" property (it is empty or holds something else).',
    );
  }
  assertJsonRepresentable(value, '');
  return value as JsonObject;
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

function assertJsonRepresentable(value: unknown, path: string): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RequestShapeError(`${path || 'The value'} is ${value}, which JSON cannot carry. Use a finite number.`);
  }
  if (value instanceof Date) throw new RequestShapeError(`${path} is a date; quote it to send it as a string.`);
  if (Array.isArray(value)) value.forEach((item, i) => assertJsonRepresentable(item, joinPath(path, i)));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) assertJsonRepresentable(item, joinPath(path, key));
  }
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
  const parsed = parseRequestText(text, format);
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
