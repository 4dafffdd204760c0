/**
 * The text of the submit confirmation: who pays, where, what is created and how it is billed.
 * Pure (no vscode), so the wording is unit-tested. The request's facts and their wording come from
 * the request core (request/requestFacts.ts, request/requestSummary.ts), shared with the CLI.
 * Secrets (adminPass, user_data) are never read.
 */
import { readRequestFacts } from '../../request/requestFacts';
import { plural, summaryLines, type SummaryLine } from '../../request/requestSummary';

export type { SummaryLine };

export interface SubmitTarget {
  readonly profileName: string;
  readonly region: string;
  /** Undefined when it will be looked up at submit time. */
  readonly projectId?: string;
}

export interface SubmitSummary {
  /** One sentence for the dialog title. */
  readonly message: string;
  readonly lines: readonly SummaryLine[];
  /** `label: value` lines joined, for the dialog detail and the log. */
  readonly detail: string;
}

/** Builds the confirmation summary for a request body (as it will be sent). */
export function buildSubmitSummary(body: unknown, target: SubmitTarget): SubmitSummary {
  const facts = readRequestFacts(body);
  const lines: SummaryLine[] = [
    { label: 'Profile', value: target.profileName },
    { label: 'Region', value: target.region },
    { label: 'Project', value: target.projectId ?? 'looked up from the region when sending' },
    ...summaryLines(facts),
  ];
  return {
    message: `Create ${plural(facts.count, 'ECS server')} in ${target.region} with profile "${target.profileName}"?`,
    lines,
    detail: lines.map((l) => `${l.label}: ${l.value}`).join('\n'),
  };
}
