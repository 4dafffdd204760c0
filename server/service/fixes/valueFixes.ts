/** Fixes that rewrite one scalar value: pick an allowed value, quote a YAML scalar, base64-encode, unwrap. */
import type { TextEdit } from 'vscode-languageserver-types';
import type { ValueNode } from '../../../request/parser/ast';
import { withoutLineBreaks } from '../rules/userData';
import { yamlScalar } from '../schema/skeleton';
import { contentEnd, replaceEdit, type FixContext } from './fixContext';

/** The text of `value` as a scalar in this document's format. */
export function scalarText(context: FixContext, value: unknown): string {
  return context.doc.format === 'json' ? JSON.stringify(value) : yamlScalar(value);
}

export function replaceValueEdit(context: FixContext, node: ValueNode, value: unknown): TextEdit {
  return replaceEdit(context.doc, node.offset, contentEnd(context.doc, node), scalarText(context, value));
}

/** `true` → `"true"`: keep exactly what was written, as a string. */
export function quoteScalarEdit(context: FixContext, node: ValueNode): TextEdit | undefined {
  if (node.type === 'object' || node.type === 'array') return undefined;
  const written = node.raw.trim();
  return replaceEdit(context.doc, node.offset, contentEnd(context.doc, node), JSON.stringify(written));
}

export function base64EncodeEdit(context: FixContext, node: ValueNode): TextEdit | undefined {
  if (node.type !== 'string') return undefined;
  const encoded = Buffer.from(node.value, 'utf8').toString('base64');
  return replaceEdit(context.doc, node.offset, contentEnd(context.doc, node), scalarText(context, encoded));
}

/** Wrapped base64 → one line: the value without its CR and LF characters. */
export function removeLineBreaksEdit(context: FixContext, node: ValueNode): TextEdit | undefined {
  if (node.type !== 'string') return undefined;
  const unwrapped = withoutLineBreaks(node.value);
  if (unwrapped === node.value) return undefined;
  return replaceEdit(context.doc, node.offset, contentEnd(context.doc, node), scalarText(context, unwrapped));
}
