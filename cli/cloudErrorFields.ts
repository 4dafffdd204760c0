/**
 * A cloud error on the lines of the request file: `file:line:col error CODE message` for each field
 * the error points at (cloud/errorFields.ts), at the span the editor marks (request/fieldLocation.ts).
 */
import { fieldProblems, type FieldProblem } from '../cloud/errorFields';
import { EcsApiError } from '../cloud/errors';
import { locateField } from '../request/fieldLocation';
import type { ParsedDocument } from '../request/parser/ast';
import { positionAt } from '../request/parser/positions';

export interface LocatedProblem {
  readonly problem: FieldProblem;
  /** 1-based, as compilers print. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The fields a refusal names, placed in the file; empty when it names none (quota, account, ...). */
export function locateCloudError(error: unknown, parsed: ParsedDocument, body: unknown): LocatedProblem[] {
  if (!(error instanceof EcsApiError)) return [];
  const problems = fieldProblems({ code: error.code, message: error.serviceMessage, details: error.details }, body);
  return problems.map((problem) => {
    const span = locateField(parsed.root, parsed.text, problem.path);
    const start = positionAt(parsed, span.offset);
    const end = positionAt(parsed, span.offset + span.length);
    return {
      problem,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    };
  });
}

/** `file:line:col error CODE message`, like the lint lines. */
export function formatLocatedProblem(displayPath: string, located: LocatedProblem): string {
  const { problem } = located;
  const note = problem.missing ? ' (the field is missing here)' : '';
  return `${displayPath}:${located.line}:${located.column} error ${problem.code} ${problem.message}${note}`;
}

/** A located problem as `--json` prints it. */
export function locatedProblemJson(located: LocatedProblem): Record<string, unknown> {
  return {
    path: located.problem.path,
    line: located.line,
    column: located.column,
    endLine: located.endLine,
    endColumn: located.endColumn,
    code: located.problem.code,
    message: located.problem.message,
    missing: located.problem.missing,
  };
}
