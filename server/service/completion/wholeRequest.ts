/**
 * Where a whole-request template fits: a document whose only content (comments aside) is the word
 * being typed at the cursor, or an empty root object (`{}`) around the cursor. Anywhere else a
 * template would nest a second request inside the first, so it is not offered.
 */
import type { ParsedDocument } from '../../../request/parser/ast';
import { lineIndexAt } from './documentText';

/** The edits that put a template in place of the document's content. */
export interface WholeRequestSpot {
  /** Replaced by the template: the cursor's line, or only the typed word when a comment shares the line. */
  readonly replaceStart: number;
  readonly replaceEnd: number;
  /** Characters of the line before the cursor that the editor filters on besides the label (`{`). */
  readonly filterPrefix: string;
  /** Offsets of the braces of an empty root object that lie outside the replaced range. */
  readonly bracesToDelete: readonly number[];
}

const TEMPLATE_WORD = /[A-Za-z0-9_-]/;

export function wholeRequestSpot(doc: ParsedDocument, offset: number): WholeRequestSpot | undefined {
  const root = doc.root;
  let braces: number[] = [];
  if (root?.type === 'object') {
    const end = root.offset + root.length - 1;
    const inside = offset > root.offset && offset <= end && doc.text[end] === '}';
    if (root.properties.length > 0 || doc.text[root.offset] !== '{' || !inside) return undefined;
    braces = [root.offset, end];
  } else if (root && root.type !== 'string') {
    return undefined;
  }
  let wordStart = offset;
  while (wordStart > 0 && TEMPLATE_WORD.test(doc.text[wordStart - 1])) wordStart--;
  let wordEnd = offset;
  while (wordEnd < doc.text.length && TEMPLATE_WORD.test(doc.text[wordEnd])) wordEnd++;
  const cut = [...braces.map((at) => ({ from: at, to: at + 1 })), { from: wordStart, to: wordEnd }];
  if (textWithout(doc, cut).trim() !== '') return undefined;

  const lineIndex = lineIndexAt(doc, offset);
  const lineStart = doc.lineStarts[lineIndex];
  const lineEnd = lineIndex + 1 < doc.lineStarts.length ? lineEndBefore(doc, lineIndex + 1) : doc.text.length;
  const commentOnLine = doc.comments.some((c) => c.offset < lineEnd && c.offset + c.length > lineStart);
  const [replaceStart, replaceEnd] = commentOnLine ? [wordStart, wordEnd] : [lineStart, lineEnd];
  return {
    replaceStart,
    replaceEnd,
    filterPrefix: doc.text.slice(replaceStart, wordStart).trim(),
    bracesToDelete: braces.filter((at) => at < replaceStart || at >= replaceEnd),
  };
}

/** The end of the line before line `next` (its line break excluded). */
function lineEndBefore(doc: ParsedDocument, next: number): number {
  let end = doc.lineStarts[next];
  if (doc.text[end - 1] === '\n') end--;
  if (doc.text[end - 1] === '\r') end--;
  return end;
}

/** The document text without its comments and the `extra` ranges, in one pass over sorted cuts. */
function textWithout(doc: ParsedDocument, extra: readonly { from: number; to: number }[]): string {
  const cuts = [...doc.comments.map((c) => ({ from: c.offset, to: c.offset + c.length })), ...extra].sort(
    (a, b) => a.from - b.from,
  );
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.from > from) pieces.push(doc.text.slice(from, cut.from));
    from = Math.max(from, cut.to);
  }
  pieces.push(doc.text.slice(from));
  return pieces.join('');
}
