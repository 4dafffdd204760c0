/**
 * Renaming a property to its replacement (deprecated names, likely typos). `tags` →
 * `server_tags` also changes the value's shape; see legacyTags.ts.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { PropertyNode } from '../../../request/parser/ast';
import { getProperty } from '../../../request/parser/nodes';
import { yamlKey } from '../schema/skeleton';
import { convertTagsPlan } from './legacyTags';
import { removePropertyEdits } from './removeProperty';
import { replaceEdit, type FixContext } from './fixContext';

export interface RenamePlan {
  readonly title: string;
  readonly edits: TextEdit[];
}

export function renamePropertyPlan(
  context: FixContext,
  property: PropertyNode,
  newName: string,
): RenamePlan | undefined {
  const parent = property.parent;
  if (!parent || parent.type !== 'object') return undefined;
  const existing = getProperty(parent, newName);
  if (property.key === 'tags' && newName === 'server_tags') return convertTagsPlan(context, property, existing);
  if (existing) {
    // Both present (e.g. shareable and multiattach): the new one already says it; drop the old one.
    return {
      title: `Remove \`${property.key}\` (\`${newName}\` is already set)`,
      edits: removePropertyEdits(context, property),
    };
  }
  const keyText =
    context.doc.format === 'json' || property.keyNode.style === 'double' ? JSON.stringify(newName) : yamlKey(newName);
  return {
    title: `Rename \`${property.key}\` to \`${newName}\``,
    edits: [
      replaceEdit(context.doc, property.keyNode.offset, property.keyNode.offset + property.keyNode.length, keyText),
    ],
  };
}
