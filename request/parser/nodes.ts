/** Small, format-independent helpers for walking the AST (see ast.ts). */
import type { ArrayNode, AstNode, ObjectNode, PropertyNode, ValueNode } from './ast';

export type NodePath = (string | number)[];

/**
 * Objects and lists up to this size are scanned; larger ones get an index on first use, so a
 * document with 100,000 keys costs one pass per object instead of one pass per lookup.
 */
const SCAN_LIMIT = 16;

interface KeyIndex {
  /** properties.length when the index was built: trees are only appended to while parsing. */
  readonly size: number;
  readonly byKey: Map<string, PropertyNode>;
}
const keyIndexes = new WeakMap<ObjectNode, KeyIndex>();

export function getProperty(object: ObjectNode | undefined, key: string): PropertyNode | undefined {
  if (!object) return undefined;
  const properties = object.properties;
  if (properties.length > SCAN_LIMIT) {
    let index = keyIndexes.get(object);
    if (index?.size !== properties.length) {
      const byKey = new Map<string, PropertyNode>();
      // Later entries overwrite earlier ones: the last occurrence wins, as below.
      for (const property of properties) byKey.set(property.key, property);
      index = { size: properties.length, byKey };
      keyIndexes.set(object, index);
    }
    return index.byKey.get(key);
  }
  // The last occurrence wins, as in JSON.parse; duplicates are reported separately.
  for (let i = properties.length - 1; i >= 0; i--) {
    if (properties[i].key === key) return properties[i];
  }
  return undefined;
}

interface ItemIndex {
  readonly size: number;
  readonly positions: Map<ValueNode, number>;
}
const itemIndexes = new WeakMap<ArrayNode, ItemIndex>();

/** The position of `item` in `array.items` (-1 if absent), without a scan per call for long lists. */
export function indexOfItem(array: ArrayNode, item: ValueNode): number {
  const items = array.items;
  if (items.length <= SCAN_LIMIT) return items.indexOf(item);
  let index = itemIndexes.get(array);
  if (index?.size !== items.length) {
    const positions = new Map<ValueNode, number>();
    // An alias can put one node in a list twice; indexOf would give the first position.
    for (let i = items.length - 1; i >= 0; i--) positions.set(items[i], i);
    index = { size: items.length, positions };
    itemIndexes.set(array, index);
  }
  return index.positions.get(item) ?? -1;
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
