/** The outline: nested keys, with a symbol kind for each value type; list items get a readable name. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ArrayNode, ObjectNode, ParsedDocument, PropertyNode, ValueNode } from '../../request/parser/ast';
import { getValue } from '../../request/parser/nodes';
import { rangeOf } from '../../request/parser/positions';
import { contentEnd } from './fixes/fixContext';
import { beyondFeatureLimits, MAX_OUTLINE_ENTRIES } from './outputLimits';
import { defaultSettings, type ServiceSettings } from './types';

/** Longer keys are cut in the outline: a name that fills the screen names nothing. */
const MAX_SYMBOL_NAME = 200;

/** Fields whose value names an array item best, in order of preference. */
const ITEM_NAME_FIELDS = ['name', 'volumetype', 'subnet_id', 'key', 'id', 'ip_address'];

/**
 * The outline, breadth first: past MAX_OUTLINE_ENTRIES symbols it stops, keeping the upper
 * levels whole (the top-level keys matter more than the thousandth item of a list).
 */
export function getDocumentSymbols(
  parsed: ParsedDocument,
  settings: ServiceSettings = defaultSettings,
): DocumentSymbol[] {
  const root = parsed.root;
  if (!root || (root.type !== 'object' && root.type !== 'array') || beyondFeatureLimits(parsed, settings)) return [];
  const outline: DocumentSymbol[] = [];
  const pending: { container: ObjectNode | ArrayNode; into: DocumentSymbol[] }[] = [{ container: root, into: outline }];
  let budget = MAX_OUTLINE_ENTRIES;
  for (let head = 0; head < pending.length && budget > 0; head++) {
    const { container, into } = pending[head];
    const count = container.type === 'object' ? container.properties.length : container.items.length;
    for (let index = 0; index < count && budget > 0; index++, budget--) {
      const entry =
        container.type === 'object'
          ? propertySymbol(parsed, container.properties[index])
          : itemSymbol(parsed, container.items[index], index);
      into.push(entry.symbol);
      if (entry.children) pending.push({ container: entry.children, into: entry.symbol.children ?? [] });
    }
  }
  return outline;
}

interface Entry {
  readonly symbol: DocumentSymbol;
  /** The object or list whose members become the symbol's children. */
  readonly children?: ObjectNode | ArrayNode;
}

function shortName(key: string): string {
  return key.length > MAX_SYMBOL_NAME ? `${key.slice(0, MAX_SYMBOL_NAME)}…` : key;
}

function propertySymbol(parsed: ParsedDocument, property: PropertyNode): Entry {
  const value = property.valueNode;
  const end = Math.max(contentEnd(parsed, property), property.keyNode.offset + property.keyNode.length);
  const symbol: DocumentSymbol = {
    name: shortName(property.key),
    detail: value ? detailOf(value) : undefined,
    kind: value ? kindOf(value) : SymbolKind.Field,
    range: rangeOf(parsed, property.offset, end - property.offset),
    selectionRange: rangeOf(parsed, property.keyNode.offset, property.keyNode.length),
    children: value && isContainer(value) ? [] : undefined,
  };
  return { symbol, children: value && isContainer(value) ? value : undefined };
}

function itemSymbol(parsed: ParsedDocument, item: ValueNode, index: number): Entry {
  const label = item.type === 'object' ? itemLabel(item) : undefined;
  const range = rangeOf(parsed, item.offset, contentEnd(parsed, item) - item.offset);
  const symbol: DocumentSymbol = {
    name: label ? `[${index}] ${shortName(label)}` : `[${index}]`,
    detail: detailOf(item),
    kind: kindOf(item),
    range,
    selectionRange: range,
    children: isContainer(item) ? [] : undefined,
  };
  return { symbol, children: isContainer(item) ? item : undefined };
}

function isContainer(value: ValueNode): value is ObjectNode | ArrayNode {
  return value.type === 'object' || value.type === 'array';
}

function itemLabel(item: ObjectNode): string | undefined {
  for (const field of ITEM_NAME_FIELDS) {
    const value = getValue(item, field);
    if (value && (value.type === 'string' || value.type === 'number')) return String(value.value);
  }
  return undefined;
}

/** A short preview of scalar values (secrets are never shown). */
function detailOf(value: ValueNode): string | undefined {
  switch (value.type) {
    case 'object':
      return undefined;
    case 'array':
      return `${value.items.length} item${value.items.length === 1 ? '' : 's'}`;
    case 'string':
      return undefined;
    default:
      return String(value.value);
  }
}

function kindOf(value: ValueNode): SymbolKind {
  switch (value.type) {
    case 'object':
      return SymbolKind.Module;
    case 'array':
      return SymbolKind.Array;
    case 'string':
      return SymbolKind.String;
    case 'number':
      return SymbolKind.Number;
    case 'boolean':
      return SymbolKind.Boolean;
    case 'null':
      return SymbolKind.Null;
  }
}
