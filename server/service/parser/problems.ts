/**
 * What the JSON and YAML parsers share: the result they hand to parse.ts, the limits that keep
 * hostile input away from the recursive third-party parsers, and the problems both report with
 * the same code and wording.
 */
import type { CommentRange, StringNode, SyntaxProblem, ValueNode } from './ast';

/** What a format parser hands back to parse.ts. */
export interface FormatParseResult {
  root?: ValueNode;
  problems: SyntaxProblem[];
  comments: CommentRange[];
}

/**
 * Request bodies are a handful of levels deep. Anything deeper than this is refused before
 * the (recursive) third-party parsers see it, so no later step can overflow the stack.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * A YAML document with more lines than this is no request body (a legal maximal body is under
 * 100 kB), and building our tree for it would take seconds: it only gets the yaml package's
 * syntax check, and validation says why (validate.ts).
 */
export const MAX_YAML_LINES = 50_000;

/** Whether `text` has more than MAX_YAML_LINES lines; stops counting as soon as it knows. */
export function exceedsYamlLineLimit(text: string): boolean {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines > MAX_YAML_LINES) return true;
  }
  return false;
}

export const DUPLICATE_KEY_CODE = 'duplicate-key';
export const NESTING_TOO_DEEP_CODE = 'nesting-too-deep';

export function tooDeepProblem(offset: number): SyntaxProblem {
  return {
    code: NESTING_TOO_DEEP_CODE,
    message: `The document nests objects and lists more than ${MAX_NESTING_DEPTH} levels deep; a request body is never this deep, so it was not read further.`,
    offset,
    length: 1,
    severity: 'error',
  };
}

export function duplicateKeyProblem(key: StringNode): SyntaxProblem {
  return {
    code: DUPLICATE_KEY_CODE,
    message: `"${key.value}" appears more than once in this object; only the last one would be used. Remove the extra one.`,
    offset: key.offset,
    length: key.length,
    severity: 'error',
  };
}
