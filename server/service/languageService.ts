/**
 * The facade of the pure language service (api.ts): parses each document version once and
 * hands the model to the feature modules. No I/O and no editor here, so the LSP adapter and
 * the CLI share it unchanged.
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
import { MarkupContent, MarkupKind } from 'vscode-languageserver-types';
import type { CompletionOptions, EcsLanguageService } from './api';
import { offsetAt } from '../../request/parser/positions';
import type { ParsedDocument } from '../../request/parser/ast';
import { formatFromUri, parseDocument } from '../../request/parser/parse';
import { defaultSettings, type ServiceSettings } from './types';
import { validateDocument, type ValidationOptions } from './validation/validate';
import { completionCaches, doComplete } from './completion';
import { withItemDefaults } from './completion/itemDefaults';
import { doHover } from './hover';
import { getCodeActions } from './codeActions';
import { getDocumentSymbols } from './symbols';
import { getFoldingRanges } from './folding';
import { formatDocument } from './formatting';
import { TreeCaches } from './lastResultMemo';
import type { AccountData } from './account/accountData';
import { AccountCompletionIndex, accountHover } from './account/accountAssist';
import { accountInlayHints } from './account/accountInlayHints';

export interface LanguageServiceOptions {
  /** Passed to validation (tests pin "now" and swap the rule set). */
  readonly validation?: ValidationOptions;
}

/** What the cache holds per uri: the last version parsed (older versions are never asked again). */
interface CacheEntry {
  readonly version: number;
  readonly text: string;
  readonly format: ParsedDocument['format'];
  readonly parsed: ParsedDocument;
}

/** A feature must never take the server down; an empty answer is the safe fallback. */
function safely<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** Never throws: options that are not an object (a caller's slip) count as no options. */
export function createLanguageService(options: LanguageServiceOptions = {}): EcsLanguageService {
  const cache = new Map<string, CacheEntry>();
  /** This instance's per-tree memos (lastResultMemo.ts): emptied when a tree of this instance goes away. */
  const treeCaches = new TreeCaches();
  const completion = completionCaches(treeCaches);
  const validationOptions =
    typeof options === 'object' &&
    options !== null &&
    typeof options.validation === 'object' &&
    options.validation !== null
      ? options.validation
      : undefined;
  /** The one active account snapshot of this service instance (docs/lsp-extensions.md). */
  let account: AccountData | undefined;
  /** Completion's prepared choices of that snapshot: made with it, dropped with it. */
  let accountCompletion: AccountCompletionIndex | undefined;
  /** The secret names the client has stored; undefined until it says (unknown is not missing). */
  let storedSecretNames: ReadonlySet<string> | undefined;
  const now = () => validationOptions?.now ?? new Date();

  return {
    parse(document: TextDocument): ParsedDocument {
      const format = formatFromUri(document.uri, document.languageId);
      const cached = cache.get(document.uri);
      // Same version and same format: reuse. The text check guards callers that reuse version numbers.
      if (cached && cached.version === document.version && cached.format === format) {
        const text = document.getText();
        if (cached.text === text) return cached.parsed;
      }
      const text = document.getText();
      // Let the previous tree go before building the next one (see lastResultMemo.ts).
      cache.delete(document.uri);
      treeCaches.release();
      const parsed = parseDocument(document.uri, document.version, text, format);
      cache.set(document.uri, { version: document.version, text, format, parsed });
      return parsed;
    },

    validate(parsed: ParsedDocument, settings: ServiceSettings = defaultSettings): Diagnostic[] {
      const options =
        account || storedSecretNames ? { ...validationOptions, account, storedSecretNames } : validationOptions;
      return safely([], () => validateDocument(parsed, settings, options));
    },

    complete(parsed: ParsedDocument, position: Position, completionOptions?: CompletionOptions): CompletionList {
      return safely({ isIncomplete: false, items: [] }, () => {
        const list = doComplete(parsed, position, accountCompletion, completion);
        const defaults = completionOptions?.itemDefaults;
        return defaults && defaults.length > 0 ? withItemDefaults(list, defaults) : list;
      });
    },

    hover(parsed: ParsedDocument, position: Position): Hover | null {
      const schemaHover = safely(null, () => doHover(parsed, position));
      const current = account;
      if (!current) return schemaHover;
      const fromAccount = safely(undefined, () => accountHover(parsed, offsetAt(parsed, position), current, now()));
      if (!fromAccount) return schemaHover;
      if (!schemaHover || !MarkupContent.is(schemaHover.contents)) return fromAccount;
      const value = `${(fromAccount.contents as MarkupContent).value}\n\n---\n\n${schemaHover.contents.value}`;
      return { contents: { kind: MarkupKind.Markdown, value }, range: fromAccount.range };
    },

    inlayHints(parsed: ParsedDocument, range: Range, settings: ServiceSettings = defaultSettings): InlayHint[] {
      const current = account;
      if (!current || !settings.inlayHintResourceNames) return [];
      return safely([], () =>
        accountInlayHints(parsed, offsetAt(parsed, range.start), offsetAt(parsed, range.end), current),
      );
    },

    setAccount(data: AccountData | undefined): void {
      account = data;
      accountCompletion = data ? new AccountCompletionIndex(data) : undefined;
    },

    get account(): AccountData | undefined {
      return account;
    },

    setStoredSecretNames(names: ReadonlySet<string> | undefined): void {
      storedSecretNames = names;
    },

    get storedSecretNames(): ReadonlySet<string> | undefined {
      return storedSecretNames;
    },

    codeActions(parsed: ParsedDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
      return safely([], () => getCodeActions(parsed, range, diagnostics));
    },

    documentSymbols(parsed: ParsedDocument, settings: ServiceSettings = defaultSettings): DocumentSymbol[] {
      return safely([], () => getDocumentSymbols(parsed, settings));
    },

    foldingRanges(parsed: ParsedDocument, settings: ServiceSettings = defaultSettings): FoldingRange[] {
      return safely([], () => getFoldingRanges(parsed, settings));
    },

    format(
      parsed: ParsedDocument,
      formattingOptions: FormattingOptions,
      settings: ServiceSettings = defaultSettings,
    ): TextEdit[] {
      if (parsed.format !== 'json') return [];
      return safely([], () => formatDocument(parsed, formattingOptions, settings));
    },

    forget(uri: string): void {
      cache.delete(uri);
      // Completion's memos may hold this document's last tree; they refill on the next use.
      treeCaches.release();
    },
  };
}
