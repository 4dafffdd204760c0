/** Plain-text facts about a document that completion and quick fixes need to write matching text. */
import type { ParsedDocument } from '../parser/ast';

type TextSource = Pick<ParsedDocument, 'text' | 'lineStarts'>;

/**
 * The indentation step the document already uses (tab, or the most common increase in leading
 * spaces between consecutive lines), or `fallback` when nothing is indented yet.
 */
export function detectIndentUnit(text: string, fallback: string): string {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of text.split(/\r?\n|\r/)) {
    if (line.trim() === '' || /^\s*(#|\/\/)/.test(line)) continue;
    if (line.startsWith('\t')) return '\t';
    const indent = line.length - line.trimStart().length;
    if (indent > previous) counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
    previous = indent;
  }
  let best = 0;
  let bestCount = 0;
  for (const [step, count] of counts) {
    if (count > bestCount || (count === bestCount && step < best)) [best, bestCount] = [step, count];
  }
  return best > 0 ? ' '.repeat(best) : fallback;
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
  let rest = doc.text;
  for (const comment of [...doc.comments].sort((a, b) => b.offset - a.offset)) {
    rest = rest.slice(0, comment.offset) + rest.slice(comment.offset + comment.length);
  }
  return rest.trim() === '' || (doc.format === 'yaml' && rest.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l)));
}
