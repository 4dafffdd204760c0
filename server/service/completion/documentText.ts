/** Plain-text facts about a document that completion and quick fixes need to write matching text. */
import type { ParsedDocument } from '../../../request/parser/ast';

type TextSource = Pick<ParsedDocument, 'text' | 'lineStarts'>;

/**
 * The indentation step the document already uses (tab, or the most common increase in leading
 * spaces between consecutive lines), or `fallback` when nothing is indented yet.
 */
export function detectIndentUnit(text: string, fallback: string): string {
  // One pass over the characters, no split or regex: completion calls this on every request and
  // the largest request is 60 KB (splitting it was two thirds of a completion's time).
  const counts = new Map<number, number>();
  let previous = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const lineEnd = endOfLine(text, lineStart);
    let first = lineStart;
    while (first < lineEnd && isWhitespace(text.charCodeAt(first))) first++;
    const skipped = first === lineEnd || text[first] === '#' || text.startsWith('//', first);
    if (!skipped) {
      if (text.charCodeAt(lineStart) === TAB) return '\t';
      const indent = first - lineStart;
      if (indent > previous) counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
      previous = indent;
    }
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF ? 2 : 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  }
  return best > 0 ? ' '.repeat(best) : fallback;
}

const TAB = 9;
const LF = 10;
const CR = 13;

/** The offset of the line break ending the line that starts at `from` (or the text's length). */
function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === LF || code === CR) return i;
    i++;
  }
  return i;
}

/** The characters String.prototype.trim removes (so indentation counts the way trimStart does). */
function isWhitespace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function lineIndexAt(doc: TextSource, offset: number): number {
  let low = 0;
  let high = doc.lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Text of line `index` without its line break. */
export function lineText(doc: TextSource, index: number): string {
  const start = doc.lineStarts[index];
  const end = index + 1 < doc.lineStarts.length ? doc.lineStarts[index + 1] : doc.text.length;
  return doc.text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/** The leading whitespace of the line that holds `offset`. */
export function indentationAt(doc: TextSource, offset: number): string {
  const line = lineText(doc, lineIndexAt(doc, offset));
  return line.slice(0, line.length - line.trimStart().length);
}

/** The line break the document uses. */
export function lineBreakOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/** A document with no content but whitespace and comments: the place for whole-request templates. */
export function isBlankDocument(doc: ParsedDocument): boolean {
  if (doc.root) return false;
  // The text between the comments, in one pass: cutting each comment out of the whole text in
  // turn copied the text once per comment (40,000 comment lines: 28 s per completion).
  const pieces: string[] = [];
  let from = 0;
  for (const comment of [...doc.comments].sort((a, b) => a.offset - b.offset)) {
    if (comment.offset < from) continue;
    pieces.push(doc.text.slice(from, comment.offset));
    from = comment.offset + comment.length;
  }
  pieces.push(doc.text.slice(from));
  const rest = pieces.join('');
  return rest.trim() === '' || (doc.format === 'yaml' && rest.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l)));
}
