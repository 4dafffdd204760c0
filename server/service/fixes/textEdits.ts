/** Applying LSP text edits to a string: for previews, the CLI's --fix and tests. */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../../request/parser/ast';
import { computeLineStarts, offsetAt } from '../../../request/parser/positions';

/** Applies non-overlapping edits (all relative to the original text), as an editor would. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const doc: Pick<ParsedDocument, 'text' | 'lineStarts'> = { text, lineStarts: computeLineStarts(text) };
  const resolved = edits
    .map((edit, order) => ({
      start: offsetAt(doc, edit.range.start),
      end: offsetAt(doc, edit.range.end),
      newText: edit.newText,
      order,
    }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const edit of resolved) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
