/** The ECS create-servers request schema, bundled at build time, behind one shared navigator. */
import requestSchema from '../../../schemas/ecs-create-servers.v1.1.schema.json';
import type { JsonSchema } from './jsonSchema';
import { SchemaNavigator } from './schemaNavigator';

let navigator: SchemaNavigator | undefined;

/** The navigator over the request schema (created on first use, then reused). */
export function getSchemaNavigator(): SchemaNavigator {
  navigator ??= new SchemaNavigator(requestSchema as unknown as JsonSchema);
  return navigator;
}
