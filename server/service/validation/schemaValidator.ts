/**
 * The request schema's validator, made once per process (compiling is the expensive part;
 * validating a request body then takes well under a millisecond). In the bundles the validator
 * is generated at build time (see compileValidator.ts).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import requestSchemaJson from '../../../schemas/ecs-create-servers.v1.1.schema.json';
import type { JsonSchema } from '../schema/jsonSchema';
import type { ValueNode } from '../../../request/parser/ast';
import { compileRequestValidator } from './compileValidator';

export const requestSchema = requestSchemaJson as unknown as JsonSchema;

let compiled: ValidateFunction | undefined;

function compile(): ValidateFunction {
  return (compiled ??= compileRequestValidator());
}

/**
 * Compiles the schema now (about half a second) instead of on the first validation; the LSP
 * server can call this right after `initialized` so the first diagnostics come quickly.
 */
export function prepareSchemaValidator(): void {
  compile();
}

/** Validates a plain value against the request schema; [] when it conforms. */
export function validateAgainstSchema(value: unknown): ErrorObject[] {
  const validate = compile();
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Deeper than this the parsers never build trees; a guard for hand-made ones. */
const MAX_DEPTH = 200;

/**
 * The value ajv checks. Unlike nodes.ts `toPlainValue`, a property with no value counts as
 * null in YAML (that is how YAML reads `name:`), and is left out in JSON (where it is a syntax
 * error already reported).
 */
export function toValidationValue(node: ValueNode | undefined, format: 'json' | 'yaml', depth = 0): unknown {
  if (!node || depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.properties) {
        const value = property.valueNode
          ? toValidationValue(property.valueNode, format, depth + 1)
          : format === 'yaml'
            ? null
            : undefined;
        if (value === undefined) continue;
        // A key named "__proto__" must stay a plain key (an assignment would set the prototype);
        // every other key takes the fast path.
        if (property.key === '__proto__')
          Object.defineProperty(result, property.key, { value, enumerable: true, writable: true, configurable: true });
        else result[property.key] = value;
      }
      return result;
    }
    case 'array':
      return node.items.map((item) => toValidationValue(item, format, depth + 1));
    default:
      return node.value;
  }
}
