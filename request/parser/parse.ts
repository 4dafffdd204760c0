/**
 * Entry point of the parsers: text in, the shared document model (ast.ts) out, for either format.
 * Never throws: a parser failure becomes a syntax problem on an otherwise empty document.
 */
import type { DocumentFormat, ParsedDocument, SyntaxProblem } from './ast';
import { parseJson, JSON_SYNTAX_CODE } from './jsonParser';
import type { FormatParseResult } from './problems';
import { parseYaml, YAML_SYNTAX_CODE } from './yamlParser';
import { computeLineStarts } from './positions';

// Which format a document is in is decided with the language ids, for every part alike.
export { formatFromUri } from '../languageIds';

export function parseDocument(uri: string, version: number, text: string, format: DocumentFormat): ParsedDocument {
  let result: FormatParseResult;
  try {
    result = format === 'yaml' ? parseYaml(text) : parseJson(text);
  } catch (error) {
    // Defensive: the parsers are meant to recover from anything, but a document must always load.
    const cause = error instanceof RangeError ? 'it is too deeply nested or too large' : 'unexpected parser failure';
    const problem: SyntaxProblem = {
      code: format === 'yaml' ? YAML_SYNTAX_CODE : JSON_SYNTAX_CODE,
      message: `This document could not be read (${cause}).`,
      offset: 0,
      length: 0,
      severity: 'error',
    };
    result = { problems: [problem], comments: [] };
  }
  return {
    uri,
    version,
    format,
    text,
    root: result.root,
    syntaxProblems: result.problems,
    comments: result.comments,
    lineStarts: computeLineStarts(text),
    ...(result.notReadBecause !== undefined ? { notReadBecause: result.notReadBecause } : {}),
  };
}
