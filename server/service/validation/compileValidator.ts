/**
 * Compiles the request schema with ajv at run time. The bundles (scripts/build.mjs) replace this
 * module with the validator ajv generated from the same schema at build time, so the server and
 * the CLI neither load ajv's compiler nor spend the compile time and memory (about 14 MiB of
 * resident memory). Tests compiled with tsc use this module, and compare it with the generated one.
 */
import Ajv, { type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import requestSchemaJson from '../../../schemas/ecs-create-servers.v1.1.schema.json';
import ajvOptions from './ajvOptions.json';
import { appendErrorsInPlace } from './linearErrorAppends';

/**
 * The ajv options, in a JSON file that the build-time generation reads too, so both validators
 * behave the same. strict:false: the schema carries editor keywords (markdownDescription,
 * enumDescriptions, ...). verbose: errors carry the failing subschema, which messages and fixes read.
 */
export const AJV_OPTIONS: Options = ajvOptions;

export function compileRequestValidator(): ValidateFunction {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { ...AJV_OPTIONS.code, process: appendErrorsInPlace } });
  addFormats(ajv);
  return ajv.compile(requestSchemaJson as object);
}
