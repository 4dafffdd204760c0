/**
 * Folding ranges: objects and arrays that span lines (JSON: up to the line before the closing
 * bracket; YAML: the key's block), and runs of comment lines.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from './parser/ast';
import { lineIndexAt } from './completion/documentText';
import { contentEnd } from './fixes/fixContext';

export function getFoldingRanges(parsed: ParsedDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  if (parsed.root) collectValueRanges(parsed, parsed.root, ranges);
  collectCommentRanges(parsed, ranges);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function collectValueRanges(parsed: ParsedDocument, value: ValueNode, ranges: FoldingRange[], foldStart = value.offset): void {
  if (value.type !== 'object' && value.type !== 'array') return;
  const startLine = lineIndexAt(parsed, foldStart);
  const lastLine = lineIndexAt(parsed, Math.max(foldStart, contentEnd(parsed, value) - 1));
  // JSON keeps the closing bracket visible; a YAML block has no closing line.
  const isBracketed = parsed.format === 'json' || parsed.text[value.offset] === '{' || parsed.text[value.offset] === '[';
  const endLine = isBracketed ? lastLine - 1 : lastLine;
  // The root mapping of a YAML file would just repeat its first key's range.
  const isYamlRoot = !isBracketed && !value.parent;
  if (endLine > startLine && !isYamlRoot) ranges.push({ startLine, endLine });
  if (value.type === 'object') {
    for (const property of value.properties) {
      // A block value folds from its key's line.
      if (property.valueNode) collectValueRanges(parsed, property.valueNode, ranges, isBlock(parsed, property.valueNode) ? property.offset : property.valueNode.offset);
    }
  } else {
    for (const item of value.items) collectValueRanges(parsed, item, ranges);
  }
}

function isBlock(parsed: ParsedDocument, value: ValueNode): boolean {
  return parsed.format === 'yaml' && parsed.text[value.offset] !== '{' && parsed.text[value.offset] !== '[';
}

/** Consecutive full-line comments (two or more lines) and multi-line block comments. */
function collectCommentRanges(parsed: ParsedDocument, ranges: FoldingRange[]): void {
  let runStart = -1;
  let runEnd = -1;
  const flush = () => {
    if (runStart >= 0 && runEnd > runStart) ranges.push({ startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment });
    runStart = -1;
  };
  for (const comment of [...parsed.comments].sort((a, b) => a.offset - b.offset)) {
    const first = lineIndexAt(parsed, comment.offset);
    const last = lineIndexAt(parsed, comment.offset + Math.max(0, comment.length - 1));
    const ownLine = parsed.text.slice(parsed.lineStarts[first], comment.offset).trim() === '';
    if (!ownLine) continue;
    if (runStart >= 0 && first === runEnd + 1) {
      runEnd = last;
      continue;
    }
    flush();
    runStart = first;
    runEnd = last;
  }
  flush();
}
