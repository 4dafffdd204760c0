/**
 * `tags` (legacy `"key.value"` strings) → `server_tags` (`{ key, value }` objects): either the
 * property is rewritten in place, or, when `server_tags` exists already, the tags are appended to
 * it (skipping keys it already has) and `tags` is removed.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ArrayNode, PropertyNode } from '../../../request/parser/ast';
import { asArray, toPlainValue } from '../../../request/parser/nodes';
import { yamlScalar } from '../schema/skeleton';
import { lineBreakOf } from '../completion/documentText';
import { removePropertyEdits } from './removeProperty';
import {
  columnOf,
  contentEnd,
  insertEdit,
  isFlowCollection,
  lineIndentOf,
  nextLineStart,
  replaceEdit,
  startsLine,
  type FixContext,
} from './fixContext';

export interface TagPair {
  readonly key: string;
  readonly value: string;
}

/** Splits `"env.test"` into key `env` and value `test` (the key cannot contain a dot). */
export function splitLegacyTag(tag: string): TagPair {
  const dot = tag.indexOf('.');
  return dot < 0 ? { key: tag, value: '' } : { key: tag.slice(0, dot), value: tag.slice(dot + 1) };
}

export interface TagsPlan {
  readonly title: string;
  readonly edits: TextEdit[];
}

export function convertTagsPlan(
  context: FixContext,
  tags: PropertyNode,
  serverTags: PropertyNode | undefined,
): TagsPlan | undefined {
  const values = toPlainValue(tags.valueNode);
  if (!Array.isArray(values) || !values.every((tag) => typeof tag === 'string')) return undefined;
  const pairs = values.map(splitLegacyTag);
  if (!serverTags) {
    return {
      title: 'Convert `tags` to `server_tags` (key/value objects)',
      edits: [
        replaceEdit(
          context.doc,
          tags.offset,
          contentEnd(context.doc, tags),
          serverTagsPropertyText(context, tags, pairs),
        ),
      ],
    };
  }
  const target = asArray(serverTags.valueNode);
  if (!target) return undefined;
  const present = new Set((toPlainValue(target) as { key?: unknown }[]).map((item) => item?.key));
  const added = pairs.filter((pair) => !present.has(pair.key));
  return {
    title: 'Move `tags` into `server_tags` (key/value objects)',
    edits: [...removePropertyEdits(context, tags), ...appendTagEdits(context, target, added)],
  };
}

function flowItem(context: FixContext, pair: TagPair): string {
  if (context.doc.format === 'json')
    return `{ "key": ${JSON.stringify(pair.key)}, "value": ${JSON.stringify(pair.value)} }`;
  return `{ key: ${yamlScalar(pair.key)}, value: ${yamlScalar(pair.value)} }`;
}

function blockItem(pair: TagPair, dashIndent: string, lineBreak: string): string {
  return `${dashIndent}- key: ${yamlScalar(pair.key)}${lineBreak}${dashIndent}  value: ${yamlScalar(pair.value)}`;
}

function serverTagsPropertyText(context: FixContext, tags: PropertyNode, pairs: TagPair[]): string {
  const { doc, indentUnit } = context;
  const lineBreak = lineBreakOf(doc.text);
  const keyText = doc.format === 'json' ? '"server_tags"' : 'server_tags';
  if (pairs.length === 0) return `${keyText}: []`;
  if (doc.format === 'json' || (tags.valueNode && isFlowCollection(doc, tags.valueNode))) {
    const indent = lineIndentOf(doc, tags.offset);
    const items = pairs.map((pair) => `${indent}${indentUnit}${flowItem(context, pair)}`);
    return `${keyText}: [${lineBreak}${items.join(`,${lineBreak}`)}${lineBreak}${indent}]`;
  }
  const dashIndent = ' '.repeat(columnOf(doc, tags.keyNode.offset)) + indentUnit;
  return `${keyText}:${lineBreak}${pairs.map((pair) => blockItem(pair, dashIndent, lineBreak)).join(lineBreak)}`;
}

function appendTagEdits(context: FixContext, array: ArrayNode, pairs: TagPair[]): TextEdit[] {
  if (pairs.length === 0) return [];
  const { doc, indentUnit } = context;
  const lineBreak = lineBreakOf(doc.text);
  const last = array.items[array.items.length - 1];
  if (isFlowCollection(doc, array)) {
    if (!last) {
      const indent = lineIndentOf(doc, array.offset);
      const items = pairs.map((pair) => `${indent}${indentUnit}${flowItem(context, pair)}`);
      return [
        replaceEdit(
          doc,
          array.offset,
          contentEnd(doc, array),
          `[${lineBreak}${items.join(`,${lineBreak}`)}${lineBreak}${indent}]`,
        ),
      ];
    }
    const separator = startsLine(doc, last.offset) ? `,${lineBreak}${lineIndentOf(doc, last.offset)}` : ', ';
    return [
      insertEdit(doc, contentEnd(doc, last), pairs.map((pair) => `${separator}${flowItem(context, pair)}`).join('')),
    ];
  }
  if (!last) return [];
  // Block sequence: new items go on the lines after the last one, at the column of its dash.
  const dashIndent = ' '.repeat(Math.max(0, columnOf(doc, array.items[0].offset) - 2));
  const at = nextLineStart(doc, contentEnd(doc, last));
  const text = pairs.map((pair) => blockItem(pair, dashIndent, lineBreak)).join(lineBreak);
  return [
    insertEdit(
      doc,
      at,
      at === doc.text.length && !/[\r\n]$/.test(doc.text) ? `${lineBreak}${text}` : `${text}${lineBreak}`,
    ),
  ];
}
