/** The outline: nested keys, with a symbol kind for each value type; list items get a readable name. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { ObjectNode, ParsedDocument, ValueNode } from './parser/ast';
import { getValue } from './parser/nodes';
import { rangeOf } from './parser/positions';
import { contentEnd } from './fixes/fixContext';

/** Fields whose value names an array item best, in order of preference. */
const ITEM_NAME_FIELDS = ['name', 'volumetype', 'subnet_id', 'key', 'id', 'ip_address'];

export function getDocumentSymbols(parsed: ParsedDocument): DocumentSymbol[] {
  const root = parsed.root;
  if (!root) return [];
  if (root.type === 'object') return propertySymbols(parsed, root);
  if (root.type === 'array') return itemSymbols(parsed, root.items);
  return [];
}

function propertySymbols(parsed: ParsedDocument, object: ObjectNode): DocumentSymbol[] {
  return object.properties.map((property) => {
    const value = property.valueNode;
    const end = Math.max(contentEnd(parsed, property), property.keyNode.offset + property.keyNode.length);
    return {
      name: property.key,
      detail: value ? detailOf(value) : undefined,
      kind: value ? kindOf(value) : SymbolKind.Field,
      range: rangeOf(parsed, property.offset, end - property.offset),
      selectionRange: rangeOf(parsed, property.keyNode.offset, property.keyNode.length),
      children: value ? childrenOf(parsed, value) : undefined,
    };
  });
}

function itemSymbols(parsed: ParsedDocument, items: readonly ValueNode[]): DocumentSymbol[] {
  return items.map((item, index) => {
    const label = item.type === 'object' ? itemLabel(item) : undefined;
    const range = rangeOf(parsed, item.offset, contentEnd(parsed, item) - item.offset);
    return {
      name: label ? `[${index}] ${label}` : `[${index}]`,
      detail: detailOf(item),
      kind: kindOf(item),
      range,
      selectionRange: range,
      children: childrenOf(parsed, item),
    };
  });
}

function childrenOf(parsed: ParsedDocument, value: ValueNode): DocumentSymbol[] | undefined {
  if (value.type === 'object') return propertySymbols(parsed, value);
  if (value.type === 'array') return itemSymbols(parsed, value.items);
  return undefined;
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
