/** What every quick fix needs: the document, where things are, and how this file is indented. */
import type { ObjectNode, ParsedDocument, PropertyNode, ValueNode } from '../../../request/parser/ast';
import { asObject, getProperty, nodeAtPath, type NodePath } from '../../../request/parser/nodes';
import { rangeOf } from '../../../request/parser/positions';
import type { TextEdit } from 'vscode-languageserver-types';
import { indentUnitOf } from '../completion/completionItems';
import { lineIndexAt, lineText } from '../completion/documentText';
import { getSchemaNavigator } from '../schema/ecsSchema';
import type { SchemaNavigator } from '../schema/schemaNavigator';

export interface FixContext {
  readonly doc: ParsedDocument;
  readonly navigator: SchemaNavigator;
  readonly indentUnit: string;
}

export function createFixContext(doc: ParsedDocument): FixContext {
  return { doc, navigator: getSchemaNavigator(), indentUnit: indentUnitOf(doc) };
}

/** The property a path ends at (`[..., 'key']`), or undefined. */
export function propertyAtPath(doc: ParsedDocument, path: NodePath): PropertyNode | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  return getProperty(asObject(nodeAtPath(doc.root, path.slice(0, -1))), key);
}

export function valueAtPath(doc: ParsedDocument, path: NodePath): ValueNode | undefined {
  return nodeAtPath(doc.root, path);
}

export function objectAtPath(doc: ParsedDocument, path: NodePath): ObjectNode | undefined {
  return asObject(nodeAtPath(doc.root, path));
}

/**
 * Per parsed document, where the long runs of whitespace before node ends start (only runs longer
 * than REMEMBERED_RUN: ordinary documents seldom have one). A document is never changed once parsed,
 * so the answers hold for its life and go with it.
 */
const longWhitespaceStarts = new WeakMap<ParsedDocument, Map<number, number>>();
const REMEMBERED_RUN = 64;

/**
 * End of a node without the trailing line breaks and spaces YAML block nodes include.
 *
 * Linear over all calls on one document: a walk over more than REMEMBERED_RUN characters of
 * whitespace is remembered for every offset it passed, so no offset is walked twice by a long walk.
 * Nodes expanded from YAML aliases share the anchor's end, and walking a long run of whitespace again
 * for each of them was quadratic (fuzz seed 4242, document 27452: the outline took 3-4.5 s, folding 2 s).
 */
export function contentEnd(doc: ParsedDocument, node: { offset: number; length: number }): number {
  const remembered = longWhitespaceStarts.get(doc);
  const walked: number[] = [];
  let at = node.offset + node.length;
  for (;;) {
    const known = remembered?.get(at);
    if (known !== undefined) {
      at = known;
      break;
    }
    if (at === 0 || !/\s/.test(doc.text[at - 1])) break;
    walked.push(at);
    at--;
  }
  if (walked.length > REMEMBERED_RUN) {
    const starts = remembered ?? new Map<number, number>();
    if (!remembered) longWhitespaceStarts.set(doc, starts);
    for (const offset of walked) starts.set(offset, at);
  }
  return Math.max(node.offset, at);
}

/** Column of `offset` on its line. */
export function columnOf(doc: ParsedDocument, offset: number): number {
  return offset - doc.lineStarts[lineIndexAt(doc, offset)];
}

/** Leading whitespace of the line holding `offset`. */
export function lineIndentOf(doc: ParsedDocument, offset: number): string {
  const line = lineText(doc, lineIndexAt(doc, offset));
  return line.slice(0, line.length - line.trimStart().length);
}

/** Start of the line after the one holding `offset` (or the end of the text). */
export function nextLineStart(doc: ParsedDocument, offset: number): number {
  const index = lineIndexAt(doc, offset);
  return index + 1 < doc.lineStarts.length ? doc.lineStarts[index + 1] : doc.text.length;
}

/** Whether only whitespace precedes `offset` on its line. */
export function startsLine(doc: ParsedDocument, offset: number): boolean {
  return doc.text.slice(doc.lineStarts[lineIndexAt(doc, offset)], offset).trim() === '';
}

export function replaceEdit(doc: ParsedDocument, start: number, end: number, newText: string): TextEdit {
  return { range: rangeOf(doc, start, end - start), newText };
}

export function insertEdit(doc: ParsedDocument, offset: number, newText: string): TextEdit {
  return replaceEdit(doc, offset, offset, newText);
}

/** A YAML object written in flow style (`{ a: 1 }`), which fixes edit like JSON. */
export function isFlowCollection(doc: ParsedDocument, node: ValueNode): boolean {
  return doc.format === 'json' || doc.text[node.offset] === '{' || doc.text[node.offset] === '[';
}
