/** Plain-words renderings of schema facts (types, limits, values), shared by hover and completion. */
import type { JsonSchema } from './jsonSchema';
import type { SchemaNavigator } from './schemaNavigator';

/** "string", "integer", "list of objects", "object", "string or number"... */
export function describeType(navigator: SchemaNavigator, schema: JsonSchema | undefined): string {
  const types = navigator.typesOf(schema);
  if (types.length === 0) return 'any value';
  return types
    .map((type) => {
      if (type !== 'array' || !schema) return type;
      const itemTypes = navigator.typesOf(navigator.childSchema(schema, 0));
      return itemTypes.length === 1 ? `list of ${itemTypes[0]}s` : 'list';
    })
    .join(' or ');
}

/** The limits a value must respect, one short sentence each. */
export function describeLimits(navigator: SchemaNavigator, schema: JsonSchema): string[] {
  const resolved = navigator.resolve(schema);
  const limits: string[] = [];
  const range = numberRange(resolved);
  if (range) limits.push(range);
  if (resolved.multipleOf !== undefined) limits.push(`A multiple of ${resolved.multipleOf}.`);
  const length = countRange(resolved.minLength, resolved.maxLength, 'character');
  if (length) limits.push(length);
  const items = countRange(resolved.minItems, resolved.maxItems, 'item');
  if (items) limits.push(items);
  const pairs = countRange(resolved.minProperties, resolved.maxProperties, 'entry', 'entries');
  if (pairs) limits.push(pairs);
  if (resolved.uniqueItems) limits.push('Items must not repeat.');
  if (resolved.format) limits.push(`Format: ${formatInWords(resolved.format)}.`);
  if (resolved.pattern) limits.push(patternInWords(resolved.pattern));
  return limits;
}

function numberRange(schema: JsonSchema): string | undefined {
  const low =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? `more than ${schema.exclusiveMinimum}` : undefined);
  const high =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? `less than ${schema.exclusiveMaximum}` : undefined);
  if (typeof low === 'number' && typeof high === 'number') return `From ${low} to ${high}.`;
  if (low !== undefined && high !== undefined) return `${capitalize(String(low))} and ${high}.`;
  if (typeof low === 'number') return `At least ${low}.`;
  if (low !== undefined) return `${capitalize(low)}.`;
  if (typeof high === 'number') return `At most ${high}.`;
  if (high !== undefined) return `${capitalize(high)}.`;
  return undefined;
}

function countRange(
  min: number | undefined,
  max: number | undefined,
  unit: string,
  plural = `${unit}s`,
): string | undefined {
  const noun = (n: number) => (n === 1 ? unit : plural);
  if (min !== undefined && max !== undefined)
    return min === max ? `Exactly ${max} ${noun(max)}.` : `${min} to ${max} ${plural}.`;
  if (min !== undefined && min > 0) return `At least ${min} ${noun(min)}.`;
  if (max !== undefined) return `At most ${max} ${noun(max)}.`;
  return undefined;
}

const FORMAT_WORDS: Record<string, string> = {
  'date-time': 'date and time in ISO 8601 (for example 2030-01-31T12:00:00Z)',
  ipv4: 'IPv4 address',
  ipv6: 'IPv6 address',
  uuid: 'UUID',
  uri: 'URL',
  email: 'e-mail address',
};

function formatInWords(format: string): string {
  return FORMAT_WORDS[format] ?? format;
}

/** A few well-known pattern shapes read aloud; anything else is shown as the pattern itself. */
function patternInWords(pattern: string): string {
  if (/^\^\[0-9A-Fa-f\]\{8\}-|^\^\[0-9a-fA-F\]\{8\}-/.test(pattern))
    return 'Must be a UUID (8-4-4-4-12 hexadecimal digits).';
  // `^[class]{m,n}$` or `^[class]+$`: list what the class allows.
  const shape = /^\^\[([^\]]+)\](?:[*+]|\{\d*,?\d*\})\$$/.exec(pattern);
  if (!shape) return `Must match the pattern \`${pattern}\`.`;
  const words: string[] = [];
  let rest = shape[1];
  const named: [RegExp, string][] = [
    [/^A-Za-z|^a-zA-Z/, 'letters'],
    [/^A-Z/, 'upper-case letters'],
    [/^a-z/, 'lower-case letters'],
    [/^0-9/, 'digits'],
    [/^\\p\{Script=Han\}/, 'Chinese characters'],
  ];
  while (rest.length > 0) {
    const match = named.find(([regex]) => regex.test(rest));
    if (match) {
      words.push(match[1]);
      rest = rest.replace(match[0], '');
      continue;
    }
    const char = rest.startsWith('\\') ? rest.slice(1, 2) : rest.charAt(0);
    words.push(char === ' ' ? 'space' : `\`${char}\``);
    rest = rest.slice(rest.startsWith('\\') ? 2 : 1);
  }
  return `Allowed characters: ${words.join(', ')}.`;
}

/** A value as it would be written in the document's format, for hovers and titles. */
export function valueText(value: unknown, format: 'json' | 'yaml'): string {
  if (
    format === 'yaml' &&
    typeof value === 'string' &&
    /^[A-Za-z0-9_.\-/:]+$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+(e[-+]?\d+)?)$/i.test(value)
  )
    return value;
  return JSON.stringify(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
