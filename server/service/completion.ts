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
import { propertyItems, valueItems } from './completion/completionItems';
import { isBlankDocument } from './completion/documentText';
import { wholeRequestSpot, type WholeRequestSpot } from './completion/wholeRequest';
import { jsonCompletionContext } from './completion/jsonContext';
import { yamlCompletionContext } from './completion/yamlContext';
import { registerTreeCache } from './lastResultMemo';
import { requestTemplates } from '../../request/templates';
import { accountCompletionItems, type AccountCompletionIndex } from './account/accountAssist';

/**
 * `account`: the completion index of the account data the client sent, if any; its IDs come first
 * in ID fields, at most MAX_ACCOUNT_COMPLETION_ITEMS (50) at a time (then the list is incomplete and asked for again).
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
  const spot = wholeRequestSpot(parsed, offset);
  const templates = spot ? templateItems(parsed, spot) : [];
  // A blank JSON document has no object to put keys in yet: the templates are the whole list.
  if (parsed.format === 'json' && isBlankDocument(parsed)) return complete(templates);
  const context = completionContextAt(parsed, offset);
  if (!context) return complete(templates);
  if (templates.length > 0 && context.kind === 'property') {
    return complete([...templates, ...propertyItems(parsed, context, navigator)]);
  }
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
