/** Offset <-> line/character conversion over a parsed document's line table. */
import type { Position, Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from './ast';

export function computeLineStarts(text: string): number[] {
  // Usual case, no carriage returns: indexOf jumps over long lines (a 44K-character user_data)
  // far faster than a character loop. Same result as the loop below.
  if (text.indexOf('\r') < 0) {
    const starts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(doc: Pick<ParsedDocument, 'lineStarts' | 'text'>, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, doc.text.length));
  const starts = doc.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: clamped - starts[low] };
}

export function offsetAt(doc: Pick<ParsedDocument, 'lineStarts' | 'text'>, position: Position): number {
  const starts = doc.lineStarts;
  if (position.line >= starts.length) return doc.text.length;
  if (position.line < 0) return 0;
  const lineStart = starts[position.line];
  const nextLineStart = position.line + 1 < starts.length ? starts[position.line + 1] : doc.text.length;
  return Math.max(lineStart, Math.min(lineStart + position.character, nextLineStart));
}

export function rangeOf(doc: Pick<ParsedDocument, 'lineStarts' | 'text'>, offset: number, length: number): Range {
  return { start: positionAt(doc, offset), end: positionAt(doc, offset + length) };
}
