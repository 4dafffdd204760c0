/** Shared helpers for the parser, validation and language-service unit tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentFormat, ParsedDocument } from '../../request/parser/ast';
import { parseDocument } from '../../request/parser/parse';
import type { Diagnostic } from 'vscode-languageserver-types';
import { offsetAt } from '../../request/parser/positions';
import { validateDocument, type ValidationOptions } from '../../server/service/validation/validate';
import { requestText, validBody } from '../support/requestBuilder';
import { defaultSettings, type CrossFieldRule, type ServiceSettings } from '../../server/service/types';

/** test/fixtures, from the compiled test's location (out/test/server) or the source one. */
export function fixturePath(...parts: string[]): string {
  const fromOut = resolve(__dirname, '../../../test/fixtures', ...parts);
  return fromOut;
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

/** The request examples of the API page (test/fixtures/seed-examples/NAME.json and NAME.yaml). */
export const SEED_EXAMPLES = [
  'seed-ex1-prepaid-keypair',
  'seed-ex2-prepaid-password',
  'seed-ex3-prepaid-eip-traffic',
  'seed-ex4-prepaid-shared-bandwidth',
  'seed-ex5-dry-run',
];

export function parse(text: string, format: DocumentFormat, version = 1): ParsedDocument {
  return parseDocument(`file:///test/doc.ecs.${format}`, version, text, format);
}

/**
 * The span marked by `[[...]]` in `anchor`, found in `text` (the anchor without the brackets).
 * `occurrence` is 1-based; negative counts from the end.
 */
export function spanOf(text: string, anchor: string, occurrence = 1): { offset: number; length: number } {
  const open = anchor.indexOf('[[');
  const close = anchor.indexOf(']]');
  if (open < 0 || close < open) throw new Error(`anchor needs [[...]]: ${anchor}`);
  const plain = anchor.slice(0, open) + anchor.slice(open + 2, close) + anchor.slice(close + 2);
  const hits: number[] = [];
  for (let at = text.indexOf(plain); at >= 0; at = text.indexOf(plain, at + 1)) hits.push(at);
  const hit = occurrence > 0 ? hits[occurrence - 1] : hits[hits.length + occurrence];
  if (hit === undefined) throw new Error(`anchor not found: ${anchor}`);
  return { offset: hit + open, length: close - open - 2 };
}

/** The text a span covers (for readable assertion messages). */
export function textOf(doc: { text: string }, span: { offset: number; length: number }): string {
  return doc.text.slice(span.offset, span.offset + span.length);
}

/** A fixed "now", so time-based rules never make a test flaky. */
export const FIXED_NOW = new Date('2026-11-27T16:00:00Z');

export interface Checked {
  readonly doc: ParsedDocument;
  readonly diagnostics: Diagnostic[];
}

export function check(
  text: string,
  format: DocumentFormat,
  settings: Partial<ServiceSettings> = {},
  rules?: readonly CrossFieldRule[],
): Checked {
  const doc = parse(text, format);
  const options: ValidationOptions = rules ? { now: FIXED_NOW, rules } : { now: FIXED_NOW };
  return { doc, diagnostics: validateDocument(doc, { ...defaultSettings, ...settings }, options) };
}

/** The source text under a diagnostic's range. */
export function textUnder(doc: ParsedDocument, diagnostic: Diagnostic): string {
  return doc.text.slice(offsetAt(doc, diagnostic.range.start), offsetAt(doc, diagnostic.range.end));
}

/** The diagnostics whose range is exactly the `[[...]]` span of `anchor`. */
export function diagnosticsAt(checked: Checked, anchor: string, occurrence = 1): Diagnostic[] {
  const span = spanOf(checked.doc.text, anchor, occurrence);
  return checked.diagnostics.filter(
    (d) =>
      offsetAt(checked.doc, d.range.start) === span.offset &&
      offsetAt(checked.doc, d.range.end) === span.offset + span.length,
  );
}

/** Exactly one diagnostic at the anchor's span; returns it. */
export function oneDiagnosticAt(checked: Checked, anchor: string, occurrence = 1): Diagnostic {
  const found = diagnosticsAt(checked, anchor, occurrence);
  assertOne(found, anchor, checked);
  return found[0];
}

function assertOne(found: Diagnostic[], anchor: string, checked: Checked): void {
  if (found.length !== 1) {
    const all = checked.diagnostics.map((d) => `${d.code} [${textUnder(checked.doc, d)}] ${d.message}`).join('\n  ');
    throw new Error(`expected one diagnostic at ${anchor}, found ${found.length}; all:\n  ${all}`);
  }
}

/** A small valid request (the test request builder's, as text); tests add one mistake each. */
const BASE_BODY = validBody({ name: 'web-1', root_volume: { volumetype: 'SSD' }, count: 1 });
export const BASE_JSON = requestText(BASE_BODY, 'json').trimEnd();
export const BASE_YAML = requestText(BASE_BODY, 'yaml');
