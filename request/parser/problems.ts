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
  /** Set when the text was not read at all (too large to be a request body): why. */
  notReadBecause?: string;
}

/**
 * Request bodies are a handful of levels deep. Anything deeper than this is refused before
 * the (recursive) third-party parsers see it, so no later step can overflow the stack.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * The most lines plus structure marks (list items, keys, brackets, commas, anchors: see
 * scanYamlText) a YAML text may have for the yaml package to read it: over ten times the largest
 * legal request (bench/fixtures large.yaml has 694; the same request as indented JSON, which is
 * YAML too, 1,576). The yaml package takes several microseconds per token (tens on a busy
 * machine), so a text with hundreds of thousands (a 1.2 MB list of 50,000 items: 2 to 3 s) would
 * hold up every request of the editor; 10,000 still took over a second on a loaded 2-core machine.
 */
export const MAX_YAML_ENTRIES = 8_000;

export function tooManyYamlEntries(): string {
  return (
    `This file has more than ${MAX_YAML_ENTRIES.toLocaleString('en-US')} lines and YAML marks (list items, keys, ` +
    'brackets, commas), while a request body has a few thousand at most, so it was not checked, not even its syntax. ' +
    'Check that this is the request file you meant, or split it.'
  );
}

export const DUPLICATE_KEY_CODE = 'duplicate-key';
export const NESTING_TOO_DEEP_CODE = 'nesting-too-deep';

export function tooDeepProblem(offset: number): SyntaxProblem {
  return {
    code: NESTING_TOO_DEEP_CODE,
    message:
      `The document nests objects and lists more than ${MAX_NESTING_DEPTH} levels deep; ` +
      'a request body is never this deep, so it was not read further.',
    offset,
    length: 1,
    severity: 'error',
  };
}

export function duplicateKeyProblem(key: StringNode): SyntaxProblem {
  return {
    code: DUPLICATE_KEY_CODE,
    message:
      `"${key.value}" appears more than once in this object; ` +
      'only the last one would be used. Remove the extra one.',
    offset: key.offset,
    length: key.length,
    severity: 'error',
  };
}
