/**
 * Removing a property without leaving a mess: in JSON (and YAML flow style) the separating comma
 * goes too; in block YAML whole lines go, and comments on other lines stay.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ObjectNode, PropertyNode } from '../parser/ast';
import { readYamlLine } from '../completion/yamlLines';
import { lineIndexAt, lineText } from '../completion/documentText';
import { contentEnd, isFlowCollection, nextLineStart, replaceEdit, startsLine, type FixContext } from './fixContext';

export function removePropertyEdits(context: FixContext, property: PropertyNode): TextEdit[] {
  const parent = property.parent;
  if (!parent || parent.type !== 'object') return [];
  return isFlowCollection(context.doc, parent) ? removeFromFlow(context, parent, property) : removeFromBlock(context, parent, property);
}

function removeFromFlow(context: FixContext, parent: ObjectNode, property: PropertyNode): TextEdit[] {
  const { doc } = context;
  const { text } = doc;
  const index = parent.properties.indexOf(property);
  const start = property.offset;
  const end = contentEnd(doc, property);
  const commaAfter = skipSpaces(text, end);
  if (text[commaAfter] === ',') {
    // `"a": 1, "b": 2` → `"b": 2`; on its own line, the whole line goes.
    const afterComma = commaAfter + 1;
    if (startsLine(doc, start) && restOfLineIsBlank(text, afterComma)) {
      return [replaceEdit(doc, doc.lineStarts[lineIndexAt(doc, start)], nextLineStart(doc, afterComma), '')];
    }
    return [replaceEdit(doc, start, skipSpaces(text, afterComma), '')];
  }
  const previous = parent.properties[index - 1];
  if (!previous) {
    // The only property: leave an empty object.
    if (startsLine(doc, start) && restOfLineIsBlank(text, end)) {
      return [replaceEdit(doc, doc.lineStarts[lineIndexAt(doc, start)], nextLineStart(doc, end), '')];
    }
    return [replaceEdit(doc, start, end, '')];
  }
  // The last property: the comma after the previous one goes too.
  const commaBefore = skipSpaces(text, contentEnd(doc, previous));
  if (startsLine(doc, start) && restOfLineIsBlank(text, end)) {
    return [
      replaceEdit(doc, commaBefore, commaBefore + 1, ''),
      replaceEdit(doc, doc.lineStarts[lineIndexAt(doc, start)], nextLineStart(doc, end), ''),
    ];
  }
  return [replaceEdit(doc, commaBefore, end, '')];
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
