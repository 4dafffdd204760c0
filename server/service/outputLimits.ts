/**
 * Bounds on the work and the answer size of the features that walk a whole document (formatting,
 * the outline, folding). They stop where validation stops (a document over `ecs.maxDocumentSize`,
 * a YAML file with more lines and marks than a request could have, nesting past the parser's limit) and cap
 * what they return, so no document, however hostile, makes the server build a huge answer.
 */
import type { ParsedDocument } from '../../request/parser/ast';
import { NESTING_TOO_DEEP_CODE } from '../../request/parser/problems';
import type { ServiceSettings } from './types';
import { whySyntaxOnly } from './validation/validate';

/**
 * Document symbols and folding ranges returned at most (VS Code's own JSON support stops at the
 * same number); a request body has a few hundred nodes.
 */
export const MAX_OUTLINE_ENTRIES = 5000;

/** Indentation width used by formatting at most: `tabSize: 1000000` would otherwise indent by a megabyte. */
export const MAX_TAB_SIZE = 16;

/**
 * Formatting gives up when its edits would insert more than this many times the document's
 * length (plus FORMAT_SLACK characters): re-indenting a sensible file never comes close.
 */
export const MAX_FORMAT_GROWTH = 8;
export const FORMAT_SLACK = 64 * 1024;

/**
 * Formatting gives up beyond this many edits: ten times what the largest legal request written on
 * one line needs (960). jsonc-parser formats the tokens past a syntax error too, which our tree
 * does not cover (fuzz seed 4242, document 1777: 50,000 edits, over a second to answer).
 */
export const MAX_FORMAT_EDITS = 10_000;

/** Whether whole-document features should leave `parsed` alone (validation only checks its syntax). */
export function beyondFeatureLimits(parsed: ParsedDocument, settings: ServiceSettings): boolean {
  if (whySyntaxOnly(parsed, settings) !== undefined) return true;
  return parsed.syntaxProblems.some((problem) => problem.code === NESTING_TOO_DEEP_CODE);
}
