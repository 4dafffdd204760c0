/**
 * The facade of the language service: the only surface the LSP adapter (server/server.ts)
 * and the CLI use. Pure: no I/O, no editor. Implemented in languageService.ts.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  InlayHint,
  Position,
  Range,
  TextEdit,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../request/parser/ast';
import type { ServiceSettings } from './types';
import type { AccountData } from './account/accountData';
import type { ItemDefaultName } from './completion/itemDefaults';

/** How the client reads completion lists. */
export interface CompletionOptions {
  /**
   * The LSP 3.17 item defaults the client declared (`completionList.itemDefaults`): what the items
   * share is sent once in the list's `itemDefaults`. Absent or empty: every item is whole.
   */
  readonly itemDefaults?: readonly ItemDefaultName[];
}

export interface EcsLanguageService {
  /** Parse once per (uri, version); later calls with the same version return the cached model. */
  parse(document: TextDocument): ParsedDocument;
  /** All diagnostics: syntax, schema (ajv), YAML typing traps, secrets, cross-field rules. */
  validate(parsed: ParsedDocument, settings?: ServiceSettings): Diagnostic[];
  complete(parsed: ParsedDocument, position: Position, options?: CompletionOptions): CompletionList;
  hover(parsed: ParsedDocument, position: Position): Hover | null;
  /**
   * With account data: the resource's name after each ID value in `range` (bounded); [] without
   * account data or when `settings.inlayHintResourceNames` is off.
   */
  inlayHints(parsed: ParsedDocument, range: Range, settings?: ServiceSettings): InlayHint[];
  /** Quick fixes for the diagnostics in the request (their `data` carries the fix descriptions). */
  codeActions(parsed: ParsedDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  /** `settings`: beyond its maxDocumentSize (and the other limits of validation) the answer is empty. */
  documentSymbols(parsed: ParsedDocument, settings?: ServiceSettings): DocumentSymbol[];
  foldingRanges(parsed: ParsedDocument, settings?: ServiceSettings): FoldingRange[];
  /** JSON only (YAML returns []): re-indents while keeping comments; within the limits of `settings`. */
  format(parsed: ParsedDocument, options: FormattingOptions, settings?: ServiceSettings): TextEdit[];
  /** Forget cached parses of a closed document. */
  forget(uri: string): void;
  /**
   * The active account data (readAccountNotification in account/accountData.ts), or undefined to
   * clear it: validation adds the account checks, completion the account's IDs, hover what an ID is.
   */
  setAccount(data: AccountData | undefined): void;
  readonly account: AccountData | undefined;
  /**
   * The names of the secrets the client has stored (readStoredSecretNames in storedSecrets.ts), or
   * undefined while not known: validation then marks each `${secret:NAME}` with nothing stored.
   */
  setStoredSecretNames(names: ReadonlySet<string> | undefined): void;
  readonly storedSecretNames: ReadonlySet<string> | undefined;
}

/** Source names shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'ECS';
