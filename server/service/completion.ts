/**
 * Completion for request files, JSON and YAML alike: keys allowed at the cursor (with value
 * skeletons), values (enums with meanings, booleans, defaults, examples) and, where a whole
 * request fits (see wholeRequest.ts), whole-request templates. Works on half-typed text: the cursor context is read
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
import { indentUnitOf, propertyItems, valueItems, type IndentUnitOf } from './completion/completionItems';
import { isBlankDocument } from './completion/documentText';
import { wholeRequestSpot, type WholeRequestSpot } from './completion/wholeRequest';
import { jsonCompletionContext } from './completion/jsonContext';
import { yamlCompletionContext } from './completion/yamlContext';
import type { LastResultMemo, TreeCaches } from './lastResultMemo';
import { requestTemplates } from '../../request/templates';
import { accountCompletionItems, type AccountCompletionIndex } from './account/accountAssist';

/** The last context read at one offset of a tree (mutable: the memo keeps one entry per tree). */
interface ContextEntry {
  offset: number;
  context: CompletionContext | undefined;
}

/**
 * What completion remembers of the last parsed version, per service instance (see lastResultMemo.ts):
 * editors ask again at the same spot (retriggers, typing a filter); reading the context scans the text
 * up to the cursor, several times in JSON, and the indent unit scans the whole text.
 */
export interface CompletionCaches {
  readonly context: LastResultMemo<ParsedDocument, ContextEntry>;
  readonly indentUnit: LastResultMemo<ParsedDocument, string>;
}

/** Completion's memos, made by and released with the caches of one service instance. */
export function completionCaches(caches: TreeCaches): CompletionCaches {
  return { context: caches.memo(), indentUnit: caches.memo() };
}

/**
 * `account`: the completion index of the account data the client sent, if any; its IDs come first
 * in ID fields, at most MAX_ACCOUNT_COMPLETION_ITEMS (50) at a time, MAX_ACCOUNT_ITEMS_BEFORE_TYPING (20) while the
 * value is empty (then the list is incomplete and asked for again).
 * `caches`: the service instance's memos; without them every call reads the text afresh.
 */
export function doComplete(
  parsed: ParsedDocument,
  position: Position,
  account?: AccountCompletionIndex,
  caches?: CompletionCaches,
): CompletionList {
  return completionItems(parsed, offsetAt(parsed, position), getSchemaNavigator(), account, caches);
}

function completionItems(
  parsed: ParsedDocument,
  offset: number,
  navigator: SchemaNavigator,
  account: AccountCompletionIndex | undefined,
  caches: CompletionCaches | undefined,
): CompletionList {
  const complete = (items: CompletionItem[]): CompletionList => ({ isIncomplete: false, items });
  const indentUnit: IndentUnitOf = caches ? (doc) => caches.indentUnit.get(doc, indentUnitOf) : indentUnitOf;
  const spot = wholeRequestSpot(parsed, offset);
  const templates = spot ? templateItems(parsed, spot) : [];
  // A blank JSON document has no object to put keys in yet: the templates are the whole list.
  if (parsed.format === 'json' && isBlankDocument(parsed)) return complete(templates);
  const context = completionContextAt(parsed, offset, caches);
  if (!context) return complete(templates);
  if (templates.length > 0 && context.kind === 'property') {
    return complete([...templates, ...propertyItems(parsed, context, navigator, indentUnit)]);
  }
  const value = itemAsValue(context, navigator) ?? (context.kind === 'value' ? context : undefined);
  if (!value) return complete(propertyItems(parsed, context as PropertyContext, navigator, indentUnit));
  const schemaItems = valueItems(parsed, value, navigator, indentUnit);
  if (!account) return complete(schemaItems);
  const fromAccount = accountCompletionItems(parsed, value, offset, account);
  if (fromAccount.items.length === 0) return complete(schemaItems);
  return {
    isIncomplete: fromAccount.incomplete,
    items: [...fromAccount.items, ...withoutAccountValues(schemaItems, fromAccount.items)],
  };
}

/**
 * The schema's value items less those that write what an account item writes (`s6.small.1` is a
 * schema example and an account flavor): one row per value, the account's, which says what it is.
 * Both kinds of item replace the same range, so the same text means the same edit. (ID fields are
 * never list items, so the schema item has no comma to add before the value that would be lost.)
 */
function withoutAccountValues(schemaItems: CompletionItem[], accountItems: CompletionItem[]): CompletionItem[] {
  const written = new Set(accountItems.map(editText));
  return schemaItems.filter((item) => editText(item) === undefined || !written.has(editText(item)));
}

const editText = (item: CompletionItem) => (item.textEdit ? item.textEdit.newText : undefined);

function readContext(parsed: ParsedDocument, offset: number): CompletionContext | undefined {
  return parsed.format === 'json' ? jsonCompletionContext(parsed, offset) : yamlCompletionContext(parsed, offset);
}

function completionContextAt(
  parsed: ParsedDocument,
  offset: number,
  caches: CompletionCaches | undefined,
): CompletionContext | undefined {
  if (!caches) return readContext(parsed, offset);
  const entry = caches.context.get(parsed, () => ({ offset: -1, context: undefined }));
  if (entry.offset !== offset) {
    entry.context = readContext(parsed, offset);
    entry.offset = offset;
  }
  return entry.context;
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

function templateItems(parsed: ParsedDocument, spot: WholeRequestSpot): CompletionItem[] {
  const range = rangeOf(parsed, spot.replaceStart, spot.replaceEnd - spot.replaceStart);
  const braces = spot.bracesToDelete.map((at) => ({ range: rangeOf(parsed, at, 1), newText: '' }));
  return requestTemplates(parsed.format).map((template, index) => ({
    label: template.prefix,
    kind: CompletionItemKind.Snippet,
    detail: template.name,
    documentation: { kind: MarkupKind.Markdown, value: template.description },
    // Before the keys (`0_server`): a digit after `0_` sorts before a letter in every collation.
    sortText: `0_${String(index).padStart(3, '0')}`,
    ...(spot.filterPrefix ? { filterText: spot.filterPrefix + template.prefix } : {}),
    textEdit: { range, newText: template.body },
    ...(braces.length > 0 ? { additionalTextEdits: braces } : {}),
    insertTextFormat: InsertTextFormat.Snippet,
    insertTextMode: InsertTextMode.asIs,
  }));
}
