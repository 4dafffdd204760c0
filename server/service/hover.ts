/**
 * Hover on a key or value: what the field is, its type, whether it is mandatory, allowed values
 * with their meanings, limits in plain words, default, an example, the cross-field rules that
 * read it, and a link to the API page.
 */
import { getLocation } from 'jsonc-parser';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from '../../request/parser/ast';
import { findNodeAtOffset, pathOf, type NodePath } from '../../request/parser/nodes';
import { offsetAt, rangeOf } from '../../request/parser/positions';
import { rulesForField } from './rules/index';
import { getSchemaNavigator } from './schema/ecsSchema';
import { schemaExamples } from './schema/examplesFromNow';
import type { JsonSchema } from './schema/jsonSchema';
import type { SchemaNavigator } from './schema/schemaNavigator';
import { describeLimits, describeType, valueText } from './schema/schemaText';
import { lineIndexAt, lineText } from './completion/documentText';
import { pathFromIndentation, readYamlLine } from './completion/yamlLines';

/** Enum lists longer than this are cut short in hovers (a wall of values helps nobody). */
const MAX_LISTED_VALUES = 15;

interface HoverTarget {
  readonly path: NodePath;
  readonly offset: number;
  readonly length: number;
  /** The value under the cursor, when hovering a value (to point out its meaning). */
  readonly value?: unknown;
}

export function doHover(parsed: ParsedDocument, position: Position): Hover | null {
  const offset = offsetAt(parsed, position);
  const navigator = getSchemaNavigator();
  // The tree first; where a broken document left the tree wrong or short, the text around the
  // cursor. Lazily: reading the text re-scans the whole document, which a good tree never needs.
  for (const find of [targetFromTree, targetFromText]) {
    const target = find(parsed, offset);
    if (!target || target.path.length === 0) continue;
    const schema = navigator.subschemaAt(target.path);
    if (!schema) continue;
    return {
      contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(navigator, target, schema) },
      range: rangeOf(parsed, target.offset, target.length),
    };
  }
  return null;
}

function targetFromTree(parsed: ParsedDocument, offset: number): HoverTarget | undefined {
  const node = findNodeAtOffset(parsed.root, offset);
  if (!node) return undefined;
  if (node.type === 'property') {
    return { path: pathOf(node), offset: node.keyNode.offset, length: node.keyNode.length };
  }
  const parent = node.parent;
  if (parent?.type === 'property' && parent.keyNode === node) {
    return { path: pathOf(parent), offset: node.offset, length: node.length };
  }
  if (node.type === 'object' || node.type === 'array') return undefined;
  return { path: pathOf(node), offset: node.offset, length: node.length, value: scalarValue(node) };
}

function scalarValue(node: ValueNode): unknown {
  return node.type === 'object' || node.type === 'array' ? undefined : node.value;
}

/** When the tree does not reach the cursor (a broken document), read the key from the text. */
function targetFromText(parsed: ParsedDocument, offset: number): HoverTarget | undefined {
  if (parsed.format === 'json') {
    const location = getLocation(parsed.text, offset);
    const key = location.previousNode;
    if (!location.isAtPropertyKey || !key || key.type !== 'property') return undefined;
    return { path: location.path as NodePath, offset: key.offset, length: key.length };
  }
  const lineIndex = lineIndexAt(parsed, offset);
  const line = readYamlLine(lineText(parsed, lineIndex));
  const column = offset - parsed.lineStarts[lineIndex];
  if (line.key === undefined || line.colonEnd === undefined || column < line.contentColumn || column >= line.colonEnd)
    return undefined;
  const lines = parsed.text.split(/\r\n|\r|\n/);
  const objectPath =
    line.dashColumns.length > 0
      ? pathFromIndentation(lines, lineIndex, line.dashColumns[line.dashColumns.length - 1], true)
      : pathFromIndentation(lines, lineIndex, line.contentColumn, false);
  return {
    path: [...objectPath, line.key],
    offset: parsed.lineStarts[lineIndex] + line.contentColumn,
    length: line.colonEnd - 1 - line.contentColumn,
  };
}

/** A value as YAML would write it: strings bare unless they would read as another type (`"true"`). */
function shown(value: unknown): string {
  return `\`${valueText(value, 'yaml')}\``;
}

function hoverMarkdown(navigator: SchemaNavigator, target: HoverTarget, schema: JsonSchema): string {
  const resolved = navigator.resolve(schema);
  const sections: string[] = [headline(navigator, target.path, resolved)];
  const description = navigator.descriptionOf(resolved);
  if (description) sections.push(description);
  if (resolved.deprecated) sections.push(`**Deprecated.** ${resolved.deprecationMessage ?? ''}`.trim());
  const values = allowedValues(navigator, resolved, target.value);
  if (values) sections.push(values);
  const limits = describeLimits(navigator, resolved);
  if (limits.length > 0) sections.push(`**Limits:** ${limits.join(' ')}`);
  if (resolved.default !== undefined) sections.push(`**Default:** ${shown(resolved.default)}`);
  const example = schemaExamples(resolved)[0];
  if (example !== undefined) sections.push(`**Example:** ${shown(example)}`);
  const rules = rulesSection(target.path);
  if (rules) sections.push(rules);
  if (navigator.apiReference) sections.push(`[API reference: Creating an ECS](${navigator.apiReference})`);
  return sections.join('\n\n');
}

/** `**volumetype** · string · mandatory` (an array item is shown as `data_volumes[]`). */
function headline(navigator: SchemaNavigator, path: NodePath, schema: JsonSchema): string {
  const last = path[path.length - 1];
  const isItem = typeof last === 'number';
  const name = isItem ? `${String(path[path.length - 2] ?? '')}[]` : String(last);
  let status = '';
  if (!isItem) {
    const parentSchema = navigator.subschemaAt(path.slice(0, -1));
    const property = navigator.propertiesOf(parentSchema).find((p) => p.name === last);
    status = property?.required ? ' · mandatory' : ' · optional';
  }
  return `**${name}** · ${describeType(navigator, schema)}${status}`;
}

function allowedValues(navigator: SchemaNavigator, schema: JsonSchema, current: unknown): string | undefined {
  const entries = navigator.enumEntries(schema);
  if (entries.length === 0) return undefined;
  const listed = entries.slice(0, MAX_LISTED_VALUES).map((entry) => {
    const text = shown(entry.value);
    const marked = current !== undefined && entry.value === current ? `**${text}** (current)` : text;
    return entry.description ? `- ${marked}: ${entry.description}` : `- ${marked}`;
  });
  if (entries.length > MAX_LISTED_VALUES) listed.push(`- … and ${entries.length - MAX_LISTED_VALUES} more`);
  return `**Allowed values:**\n${listed.join('\n')}`;
}

function rulesSection(path: NodePath): string | undefined {
  if (path[0] !== 'server' || path.length < 2) return undefined;
  const rules = rulesForField(path.join('.'));
  if (rules.length === 0) return undefined;
  return `**Checks involving this field:**\n${rules.map((rule) => `- \`ECS-${rule.id}\` ${rule.title}`).join('\n')}`;
}
