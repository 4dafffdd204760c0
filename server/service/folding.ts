/**
 * Folding ranges: objects and arrays that span lines (JSON: up to the line before the closing
 * bracket; YAML: the key's block), and runs of comment lines. At most MAX_OUTLINE_ENTRIES, the
 * outermost kept.
 */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from '../../request/parser/ast';
import { lineIndexAt } from './completion/documentText';
import { contentEnd } from './fixes/fixContext';
import { beyondFeatureLimits, MAX_OUTLINE_ENTRIES } from './outputLimits';
import { defaultSettings, type ServiceSettings } from './types';

/** A range and how deep its node sits (comments count as the top level). */
interface Fold {
  readonly range: FoldingRange;
  readonly depth: number;
}

export function getFoldingRanges(parsed: ParsedDocument, settings: ServiceSettings = defaultSettings): FoldingRange[] {
  if (beyondFeatureLimits(parsed, settings)) return [];
  const folds: Fold[] = [];
  if (parsed.root) collectValueRanges(parsed, parsed.root, folds, parsed.root.offset, 0);
  collectCommentRanges(parsed, folds);
  // Over the cap, the shallowest ranges stay (sort is stable: document order within a depth).
  const kept =
    folds.length > MAX_OUTLINE_ENTRIES ? folds.sort((a, b) => a.depth - b.depth).slice(0, MAX_OUTLINE_ENTRIES) : folds;
  return kept.map((fold) => fold.range).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function collectValueRanges(
  parsed: ParsedDocument,
  value: ValueNode,
  folds: Fold[],
  foldStart: number,
  depth: number,
): void {
  if (value.type !== 'object' && value.type !== 'array') return;
  const startLine = lineIndexAt(parsed, foldStart);
  const lastLine = lineIndexAt(parsed, Math.max(foldStart, contentEnd(parsed, value) - 1));
  // JSON keeps the closing bracket visible; a YAML block has no closing line.
  const isBracketed =
    parsed.format === 'json' || parsed.text[value.offset] === '{' || parsed.text[value.offset] === '[';
  const endLine = isBracketed ? lastLine - 1 : lastLine;
  // The root mapping of a YAML file would just repeat its first key's range.
  const isYamlRoot = !isBracketed && !value.parent;
  if (endLine > startLine && !isYamlRoot) folds.push({ range: { startLine, endLine }, depth });
  if (value.type === 'object') {
    for (const property of value.properties) {
      // A block value folds from its key's line.
      const child = property.valueNode;
      if (child)
        collectValueRanges(parsed, child, folds, isBlock(parsed, child) ? property.offset : child.offset, depth + 1);
    }
  } else {
    for (const item of value.items) collectValueRanges(parsed, item, folds, item.offset, depth + 1);
  }
}

function isBlock(parsed: ParsedDocument, value: ValueNode): boolean {
  return parsed.format === 'yaml' && parsed.text[value.offset] !== '{' && parsed.text[value.offset] !== '[';
}

/** Consecutive full-line comments (two or more lines) and multi-line block comments. */
function collectCommentRanges(parsed: ParsedDocument, folds: Fold[]): void {
  let runStart = -1;
  let runEnd = -1;
  let previousLast = -1;
  const flush = () => {
    if (runStart >= 0 && runEnd > runStart)
      folds.push({ range: { startLine: runStart, endLine: runEnd, kind: FoldingRangeKind.Comment }, depth: 0 });
    runStart = -1;
  };
  for (const comment of [...parsed.comments].sort((a, b) => a.offset - b.offset)) {
    const first = lineIndexAt(parsed, comment.offset);
    const last = lineIndexAt(parsed, comment.offset + Math.max(0, comment.length - 1));
    // A comment after another on the same line is not on its own line; checking that first keeps
    // a line of many comments from being re-read once per comment.
    const ownLine = first !== previousLast && parsed.text.slice(parsed.lineStarts[first], comment.offset).trim() === '';
    previousLast = last;
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
