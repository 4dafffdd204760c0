/**
 * Skeleton values built from the schema: what a new property's value should look like
 * (an object with its required children, an array with one item, a choice of enum values...).
 * Completion renders them as snippets with tab stops; quick fixes render them as plain text.
 */
import { stringify as stringifyYaml } from 'yaml';
import type { JsonSchema } from './jsonSchema';
import type { SchemaNavigator } from './schemaNavigator';

export type Skeleton =
  | { readonly kind: 'object'; readonly properties: readonly (readonly [string, Skeleton])[] }
  | { readonly kind: 'array'; readonly item?: Skeleton }
  | {
      readonly kind: 'scalar';
      readonly type: 'string' | 'number' | 'boolean' | 'null' | 'unknown';
      readonly choices: readonly unknown[];
      readonly preset?: unknown;
    };

/** Nesting depth of generated children; deeper objects are left for the user to fill in. */
const MAX_DEPTH = 4;

export function buildSkeleton(navigator: SchemaNavigator, schema: JsonSchema | undefined, depth = 0): Skeleton {
  const types = navigator.typesOf(schema);
  const resolved = schema ? navigator.resolve(schema) : undefined;
  const choices = navigator.enumEntries(schema).map((entry) => entry.value);
  const preset = resolved?.default !== undefined ? resolved.default : undefined;
  if (choices.length === 0 && types[0] === 'object') {
    const properties =
      depth >= MAX_DEPTH
        ? []
        : navigator
            .propertiesOf(schema)
            .filter((property) => property.required)
            .map((property) => [property.name, buildSkeleton(navigator, property.schema, depth + 1)] as const);
    return { kind: 'object', properties };
  }
  if (choices.length === 0 && types[0] === 'array') {
    const itemSchema = schema ? navigator.childSchema(schema, 0) : undefined;
    const itemTypes = navigator.typesOf(itemSchema);
    // One element is worth writing out only when it is an object (a list of scalars starts empty).
    const item =
      depth < MAX_DEPTH && itemTypes[0] === 'object' ? buildSkeleton(navigator, itemSchema, depth + 1) : undefined;
    return { kind: 'array', item };
  }
  const type =
    types[0] === 'integer' || types[0] === 'number'
      ? 'number'
      : types[0] === 'boolean' || types[0] === 'string' || types[0] === 'null'
        ? types[0]
        : 'unknown';
  return { kind: 'scalar', type, choices, preset };
}

export interface RenderOptions {
  readonly format: 'json' | 'yaml';
  /** One level of indentation in this document ("  ", "    " or "\t"). */
  readonly indentUnit: string;
  /** Indentation of the line holding the key whose value is rendered. */
  readonly baseIndent: string;
  /** Snippet syntax with tab stops (completion) or plain text (quick fixes). */
  readonly snippet: boolean;
}

/** Hands out tab stop numbers in the order they appear. */
export class TabStops {
  private next = 1;
  take(): number {
    return this.next++;
  }
}

/**
 * The text of a value, to go right after `"key": ` (JSON) or `key:` (YAML; the result then starts
 * with a space for scalars and with a newline for blocks). Later lines carry absolute indentation.
 */
export function renderValue(skeleton: Skeleton, options: RenderOptions, stops = new TabStops()): string {
  return options.format === 'json'
    ? renderJson(skeleton, options, options.baseIndent, stops)
    : renderYamlAfterKey(skeleton, options, options.baseIndent, stops);
}

/** Text for one `key: value` entry (JSON: `"key": value`), without trailing comma or newline. */
export function renderProperty(
  name: string,
  skeleton: Skeleton,
  options: RenderOptions,
  stops = new TabStops(),
): string {
  if (options.format === 'json')
    return `${escapeForSnippet(JSON.stringify(name), options)}: ${renderValue(skeleton, options, stops)}`;
  return `${escapeForSnippet(yamlKey(name), options)}:${renderValue(skeleton, options, stops)}`;
}

function renderJson(skeleton: Skeleton, options: RenderOptions, indent: string, stops: TabStops): string {
  const inner = indent + options.indentUnit;
  switch (skeleton.kind) {
    case 'object': {
      if (skeleton.properties.length === 0) return options.snippet ? `{$${stops.take()}}` : '{}';
      const lines = skeleton.properties.map(
        ([name, child]) =>
          `${inner}${escapeForSnippet(JSON.stringify(name), options)}: ${renderJson(child, options, inner, stops)}`,
      );
      return `{\n${lines.join(',\n')}\n${indent}}`;
    }
    case 'array':
      if (!hasContent(skeleton.item, options)) return options.snippet ? `[$${stops.take()}]` : '[]';
      if (!skeleton.item) return '[]';
      return `[\n${inner}${renderJson(skeleton.item, options, inner, stops)}\n${indent}]`;
    case 'scalar':
      return renderScalar(skeleton, options, stops, (value) => JSON.stringify(value));
  }
}

function renderYamlAfterKey(skeleton: Skeleton, options: RenderOptions, indent: string, stops: TabStops): string {
  const inner = indent + options.indentUnit;
  switch (skeleton.kind) {
    case 'object':
      if (skeleton.properties.length === 0) return options.snippet ? `\n${inner}$${stops.take()}` : ' {}';
      return `\n${renderYamlEntries(skeleton.properties, options, inner, stops)}`;
    case 'array': {
      if (!hasContent(skeleton.item, options)) return options.snippet ? `\n${inner}- $${stops.take()}` : ' []';
      if (!skeleton.item) return ' []';
      return `\n${inner}-${renderYamlItem(skeleton.item, options, inner + '  ', stops)}`;
    }
    case 'scalar':
      return ` ${renderScalar(skeleton, options, stops, yamlScalar)}`;
  }
}

/** An array element after its `- `: objects start on the dash line, their later keys align with the first. */
function renderYamlItem(item: Skeleton, options: RenderOptions, itemIndent: string, stops: TabStops): string {
  if (item.kind === 'object' && item.properties.length > 0) {
    return ` ${renderYamlEntries(item.properties, options, itemIndent, stops).slice(itemIndent.length)}`;
  }
  if (item.kind === 'object') return options.snippet ? ` $${stops.take()}` : ' {}';
  if (item.kind === 'array') return options.snippet ? ` [$${stops.take()}]` : ' []';
  return ` ${renderScalar(item, options, stops, yamlScalar)}`;
}

function renderYamlEntries(
  entries: readonly (readonly [string, Skeleton])[],
  options: RenderOptions,
  indent: string,
  stops: TabStops,
): string {
  return entries
    .map(
      ([name, child]) =>
        `${indent}${escapeForSnippet(yamlKey(name), options)}:${renderYamlAfterKey(child, options, indent, stops)}`,
    )
    .join('\n');
}

function renderScalar(
  skeleton: Extract<Skeleton, { kind: 'scalar' }>,
  options: RenderOptions,
  stops: TabStops,
  toText: (value: unknown) => string,
): string {
  const choices = skeleton.choices.length > 0 ? skeleton.choices : skeleton.type === 'boolean' ? [true, false] : [];
  if (!options.snippet) {
    if (skeleton.preset !== undefined) return toText(skeleton.preset);
    if (choices.length > 0) return toText(choices[0]);
    return skeleton.type === 'number' ? '0' : skeleton.type === 'null' ? 'null' : toText('');
  }
  const stop = stops.take();
  if (choices.length > 0) {
    // Put the default first so that accepting the snippet as-is gives the default.
    const ordered =
      skeleton.preset !== undefined && choices.some((c) => c === skeleton.preset)
        ? [skeleton.preset, ...choices.filter((c) => c !== skeleton.preset)]
        : choices;
    const texts = ordered.map(toText);
    // JSON strings: keep the quotes outside the choice so every choice reads as a bare word.
    if (options.format === 'json' && ordered.every((c) => typeof c === 'string')) {
      return `"\${${stop}|${ordered.map((c) => escapeChoice(String(c))).join(',')}|}"`;
    }
    return `\${${stop}|${texts.map(escapeChoice).join(',')}|}`;
  }
  if (skeleton.preset !== undefined) {
    const text = toText(skeleton.preset);
    if (options.format === 'json' && typeof skeleton.preset === 'string')
      return `"\${${stop}:${escapePlaceholder(text.slice(1, -1))}}"`;
    return `\${${stop}:${escapePlaceholder(text)}}`;
  }
  if (skeleton.type === 'string' && options.format === 'json') return `"$${stop}"`;
  return `$${stop}`;
}

/** Whether an array's one element is worth writing out (an empty object is, only as a tab stop). */
function hasContent(item: Skeleton | undefined, options: RenderOptions): boolean {
  if (!item) return false;
  return options.snippet || item.kind !== 'object' || item.properties.length > 0;
}

/** A YAML key as written in block style: plain when that reads back as the same string. */
export function yamlKey(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_:.-]*$/.test(name) && !name.endsWith(':') ? name : yamlScalar(name);
}

/** A scalar as YAML text, quoted only when a plain scalar would read back differently. */
export function yamlScalar(value: unknown): string {
  return stringifyYaml(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function escapeForSnippet(text: string, options: RenderOptions): string {
  return options.snippet ? text.replace(/[$}\\]/g, '\\$&') : text;
}

function escapePlaceholder(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function escapeChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, '\\$&');
}
