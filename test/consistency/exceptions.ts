/**
 * The one list of known exceptions of the verdict consistency suite, keyed by corpus entry ID
 * (corpus.ts, variants.ts), each with the verdicts it shows today and why. The suite fails when an
 * exception no longer shows exactly these verdicts (remove or update it then), and when a body
 * that is not clean has no entry here.
 */
import type { Verdict } from './variants';

export interface KnownException {
  /** Today's verdict of the editor (`ecs-request lint`). */
  readonly lint: Verdict;
  /** Today's verdict of the emulator (dry-run, create, job). */
  readonly emulator: Verdict;
  readonly reason: string;
}

export const KNOWN_EXCEPTIONS: Readonly<Record<string, KnownException>> = {};
