/**
 * Walks the request schema: follows `$ref`, finds the subschema for a path of keys and
 * indices, and lists an object's properties and a value's enum entries. Completion, hover
 * and quick fixes all look the schema up through this one class, so they agree.
 */
import type { JsonSchema, JsonSchemaType } from './jsonSchema';

export type SchemaPath = readonly (string | number)[];

export interface PropertyInfo {
  readonly name: string;
  /** The property's schema with `$ref`/`allOf` already resolved. */
  readonly schema: JsonSchema;
  readonly required: boolean;
  readonly deprecated: boolean;
}

export interface EnumEntry {
  readonly value: unknown;
  readonly description?: string;
}

export class SchemaNavigator {
  private readonly resolved = new WeakMap<JsonSchema, JsonSchema>();

  constructor(readonly root: JsonSchema) {}

  /** The URL of the API page the schema documents, if the schema names one. */
  get apiReference(): string | undefined {
    const reference = this.root['x-api-reference'];
    return typeof reference === 'string' ? reference : undefined;
  }

  /**
   * The schema with `$ref` followed and `allOf` members merged in. Annotations written next to
   * a `$ref` (description, default, ...) win over the referenced ones: they are the more specific.
   */
  resolve(schema: JsonSchema): JsonSchema {
    const cached = this.resolved.get(schema);
    if (cached) return cached;
    const result = this.resolveUncached(schema, 0);
    this.resolved.set(schema, result);
    return result;
  }

  /** The (resolved) schema of the value at `path`, or undefined when the schema says nothing about it. */
  subschemaAt(path: SchemaPath): JsonSchema | undefined {
    let current: JsonSchema | undefined = this.resolve(this.root);
    for (const segment of path) {
      if (!current) return undefined;
      current = this.childSchema(current, segment);
    }
    return current;
  }

  /** The schema of one child (property name or array index) of a value described by `schema`. */
  childSchema(schema: JsonSchema, segment: string | number): JsonSchema | undefined {
    const parent = this.resolve(schema);
    const direct =
      typeof segment === 'number' ? this.itemSchema(parent, segment) : this.propertySchema(parent, segment);
    if (direct) return direct;
    // A property may be declared in only one branch of anyOf/oneOf (e.g. "id" vs "eip").
    for (const alternative of this.alternatives(parent)) {
      const found = this.childSchema(alternative, segment);
      if (found) return found;
    }
    return undefined;
  }

  /** Properties an object schema declares (including anyOf/oneOf branches), in schema order. */
  propertiesOf(schema: JsonSchema | undefined): PropertyInfo[] {
    if (!schema) return [];
    const resolved = this.resolve(schema);
    const required = new Set(resolved.required ?? []);
    const byName = new Map<string, PropertyInfo>();
    const add = (properties: Record<string, JsonSchema> | undefined, isRequired: (name: string) => boolean) => {
      for (const [name, propertySchema] of Object.entries(properties ?? {})) {
        if (byName.has(name)) continue;
        const propertyResolved = this.resolve(propertySchema);
        byName.set(name, {
          name,
          schema: propertyResolved,
          required: isRequired(name),
          deprecated: propertyResolved.deprecated === true,
        });
      }
    };
    add(resolved.properties, (name) => required.has(name));
    // Branch-only properties are never "required" for completion: which branch applies is the user's choice.
    for (const alternative of this.alternatives(resolved)) add(this.resolve(alternative).properties, () => false);
    return [...byName.values()];
  }

  /** Allowed values with their meanings (from `enum` + `enumDescriptions`, or `const`). */
  enumEntries(schema: JsonSchema | undefined): EnumEntry[] {
    if (!schema) return [];
    const resolved = this.resolve(schema);
    if (Array.isArray(resolved.enum)) {
      const descriptions = resolved.markdownEnumDescriptions ?? resolved.enumDescriptions ?? [];
      return resolved.enum.map((value, index) => ({ value, description: descriptions[index] }));
    }
    if (resolved.const !== undefined) return [{ value: resolved.const, description: resolved.description }];
    // An enum spread over anyOf branches (each a const with its own description).
    const entries: EnumEntry[] = [];
    for (const alternative of this.alternatives(resolved)) entries.push(...this.enumEntries(alternative));
    return entries;
  }

  /** The JSON types a schema allows ([] when it does not say). */
  typesOf(schema: JsonSchema | undefined): JsonSchemaType[] {
    if (!schema) return [];
    const resolved = this.resolve(schema);
    if (resolved.type) return Array.isArray(resolved.type) ? [...resolved.type] : [resolved.type];
    if (resolved.properties) return ['object'];
    if (resolved.items) return ['array'];
    const fromEnum = new Set<JsonSchemaType>();
    for (const entry of this.enumEntries(resolved)) fromEnum.add(jsonTypeOf(entry.value));
    if (fromEnum.size > 0) return [...fromEnum];
    const fromBranches = new Set<JsonSchemaType>();
    for (const alternative of this.alternatives(resolved))
      for (const type of this.typesOf(alternative)) fromBranches.add(type);
    return [...fromBranches];
  }

  /** The description to show: markdown when the schema has it, else the plain one. */
  descriptionOf(schema: JsonSchema | undefined): string | undefined {
    if (!schema) return undefined;
    const resolved = this.resolve(schema);
    return resolved.markdownDescription ?? resolved.description;
  }

  private propertySchema(schema: JsonSchema, name: string): JsonSchema | undefined {
    const declared = schema.properties?.[name];
    if (declared) return this.resolve(declared);
    for (const [pattern, patternSchema] of Object.entries(schema.patternProperties ?? {})) {
      if (safeRegExp(pattern)?.test(name)) return this.resolve(patternSchema);
    }
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      return this.resolve(schema.additionalProperties);
    }
    return undefined;
  }

  private itemSchema(schema: JsonSchema, index: number): JsonSchema | undefined {
    if (Array.isArray(schema.items)) {
      const tupleItem = schema.items[index];
      return tupleItem ? this.resolve(tupleItem) : undefined;
    }
    return schema.items ? this.resolve(schema.items) : undefined;
  }

  private alternatives(schema: JsonSchema): JsonSchema[] {
    return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  }

  private resolveUncached(schema: JsonSchema, depth: number): JsonSchema {
    // A cap on depth protects against reference cycles in a hand-written schema.
    if (depth > 32) return schema;
    let result: JsonSchema = schema;
    if (schema.$ref) {
      const target = this.lookUpReference(schema.$ref);
      if (target) {
        const { $ref: _ignored, ...siblings } = schema;
        result = { ...this.resolveUncached(target, depth + 1), ...siblings };
      }
    }
    if (result.allOf && result.allOf.length > 0) {
      const merged: JsonSchema = { ...result, allOf: undefined };
      for (const member of result.allOf) mergeInto(merged, this.resolveUncached(member, depth + 1));
      result = merged;
    }
    return result;
  }

  private lookUpReference(reference: string): JsonSchema | undefined {
    if (!reference.startsWith('#')) return undefined;
    const pointer = reference.slice(1);
    if (pointer === '') return this.root;
    let current: unknown = this.root;
    for (const rawToken of pointer.split('/').slice(1)) {
      const token = decodeURIComponent(rawToken).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!current || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[token];
    }
    return current && typeof current === 'object' ? (current as JsonSchema) : undefined;
  }
}

/** Merge an allOf member: properties and required lists add up, other keywords fill gaps only. */
function mergeInto(target: JsonSchema, member: JsonSchema): void {
  if (member.properties) target.properties = { ...member.properties, ...target.properties };
  if (member.required) target.required = [...new Set([...(target.required ?? []), ...member.required])];
  for (const [key, value] of Object.entries(member)) {
    if (key === 'properties' || key === 'required' || key === 'allOf') continue;
    if (target[key] === undefined) target[key] = value;
  }
}

export function jsonTypeOf(value: unknown): JsonSchemaType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object') return 'object';
  return 'string';
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
