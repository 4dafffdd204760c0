/** Formatting: JSON only, through jsonc-parser (keeps comments). YAML is left as written. */
import { createScanner, format, SyntaxKind } from 'jsonc-parser';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../request/parser/ast';
import { rangeOf } from '../../request/parser/positions';
import { lineBreakOf } from './completion/documentText';
import { defaultSettings, type ServiceSettings } from './types';
import { beyondFeatureLimits, FORMAT_SLACK, MAX_FORMAT_EDITS, MAX_FORMAT_GROWTH, MAX_TAB_SIZE } from './outputLimits';

/** jsonc-parser's own default, for a tab size that is not a usable number. */
const DEFAULT_TAB_SIZE = 4;

/**
 * The edits that re-indent a JSON document, or none when the document is beyond the limits
 * validation stops at, or when the edits would be far larger than the document (outputLimits.ts).
 */
export function formatDocument(
  parsed: ParsedDocument,
  options: FormattingOptions,
  settings: ServiceSettings = defaultSettings,
): TextEdit[] {
  if (parsed.format !== 'json' || beyondFeatureLimits(parsed, settings)) return [];
  const tabSize = tabSizeOf(options.tabSize);
  const budget = MAX_FORMAT_GROWTH * parsed.text.length + FORMAT_SLACK;
  // jsonc-parser builds every edit before we see one: estimate first, so a long list nested
  // deep (a line break and hundreds of spaces per item) is refused before it takes memory.
  if (estimatedIndentation(parsed.text, options.insertSpaces === true ? tabSize : 1, budget) > budget) return [];
  const edits = format(parsed.text, undefined, {
    tabSize,
    insertSpaces: options.insertSpaces === true,
    insertFinalNewline: options.insertFinalNewline === true,
    eol: lineBreakOf(parsed.text),
  });
  if (edits.length > MAX_FORMAT_EDITS) return [];
  let inserted = 0;
  for (const edit of edits) {
    inserted += edit.content.length;
    if (inserted > budget) return [];
  }
  return edits.map((edit) => ({ range: rangeOf(parsed, edit.offset, edit.length), newText: edit.content }));
}

/** A whole number of columns from 1 to MAX_TAB_SIZE, whatever the client sent. */
function tabSizeOf(requested: unknown): number {
  if (typeof requested !== 'number' || !Number.isFinite(requested) || requested < 1) return DEFAULT_TAB_SIZE;
  return Math.min(Math.floor(requested), MAX_TAB_SIZE);
}

/**
 * About how many characters formatting inserts, counted up to `budget` (past it the count stops): a
 * line break and the indentation of its depth after each opening bracket and comma and before each
 * closing bracket. Reads jsonc-parser's own tokens, as `format` does, not our tree: past a syntax
 * error (an unclosed string) our tree stops while `format` goes on through the rest of the text
 * (fuzz seed 4242, document 115341: 20,000 brackets nested after one, minutes of indenting). Linear.
 */
function estimatedIndentation(text: string, levelWidth: number, budget: number): number {
  const scanner = createScanner(text, false);
  let total = 0;
  let depth = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF && total <= budget; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) depth++;
    else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken)
      depth = Math.max(0, depth - 1);
    else if (token !== SyntaxKind.CommaToken) continue;
    total += 1 + depth * levelWidth;
  }
  return total;
}
