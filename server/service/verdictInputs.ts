/**
 * What a diagnostic depends on beyond the document's text and the `ecs` settings. The client
 * shows a file's last diagnostics while the server starts after a window reload
 * (client/rememberedDiagnostics.ts); it keeps only findings that follow from the text and the
 * settings alone, so that what it shows is what the server will say. Kept out: the account checks
 * (account data), a `${secret:NAME}` with nothing stored (the client's stored names) and rules that
 * read the clock. Small on purpose: the extension's activation bundle imports it.
 */
import { AccountCodes } from './account/accountCodes';
import { SECRET_NOT_STORED_CODE } from './storedSecrets';

/** Rules whose verdict changes with the time (R24: auto_terminate_time 30 minutes to 3 years ahead). */
export const RULES_READING_THE_CLOCK: ReadonlySet<string> = new Set(['R24']);

/** Diagnostic codes whose findings depend on more than the text and the settings. */
export const CODES_BEYOND_TEXT: ReadonlySet<string> = new Set([
  ...Object.values(AccountCodes),
  SECRET_NOT_STORED_CODE,
  // ruleCode() in validation/codes.ts; that module is not imported here (it loads the parsers).
  ...[...RULES_READING_THE_CLOCK].map((id) => `ECS-${id}`),
]);
