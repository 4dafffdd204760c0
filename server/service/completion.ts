/**
 * Completion for request files, JSON and YAML alike: keys allowed at the cursor (with value
 * skeletons), values (enums with meanings, booleans, defaults, examples) and, in an empty
 * document, whole-request templates. Works on half-typed text: the cursor context is read
 * from the text around it, not only from the parsed tree.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../request/parser/ast';
import { offsetAt, rangeOf } from '../../request/parser/positions';
import { getSchemaNavigator } from './schema/ecsSchema';
import type { SchemaNavigator } from './schema/schemaNavigator';
import type { CompletionContext, PropertyContext, ValueContext } from './completion/completionContext';
import { propertyItems, valueItems } from './completion/completionItems';
import { isBlankDocument } from './completion/documentText';
import { jsonCompletionContext } from './completion/jsonContext';
import { yamlCompletionContext } from './completion/yamlContext';
import { registerTreeCache } from './lastResultMemo';
import { requestTemplates } from '../../request/templates';
import { accountCompletionItems, type AccountCompletionIndex } from './account/accountAssist';

/**
 * `account`: the completion index of the account data the client sent, if any; its IDs come first
 * in ID fields, at most a hundred at a time (then the list is incomplete and asked for again).
 */
export function doComplete(
  parsed: ParsedDocument,
  position: Position,
  account?: AccountCompletionIndex,
): CompletionList {
  return completionItems(parsed, offsetAt(parsed, position), getSchemaNavigator(), account);
}

function completionItems(
  parsed: ParsedDocument,
  offset: number,
  navigator: SchemaNavigator,
  account: AccountCompletionIndex | undefined,
): CompletionList {
  const complete = (items: CompletionItem[]): CompletionList => ({ isIncomplete: false, items });
  if (isBlankDocument(parsed)) return complete(templateItems(parsed, offset));
  const context = completionContextAt(parsed, offset);
  if (!context) return complete([]);
  const value = itemAsValue(context, navigator) ?? (context.kind === 'value' ? context : undefined);
  if (!value) return complete(propertyItems(parsed, context as PropertyContext, navigator));
  const schemaItems = valueItems(parsed, value, navigator);
  if (!account) return complete(schemaItems);
  const fromAccount = accountCompletionItems(parsed, value, offset, account);
  if (fromAccount.items.length === 0) return complete(schemaItems);
  return { isIncomplete: fromAccount.incomplete, items: [...fromAccount.items, ...schemaItems] };
}

/**
 * The last context read, for the last parsed version. Editors ask again at the same spot (retriggers,
 * typing a filter); reading the context scans the text up to the cursor, several times in JSON.
 */
let lastContext:
  | { readonly parsed: ParsedDocument; readonly offset: number; readonly context: CompletionContext | undefined }
  | undefined;
registerTreeCache(() => {
  lastContext = undefined;
});

function completionContextAt(parsed: ParsedDocument, offset: number): CompletionContext | undefined {
  // One strong entry, released with the other per-tree caches: see lastResultMemo.ts.
  if (lastContext && lastContext.parsed === parsed && lastContext.offset === offset) return lastContext.context;
  const context =
    parsed.format === 'json' ? jsonCompletionContext(parsed, offset) : yamlCompletionContext(parsed, offset);
  lastContext = { parsed, offset, context };
  return context;
}

/** `- |` in a list of scalars (e.g. tags) is a value position, not a new object. */
function itemAsValue(context: CompletionContext, navigator: SchemaNavigator): ValueContext | undefined {
  if (context.kind !== 'property' || !context.startsItem || context.keyOnly) return undefined;
  const itemTypes = navigator.typesOf(navigator.subschemaAt(context.objectPath));
  if (itemTypes.length === 0 || itemTypes.includes('object')) return undefined;
  return {
    kind: 'value',
    valuePath: context.objectPath,
    replaceStart: context.replaceStart,
    replaceEnd: context.replaceEnd,
    indent: context.indent,
    commaAfter: false,
    needsLeadingSpace: false,
  };
}

function templateItems(parsed: ParsedDocument, offset: number): CompletionItem[] {
  // Replace the whole (blank) document so the template starts at the top, but keep comments.
  const range = parsed.comments.length > 0 ? rangeOf(parsed, offset, 0) : rangeOf(parsed, 0, parsed.text.length);
  return requestTemplates(parsed.format).map((template, index) => ({
    label: template.prefix,
    kind: CompletionItemKind.Snippet,
    detail: template.name,
    documentation: { kind: MarkupKind.Markdown, value: template.description },
    sortText: String(index).padStart(3, '0'),
    textEdit: { range, newText: template.body },
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
  }));
}
