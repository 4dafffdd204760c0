/** Words for JSON types in messages, and the YAML typing-trap wording. */
import type { BooleanNode, NullNode, NumberNode, ValueNode } from '../../../request/parser/ast';

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** "a string or null" for ajv's `type` parameter split on commas. */
export function typeNames(types: readonly string[]): string {
  const names = types.map((type) => TYPE_NAMES[type] ?? type);
  return names.length <= 1 ? (names[0] ?? 'a value') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export function wantsString(types: readonly string[]): boolean {
  return (
    types.includes('string') && !types.includes('number') && !types.includes('integer') && !types.includes('boolean')
  );
}

/** What the user actually wrote, in words: "a string", "the number 5", "true". */
export function describeValue(node: ValueNode): string {
  switch (node.type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return 'a string';
    case 'number':
      return `the number ${node.raw}`;
    case 'boolean':
      return `the boolean ${node.value}`;
    case 'null':
      return 'null';
  }
}

/** YAML read a plain scalar as a boolean, number or null where the API wants text. */
export function quoteScalarMessage(node: BooleanNode | NumberNode | NullNode): string {
  const raw = node.raw.trim();
  if (node.type === 'null') {
    return (
      `YAML reads \`${raw}\` as "no value"; the API wants a string here. Quote it ("${raw}") if you mean the ` +
      `text, or give a value.`
    );
  }
  const reading = node.type === 'boolean' ? 'a boolean' : 'a number';
  return `YAML reads \`${raw}\` as ${reading}; the API wants the string "${raw}". Quote it.`;
}
