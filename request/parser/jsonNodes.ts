/**
 * The nodes both JSON readers build the same way: the fast path for valid documents
 * (jsonFastPath.ts) and the recovering parser (jsonParser.ts). One builder keeps their trees equal
 * (same fields in the same order, so the objects also share one shape in the engine).
 */
import type { ObjectNode, PropertyNode, StringNode } from './ast';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A property of `object` for the key token at `offset` (`length` includes the quotes), before its
 * colon and value are read: the property spans only its key until then.
 */
export function newProperty(
  text: string,
  object: ObjectNode,
  key: string,
  offset: number,
  length: number,
): Mutable<PropertyNode> {
  const keyNode: Mutable<StringNode> = {
    type: 'string',
    offset,
    length,
    value: key,
    raw: text.slice(offset, offset + length),
    style: 'double',
    parent: undefined,
  };
  const property: Mutable<PropertyNode> = {
    type: 'property',
    offset,
    length,
    key,
    keyNode,
    parent: object,
    colonOffset: undefined,
    valueNode: undefined,
  };
  keyNode.parent = property;
  return property;
}

/** A JSON number is an integer when its value is one and it is written without a fraction or exponent. */
export function isIntegerLiteral(value: number, raw: string): boolean {
  return Number.isInteger(value) && !/[.eE]/.test(raw);
}
