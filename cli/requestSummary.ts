/**
 * The confirmation `ecs-request submit` prints: the target, then the request's facts in the words
 * the editor's confirmation uses (request/requestSummary.ts), so both say the same about a body.
 */
import { readRequestFacts } from '../request/requestFacts';
import { summaryLines, type SummaryLine } from '../request/requestSummary';

export interface RequestSummary {
  readonly count: number;
  /** Target first (region, project), then the request's facts. */
  readonly lines: readonly SummaryLine[];
}

export function summarizeRequest(body: unknown, region: string, projectId: string): RequestSummary {
  const facts = readRequestFacts(body);
  return {
    count: facts.count,
    lines: [{ label: 'Region', value: region }, { label: 'Project', value: projectId }, ...summaryLines(facts)],
  };
}

/** One indented `label: value` line each, the values aligned. */
export function formatSummary(summary: RequestSummary): string[] {
  const width = Math.max(...summary.lines.map((line) => line.label.length)) + 1;
  return summary.lines.map((line) => `  ${`${line.label}:`.padEnd(width + 1)}${line.value}`);
}
