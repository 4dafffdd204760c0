/** Shared helpers for the parser, validation and language-service unit tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentFormat, ParsedDocument } from '../../server/service/parser/ast';
import { parseDocument } from '../../server/service/parser/parse';

/** test/fixtures, from the compiled test's location (out/test/unit) or the source one. */
export function fixturePath(...parts: string[]): string {
  const fromOut = resolve(__dirname, '../../../test/fixtures', ...parts);
  return fromOut;
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

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
