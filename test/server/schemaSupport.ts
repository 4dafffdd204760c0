/**
 * Helpers shared by the schema tests: locating repository files, compiling the request schema
 * with ajv, reading JSON/YAML request bodies and resolving a dotted field path to its subschema.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { SEEDED, validBody as builtBody } from '../support/requestBuilder';
import { parse as parseYaml } from 'yaml';

export type JsonSchema = { [keyword: string]: unknown };

/** The repository root, found by walking up from the compiled test file to package.json. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

export const schemaFile = path.join(repoRoot, 'schemas', 'ecs-create-servers.v1.1.schema.json');

export function repoPath(...segments: string[]): string {
  return path.join(repoRoot, ...segments);
}

export function loadSchema(): JsonSchema {
  return JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as JsonSchema;
}

/** The ajv setup the language service uses: draft-07, non-strict (editor keywords), all errors. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

export function compileSchema(schema: JsonSchema = loadSchema()): ValidateFunction {
  return createAjv().compile(schema);
}

/** Parses a request file by its extension (.json or .yaml/.yml). */
export function readBody(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

export function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`).join('\n');
}

function asSchema(value: unknown): JsonSchema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : undefined;
}

/**
 * Follows `$ref` chains to `#/definitions/<name>`. Keywords written next to a `$ref` (description,
 * markdownDescription, default, examples) describe the use site, so they win over the target's.
 */
export function derefSchema(root: JsonSchema, node: JsonSchema): JsonSchema {
  let current = node;
  const seen = new Set<string>();
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    const match = /^#\/definitions\/([^/]+)$/.exec(ref);
    if (!match || seen.has(ref)) throw new Error(`unsupported or circular $ref ${ref}`);
    seen.add(ref);
    const target = asSchema(asSchema(root.definitions)?.[match[1]]);
    if (!target) throw new Error(`$ref ${ref} points to a missing definition`);
    const { $ref: _ignored, ...useSite } = current;
    current = { ...target, ...useSite };
  }
  return current;
}

/**
 * 'server.nics[].allowed_address_pairs[].ip_address' → ['server', 'nics', '[]', 'allowed_address_pairs', '[]',
 * 'ip_address']
 */
export function splitFieldPath(fieldPath: string): string[] {
  const segments: string[] = [];
  for (const part of fieldPath.split('.')) {
    const key = part.replace(/(\[\])+$/, '');
    if (key) segments.push(key);
    for (let rest = part.slice(key.length); rest.startsWith('[]'); rest = rest.slice(2)) segments.push('[]');
  }
  return segments;
}

/**
 * The subschema for a dotted field path, or undefined when the schema does not name that field.
 * `[]` steps into `items`; a key steps into `properties` (named fields only, never into the
 * open-ended `additionalProperties`, so an unknown metadata key does not "resolve").
 */
export function resolveSchemaPath(root: JsonSchema, fieldPath: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = derefSchema(root, root);
  for (const segment of splitFieldPath(fieldPath)) {
    const next: JsonSchema | undefined =
      segment === '[]' ? asSchema(node.items) : asSchema(asSchema(node.properties)?.[segment]);
    if (!next) return undefined;
    node = derefSchema(root, next);
  }
  return node;
}

/** A place in the schema document, for messages: JSON pointer plus the node. */
export interface SchemaSite {
  readonly pointer: string;
  readonly node: JsonSchema;
}

/** Every object node of the schema document (not following $ref), depth first. */
export function allSchemaNodes(root: JsonSchema): SchemaSite[] {
  const sites: SchemaSite[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${pointer}/${index}`));
      return;
    }
    const node = asSchema(value);
    if (!node) return;
    sites.push({ pointer, node });
    for (const [key, child] of Object.entries(node)) visit(child, `${pointer}/${key}`);
  };
  visit(root, '');
  return sites;
}

/** Every schema written under a `properties` map, i.e. every named field. */
export function allPropertySchemas(root: JsonSchema): SchemaSite[] {
  return allSchemaNodes(root).filter((site) => /\/properties\/[^/]+$/.test(site.pointer));
}

/** World IDs of the local emulator (see the project notes); examples and snippets use them. */
export const world = {
  linuxImages: [SEEDED.ubuntuImage, SEEDED.centosImage],
  windowsImage: SEEDED.windowsImage,
  vpcs: [SEEDED.vpc, SEEDED.otherVpc],
  subnetsByVpc: {
    [SEEDED.vpc]: [SEEDED.subnetApp, SEEDED.subnetDb],
    [SEEDED.otherVpc]: [SEEDED.subnetLab],
  } as Record<string, string[]>,
  securityGroups: [SEEDED.securityGroupDefault, SEEDED.securityGroupWeb],
  flavors: [SEEDED.flavor, 's6.medium.2', 's6.large.2', 'c7.large.2', 'c7.xlarge.4'],
  availabilityZones: [SEEDED.availabilityZone, 'cn-north-4b', 'cn-north-4c'],
  keyPair: SEEDED.keyPair,
};

/**
 * A valid pay-per-use body in the emulator world that uses many optional fields (the test request
 * builder's body with them added); tests mutate copies of it.
 */
export function validBody(): Record<string, unknown> {
  return builtBody({
    name: 'unit-test-01',
    availability_zone: world.availabilityZones[0],
    security_groups: [{ id: world.securityGroups[0] }],
    data_volumes: [{ volumetype: 'SSD', size: 100 }],
    publicip: { eip: { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5 } } },
    key_name: world.keyPair,
    metadata: { agency_name: 'ecs-agency' },
    server_tags: [{ key: 'env', value: 'test' }],
    extendparam: { chargingMode: 'postPaid' },
  });
}

/** Returns a copy of `body` with the value at `at` replaced (or removed when `value` is `REMOVE`). */
export const REMOVE = Symbol('remove');
export function withValue(body: unknown, at: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return copy;
}
