/**
 * Renaming a deprecated property to its replacement. `tags` → `server_tags` also converts the
 * value: each `"key.value"` string becomes a `{ key, value }` object.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { PropertyNode } from '../parser/ast';
import { getProperty, toPlainValue } from '../parser/nodes';
import { yamlKey, yamlScalar } from '../schema/skeleton';
import { lineBreakOf } from '../completion/documentText';
import { removePropertyEdits } from './removeProperty';
import { columnOf, contentEnd, isFlowCollection, lineIndentOf, replaceEdit, type FixContext } from './fixContext';

export interface RenamePlan {
  readonly title: string;
  readonly edits: TextEdit[];
}

export function renamePropertyPlan(context: FixContext, property: PropertyNode, newName: string): RenamePlan | undefined {
  const parent = property.parent;
  if (!parent || parent.type !== 'object') return undefined;
  const existing = getProperty(parent, newName);
  if (property.key === 'tags' && newName === 'server_tags') {
    // Merging into an existing server_tags list is left to the user: the two lists may overlap.
    if (existing) return undefined;
    const tags = toPlainValue(property.valueNode);
    if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return undefined;
    return {
      title: 'Convert `tags` to `server_tags` (key/value objects)',
      edits: [replaceEdit(context.doc, property.offset, contentEnd(context.doc, property), serverTagsText(context, property, tags))],
    };
  }
  if (existing) {
    // Both present (e.g. shareable and multiattach): the new one already says it; drop the old one.
    return { title: `Remove \`${property.key}\` (\`${newName}\` is already set)`, edits: removePropertyEdits(context, property) };
  }
  const keyText = context.doc.format === 'json' || property.keyNode.style === 'double' ? JSON.stringify(newName) : yamlKey(newName);
  return {
    title: `Rename \`${property.key}\` to \`${newName}\``,
    edits: [replaceEdit(context.doc, property.keyNode.offset, property.keyNode.offset + property.keyNode.length, keyText)],
  };
}

/** Splits `"env.test"` into key `env` and value `test` (the key cannot contain a dot). */
export function splitLegacyTag(tag: string): { key: string; value: string } {
  const dot = tag.indexOf('.');
  return dot < 0 ? { key: tag, value: '' } : { key: tag.slice(0, dot), value: tag.slice(dot + 1) };
}

function serverTagsText(context: FixContext, property: PropertyNode, tags: string[]): string {
  const { doc, indentUnit } = context;
  const pairs = tags.map(splitLegacyTag);
  const lineBreak = lineBreakOf(doc.text);
  const flow = property.valueNode && isFlowCollection(doc, property.valueNode) && doc.format === 'yaml';
  if (doc.format === 'json' || flow) {
    const keyText = doc.format === 'json' ? '"server_tags"' : 'server_tags';
    if (pairs.length === 0) return `${keyText}: []`;
    const indent = lineIndentOf(doc, property.offset);
    const quote = (text: string) => (doc.format === 'json' ? JSON.stringify(text) : yamlScalar(text));
    const keyName = (name: string) => (doc.format === 'json' ? `"${name}"` : name);
    const items = pairs.map((pair) => `${indent}${indentUnit}{ ${keyName('key')}: ${quote(pair.key)}, ${keyName('value')}: ${quote(pair.value)} }`);
    return `${keyText}: [${lineBreak}${items.join(`,${lineBreak}`)}${lineBreak}${indent}]`;
  }
  if (pairs.length === 0) return 'server_tags: []';
  const itemIndent = ' '.repeat(columnOf(doc, property.keyNode.offset)) + indentUnit;
  const items = pairs.map((pair) =>
    `${itemIndent}- key: ${yamlScalar(pair.key)}${lineBreak}${itemIndent}  value: ${yamlScalar(pair.value)}`);
  return `server_tags:${lineBreak}${items.join(lineBreak)}`;
}
