/**
 * The subset of JSON Schema draft-07 (plus the VS Code editor extensions) that the
 * ECS request schema uses and that completion, hover and quick fixes read.
 */
export type JsonSchemaType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  $ref?: string;
  $id?: string;
  title?: string;
  description?: string;
  /** VS Code extension: the description in markdown, preferred for hovers. */
  markdownDescription?: string;
  type?: JsonSchemaType | JsonSchemaType[];
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  minProperties?: number;
  maxProperties?: number;
  items?: JsonSchema | JsonSchema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  enum?: unknown[];
  /** VS Code extension: one description per `enum` entry (parallel array). */
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  contentEncoding?: string;
  deprecated?: boolean;
  deprecationMessage?: string;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  not?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  /** Our extension (top level): the URL of the API reference page. */
  'x-api-reference'?: string;
  [extension: string]: unknown;
}
