/** Formatting: JSON only, through jsonc-parser (keeps comments). YAML is left as written. */
import { format } from 'jsonc-parser';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from './parser/ast';
import { rangeOf } from './parser/positions';
import { lineBreakOf } from './completion/documentText';

export function formatDocument(parsed: ParsedDocument, options: FormattingOptions): TextEdit[] {
  if (parsed.format !== 'json') return [];
  const edits = format(parsed.text, undefined, {
    tabSize: options.tabSize,
    insertSpaces: options.insertSpaces,
    insertFinalNewline: options.insertFinalNewline ?? false,
    eol: lineBreakOf(parsed.text),
  });
  return edits.map((edit) => ({ range: rangeOf(parsed, edit.offset, edit.length), newText: edit.content }));
}
