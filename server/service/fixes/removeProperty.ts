/**
 * Removing a property without leaving a mess: in JSON (and YAML flow style) the separating comma
 * goes too; in block YAML whole lines go, and comments on other lines stay.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ObjectNode, PropertyNode, ValueNode } from '../../../request/parser/ast';
import { asArray, type NodePath } from '../../../request/parser/nodes';
import { readYamlLine } from '../completion/yamlLines';
import { lineIndexAt, lineText } from '../completion/documentText';
import {
  contentEnd,
  isFlowCollection,
  nextLineStart,
  propertyAtPath,
  replaceEdit,
  startsLine,
  valueAtPath,
  type FixContext,
} from './fixContext';

export function removePropertyEdits(context: FixContext, property: PropertyNode): TextEdit[] {
  const parent = property.parent;
  if (!parent || parent.type !== 'object') return [];
  return isFlowCollection(context.doc, parent)
    ? removeFromFlow(context, parent.properties, parent.properties.indexOf(property))
    : removeFromBlock(context, parent, property);
}

/** Removes the property or array item a fix path ends at. */
export function removeAtPathEdits(context: FixContext, path: NodePath): TextEdit[] {
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    const property = propertyAtPath(context.doc, path);
    return property ? removePropertyEdits(context, property) : [];
  }
  const array = asArray(valueAtPath(context.doc, path.slice(0, -1)));
  if (!array || !array.items[last]) return [];
  return isFlowCollection(context.doc, array)
    ? removeFromFlow(context, array.items, last)
    : removeBlockItem(context, array.items[last]);
}

/** JSON or flow YAML: the entry and one separating comma go; an entry alone on its line takes the line. */
function removeFromFlow(
  context: FixContext,
  siblings: readonly { offset: number; length: number }[],
  index: number,
): TextEdit[] {
  const { doc } = context;
  const { text } = doc;
  const entry = siblings[index];
  const start = entry.offset;
  const end = contentEnd(doc, entry);
  const ownLine = (from: number) => startsLine(doc, start) && restOfLineIsBlank(text, from);
  const wholeLines = (from: number) =>
    replaceEdit(doc, doc.lineStarts[lineIndexAt(doc, start)], nextLineStart(doc, from), '');
  const commaAfter = skipSpaces(text, end);
  if (text[commaAfter] === ',') {
    // `"a": 1, "b": 2` → `"b": 2`
    const afterComma = commaAfter + 1;
    return [ownLine(afterComma) ? wholeLines(afterComma) : replaceEdit(doc, start, skipSpaces(text, afterComma), '')];
  }
  const previous = siblings[index - 1];
  if (!previous) return [ownLine(end) ? wholeLines(end) : replaceEdit(doc, start, end, '')];
  // The last entry: the comma after the previous one goes too.
  const commaBefore = skipSpaces(text, contentEnd(doc, previous));
  if (ownLine(end)) return [replaceEdit(doc, commaBefore, commaBefore + 1, ''), wholeLines(end)];
  return [replaceEdit(doc, commaBefore, end, '')];
}

/** Block YAML list item: from its `- ` to its last line. */
function removeBlockItem(context: FixContext, item: ValueNode): TextEdit[] {
  const { doc } = context;
  let dash = item.offset - 1;
  while (dash >= 0 && (doc.text[dash] === ' ' || doc.text[dash] === '\t')) dash--;
  if (doc.text[dash] !== '-' || !startsLine(doc, dash)) return [];
  const lastLineStart = doc.lineStarts[lineIndexAt(doc, contentEnd(doc, item))];
  return [replaceEdit(doc, doc.lineStarts[lineIndexAt(doc, dash)], nextLineStart(doc, lastLineStart), '')];
}

function removeFromBlock(context: FixContext, parent: ObjectNode, property: PropertyNode): TextEdit[] {
  const { doc } = context;
  const firstLine = lineIndexAt(doc, property.offset);
  const lastLine = lineIndexAt(doc, contentEnd(doc, property));
  const lineStart = doc.lineStarts[firstLine];
  const removeEnd = nextLineStart(doc, doc.lineStarts[lastLine]);
  if (startsLine(doc, property.offset)) return [replaceEdit(doc, lineStart, removeEnd, '')];
  // The key shares its line with a `- ` marker: keep the marker and pull the next key up to it.
  const next = parent.properties[parent.properties.indexOf(property) + 1];
  if (next) return [replaceEdit(doc, property.offset, next.offset, '')];
  const line = readYamlLine(lineText(doc, firstLine));
  const keepsMarker = line.dashColumns.length > 0;
  return [replaceEdit(doc, property.offset, contentEnd(doc, property), keepsMarker ? '{}' : '')];
}

function skipSpaces(text: string, offset: number): number {
  let position = offset;
  while (position < text.length && /\s/.test(text[position])) position++;
  return position;
}

function restOfLineIsBlank(text: string, offset: number): boolean {
  const lineEnd = text.indexOf('\n', offset);
  return text.slice(offset, lineEnd < 0 ? text.length : lineEnd).trim() === '';
}
