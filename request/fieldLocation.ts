/**
 * Where a field of the request is in its text: the span to mark for a field path such as
 * ['server', 'nics', 0, 'subnet_id']. The editor puts a dry-run refusal
 * there as a diagnostic and the CLI prints it as `file:line:col`, so both point at the same place.
 *
 * It reads the tree of the request core's parser (request/parser, JSON and YAML alike).
 */
import type { ValueNode } from './parser/ast';
import { nodeAtPath } from './parser/nodes';

/** A key or index path from the body root. */
export type FieldPath = readonly (string | number)[];

export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

/**
 * The span to mark for a field: a scalar's value (`SDD`), or the key of an object or array (`nics`),
 * so a mark never covers half the file. The first line of the text when the path is not found.
 */
export function locateField(root: ValueNode | undefined, text: string, path: FieldPath): TextSpan {
  // The last property with a key wins, as JSON.parse and YAML loaders take it (nodeAtPath does so).
  const node = path.length > 0 ? nodeAtPath(root, [...path]) : undefined;
  if (!node) {
    const firstLineEnd = text.indexOf('\n');
    return { offset: 0, length: firstLineEnd < 0 ? text.length : firstLineEnd };
  }
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const target = (node.type === 'object' || node.type === 'array') && property ? property.keyNode : node;
  return { offset: target.offset, length: Math.max(1, target.length) };
}
