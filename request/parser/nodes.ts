/** Small, format-independent helpers for walking the AST (see ast.ts). */
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, ValueNode } from './ast';

export type NodePath = (string | number)[];

/**
 * Objects and lists up to this size are scanned; larger ones get an index on first use, so a
 * document with 100,000 keys costs one pass per object instead of one pass per lookup.
 *
 * The indexes hold positions (numbers), never nodes: a WeakMap entry whose value points back into
 * its key's tree keeps that tree alive through young collections (V8 treats the values of an old
 * table as live there). With nodes in the values, every parsed version of a large request was
 * promoted to the old generation: about 200 KB per young collection instead of 45 KB, and
 * full collections that made opening the large request slower than the anchor.
 */
const SCAN_LIMIT = 16;

interface KeyIndex {
  /** properties.length when the index was built: trees are only appended to while parsing. */
  readonly size: number;
  /** Each key's last position in `properties`. */
  readonly positions: Map<string, number>;
}
const keyIndexes = new WeakMap<ObjectNode, KeyIndex>();

export function getProperty(object: ObjectNode | undefined, key: string): PropertyNode | undefined {
  if (!object) return undefined;
  const properties = object.properties;
  if (properties.length > SCAN_LIMIT) {
    let index = keyIndexes.get(object);
    if (index?.size !== properties.length) {
      const positions = new Map<string, number>();
      // Later entries overwrite earlier ones: the last occurrence wins, as below.
      for (let i = 0; i < properties.length; i++) positions.set(properties[i].key, i);
      index = { size: properties.length, positions };
      keyIndexes.set(object, index);
    }
    const position = index.positions.get(key);
    return position === undefined ? undefined : properties[position];
  }
  // The last occurrence wins, as in JSON.parse; duplicates are reported separately.
  for (let i = properties.length - 1; i >= 0; i--) {
    if (properties[i].key === key) return properties[i];
  }
  return undefined;
}

interface ItemIndex {
  readonly size: number;
  /** The first position of an item starting at each offset. */
  readonly byOffset: Map<number, number>;
}
const itemIndexes = new WeakMap<ArrayNode, ItemIndex>();

/** The position of `item` in `array.items` (-1 if absent), without a scan per call for long lists. */
export function indexOfItem(array: ArrayNode, item: ValueNode): number {
  const items = array.items;
  if (items.length <= SCAN_LIMIT) return items.indexOf(item);
  let index = itemIndexes.get(array);
  if (index?.size !== items.length) {
    const byOffset = new Map<number, number>();
    for (let i = items.length - 1; i >= 0; i--) byOffset.set(items[i].offset, i);
    index = { size: items.length, byOffset };
    itemIndexes.set(array, index);
  }
  const position = index.byOffset.get(item.offset);
  if (position !== undefined && items[position] === item) return position;
  // Items of a YAML alias share their anchor's offsets: another node may have the offset first.
  return items.indexOf(item);
}

export function getValue(object: ObjectNode | undefined, key: string): ValueNode | undefined {
  return getProperty(object, key)?.valueNode;
}

export function asObject(node: ValueNode | undefined): ObjectNode | undefined {
  return node?.type === 'object' ? node : undefined;
}

export function asArray(node: ValueNode | undefined): ArrayNode | undefined {
  return node?.type === 'array' ? node : undefined;
}

/** The node at a path of keys and indices from `root`, or undefined. */
export function nodeAtPath(root: ValueNode | undefined, path: NodePath): ValueNode | undefined {
  let node: ValueNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.type === 'array' ? node.items[segment] : undefined;
    else node = node.type === 'object' ? getValue(node, segment) : undefined;
  }
  return node;
}

/** The path of keys and indices from the root to `node` (a property's path is its value's path). */
export function pathOf(node: AstNode): NodePath {
  const path: NodePath = [];
  let current: AstNode | undefined = node;
  while (current) {
    const parent: AstNode | undefined = current.parent;
    if (current.type === 'property') {
      path.unshift(current.key);
    } else if (parent?.type === 'array') {
      path.unshift(indexOfItem(parent, current));
    }
    current = parent;
  }
  return path;
}

/** The plain JavaScript value of a node, as JSON.parse / YAML would give it. */
export function toPlainValue(node: ValueNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) result[property.key] = toPlainValue(property.valueNode);
      return result;
    }
    case 'array':
      return node.items.map((item) => toPlainValue(item));
    default:
      return node.value;
  }
}

/** The innermost node whose range contains `offset` (end inclusive, for a cursor at a token's end). */
export function findNodeAtOffset(root: ValueNode | undefined, offset: number, includeEnd = true): AstNode | undefined {
  const contains = (n: AstNode) =>
    offset >= n.offset && (includeEnd ? offset <= n.offset + n.length : offset < n.offset + n.length);
  if (!root || !contains(root)) return undefined;
  let found: AstNode = root;
  for (;;) {
    let next: AstNode | undefined;
    if (found.type === 'object') {
      next = found.properties.find(contains);
    } else if (found.type === 'array') {
      next = found.items.find(contains);
    } else if (found.type === 'property') {
      if (contains(found.keyNode)) next = found.keyNode;
      else if (found.valueNode && contains(found.valueNode)) next = found.valueNode;
    }
    if (!next) return found;
    found = next;
  }
}

// Placeholders have one definition, in the request core.
export { isPlaceholder, PLACEHOLDER_PATTERN } from '../placeholders';

/**
 * `$NAME` or `${NAME}` (no `env:`/`secret:` prefix): a shell-style stand-in, as in the API's own
 * examples. Not a real value, but also not a placeholder we fill in: it would be sent as written.
 */
const SHELL_STYLE_STAND_IN = /^\$(?:[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_]*\})$/;

export function isShellStyleStandIn(value: unknown): value is string {
  return typeof value === 'string' && SHELL_STYLE_STAND_IN.test(value);
}

/** The name inside a shell-style stand-in (`$ADMIN_PASS` → ADMIN_PASS), or undefined. */
export function standInName(value: unknown): string | undefined {
  return isShellStyleStandIn(value) ? value.replace(/^\$\{?|\}$/g, '') : undefined;
}
