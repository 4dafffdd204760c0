/**
 * Where a field is in the request text, for diagnostics from the cloud. Pure (no vscode): uses the
 * language service's parser, so JSON and YAML files are handled alike.
 */
import type { AstNode, DocumentFormat, ValueNode } from '../../server/service/parser/ast';
import { nodeAtPath } from '../../server/service/parser/nodes';
import { parseDocument } from '../../server/service/parser/parse';
import type { FieldPath } from './errorToField';

export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

/** The key of a property (`flavorRef`), else the node itself. */
function keyOrSelf(node: ValueNode): AstNode {
  return node.parent?.type === 'property' ? node.parent.keyNode : node;
}

/**
 * The span to underline for a field: a scalar's value (`SDD`), or the key of an object or array
 * (`nics`), so a diagnostic never covers half the file. The start of the text when not found.
 */
export function locateField(text: string, format: DocumentFormat, path: FieldPath): TextSpan {
  const parsed = parseDocument('request', 0, text, format);
  const node = nodeAtPath(parsed.root, path);
  if (!node || path.length === 0) {
    const firstLineEnd = text.indexOf('\n');
    return { offset: 0, length: firstLineEnd < 0 ? text.length : firstLineEnd };
  }
  const target = node.type === 'object' || node.type === 'array' ? keyOrSelf(node) : node;
  return { offset: target.offset, length: Math.max(1, target.length) };
}
