/** Formatting: JSON only, through jsonc-parser (keeps comments). YAML is left as written. */
import { format } from 'jsonc-parser';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from '../../request/parser/ast';
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
  if (estimatedIndentation(parsed, options.insertSpaces === true ? tabSize : 1) > budget) return [];
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
 * About how many characters formatting inserts: a line break and the indentation of its depth
 * before every member of an object or list and before each closing bracket. Walks the tree
 * without recursion.
 */
function estimatedIndentation(parsed: ParsedDocument, levelWidth: number): number {
  if (!parsed.root) return 0;
  let total = 0;
  const pending: { node: ValueNode; depth: number }[] = [{ node: parsed.root, depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, depth } = next;
    if (node.type !== 'object' && node.type !== 'array') continue;
    const members = node.type === 'object' ? node.properties.map((property) => property.valueNode) : node.items;
    total += (members.length + 1) * (1 + (depth + 1) * levelWidth);
    for (const member of members) if (member) pending.push({ node: member, depth: depth + 1 });
  }
  return total;
}
