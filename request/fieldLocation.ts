/**
 * Where a field of the request is in its text: the span to mark for a field path such as
 * ['server', 'nics', 0, 'subnet_id']. The editor puts a dry-run refusal
 * there as a diagnostic and the CLI prints it as `file:line:col`, so both point at the same place.
 *
 * It reads the document tree with offsets that the language service's parser builds (JSON and YAML
 * alike). The parser still lives in server/service/parser, which this ground floor may not import,
 * so the tree is described here by the few members it needs; the parser's nodes have them.
 */

/** A key or index path from the body root. */
export type FieldPath = readonly (string | number)[];

interface Spanned {
  readonly offset: number;
  readonly length: number;
}

/** The members of a parsed value node that locating a field reads. */
export type LocatableNode =
  | (Spanned & { readonly type: 'object'; readonly properties: readonly LocatableProperty[] })
  | (Spanned & { readonly type: 'array'; readonly items: readonly LocatableNode[] })
  | (Spanned & { readonly type: 'string' | 'number' | 'boolean' | 'null' });

export interface LocatableProperty extends Spanned {
  readonly key: string;
  readonly keyNode: Spanned;
  readonly valueNode?: LocatableNode;
}

export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

function lastWithKey(properties: readonly LocatableProperty[], key: string): LocatableProperty | undefined {
  for (let i = properties.length - 1; i >= 0; i--) if (properties[i].key === key) return properties[i];
  return undefined;
}

/** The value at `path` and, when it is a property's value, that property. */
function find(
  root: LocatableNode | undefined,
  path: FieldPath,
): { node: LocatableNode; property?: LocatableProperty } | undefined {
  let node = root;
  let property: LocatableProperty | undefined;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') {
      node = node.type === 'array' ? node.items[segment] : undefined;
      property = undefined;
    } else {
      // The last property with the key wins, as JSON.parse and YAML loaders take it.
      property = node.type === 'object' ? lastWithKey(node.properties, segment) : undefined;
      node = property?.valueNode;
    }
  }
  return node ? { node, property } : undefined;
}

/**
 * The span to mark for a field: a scalar's value (`SDD`), or the key of an object or array (`nics`),
 * so a mark never covers half the file. The first line of the text when the path is not found.
 */
export function locateField(root: LocatableNode | undefined, text: string, path: FieldPath): TextSpan {
  const found = path.length > 0 ? find(root, path) : undefined;
  if (!found) {
    const firstLineEnd = text.indexOf('\n');
    return { offset: 0, length: firstLineEnd < 0 ? text.length : firstLineEnd };
  }
  const { node, property } = found;
  const target = (node.type === 'object' || node.type === 'array') && property ? property.keyNode : node;
  return { offset: target.offset, length: Math.max(1, target.length) };
}
