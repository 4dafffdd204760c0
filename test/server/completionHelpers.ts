/** Shared by the completion, hover, code action and symbol tests: documents with a cursor mark. */
import type { Position } from 'vscode-languageserver-types';
import type { DocumentFormat, ParsedDocument } from '../../request/parser/ast';
import { parseDocument } from '../../request/parser/parse';
import { positionAt } from '../../request/parser/positions';

export function parse(text: string, format: DocumentFormat): ParsedDocument {
  return parseDocument(`file:///test.ecs.${format}`, 1, text, format);
}

/** Parses `marked` with its single `|` removed and returns the cursor position of the `|`. */
export function parseWithCursor(
  marked: string,
  format: DocumentFormat,
): { parsed: ParsedDocument; position: Position } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  const parsed = parse(marked.slice(0, offset) + marked.slice(offset + 1), format);
  return { parsed, position: positionAt(parsed, offset) };
}

/** Snippet text with tab stops and choices reduced to what accepting them as-is would give. */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_m, choices: string) => choices.split(/(?<!\\),/)[0])
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\,|])/g, '$1');
}
