/**
 * The note the request's CodeLens shows after a dry-run ("Dry-run passed at 10:42 against Local
 * emulator"), until the file is edited. Pure (no vscode).
 */
export interface DryRunResult {
  readonly passed: boolean;
  /** The service's error code of a refusal. */
  readonly code?: string;
  /** The whole answer in words (shown as the lens tooltip). */
  readonly detail: string;
  readonly profileName: string;
  readonly at: Date;
  /** The pre-flight's account part when it needs a look ("account: 2 warnings", "account not checked"). */
  readonly account?: string;
}

/** 10:42 (local time, 24-hour). */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The lens title: what the last dry-run of this text said, when and against which profile. */
export function dryRunNoteTitle(result: DryRunResult): string {
  const when = `at ${clockTime(result.at)} against ${result.profileName}`;
  const account = result.account ? ` · ${result.account}` : '';
  return result.passed
    ? `$(pass) Dry-run passed ${when}${account}`
    : `$(error) Dry-run refused${result.code ? ` (${result.code})` : ''} ${when}${account}`;
}
