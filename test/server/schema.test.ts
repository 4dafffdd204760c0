/**
 * The request schema itself: it compiles, names every documented field, documents every
 * property and enum value, and accepts/rejects the right bodies.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  REMOVE,
  allPropertySchemas,
  allSchemaNodes,
  compileSchema,
  createAjv,
  derefSchema,
  describeErrors,
  loadSchema,
  readBody,
  repoPath,
  resolveSchemaPath,
  splitFieldPath,
  validBody,
  withValue,
  type JsonSchema,
} from './schemaSupport';

const schema = loadSchema();
const validate = compileSchema(schema);

describe('request schema: structure', () => {
  it('is a draft-07 schema with a stable id, a title and the API reference', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, 'urn:ecs-request-tools:schemas:create-servers:v1.1');
    assert.equal(typeof schema.title, 'string');
    assert.equal(schema['x-api-reference'], 'https://support.huaweicloud.com/intl/en-us/api-ecs/ecs_02_0101.html');
  });

  it('compiles with ajv (strict mode off, all errors, ajv-formats)', () => {
    assert.equal(typeof validate, 'function');
  });

  it('only references local definitions that exist', () => {
    const definitions = schema.definitions as Record<string, JsonSchema>;
    const refs = allSchemaNodes(schema).filter((site) => typeof site.node.$ref === 'string');
    assert.ok(refs.length > 20, 'expected the schema to reuse definitions');
    for (const { pointer, node } of refs) {
      const match = /^#\/definitions\/(.+)$/.exec(node.$ref as string);
      assert.ok(match && definitions[match[1]], `${pointer}: dangling $ref ${String(node.$ref)}`);
    }
  });

  it(
    'has no oneOf/anyOf between fields (cross-field rules ' + 'live in TypeScript), only alternatives for one value',
    () => {
      const combinators = allSchemaNodes(schema).filter((site) => 'oneOf' in site.node || 'anyOf' in site.node);
      // nics[].ip_address (an IPv4 address or empty); hw:passthrough and support_auto_recovery (a boolean, or
      // anything, which the service reads as false and R37 / R34 warn about)
      assert.equal(combinators.length, 3);
      for (const { pointer, node } of combinators) {
        assert.equal(node.oneOf, undefined, pointer);
        for (const branch of node.anyOf as Record<string, unknown>[]) {
          for (const key of ['required', 'properties', 'dependencies', 'items', '$ref'])
            assert.ok(!(key in branch), `${pointer}: ${key}`);
        }
      }
    },
  );

  it('uses only standard formats', () => {
    const allowed = new Set(['date-time', 'uuid', 'ipv4', 'ipv6', 'uri']);
    for (const { pointer, node } of allSchemaNodes(schema)) {
      if (typeof node.format === 'string') assert.ok(allowed.has(node.format), `${pointer}: format ${node.format}`);
    }
  });

  it('has patterns that are valid JavaScript regular expressions with and without the u flag', () => {
    const sites = allSchemaNodes(schema).filter((site) => typeof site.node.pattern === 'string');
    assert.ok(sites.length >= 10);
    for (const { pointer, node } of sites) {
      assert.doesNotThrow(() => new RegExp(node.pattern as string), `${pointer}`);
      assert.doesNotThrow(() => new RegExp(node.pattern as string, 'u'), `${pointer} (u flag)`);
    }
  });
});

describe('request schema: coverage of the documented fields', () => {
  const fieldList = fs
    .readFileSync(repoPath('test', 'fixtures', 'request-fields.list'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('the field list fixture is non-trivial', () => {
    assert.ok(fieldList.length >= 100, `only ${fieldList.length} paths in request-fields.list`);
  });

  it('resolves every field path named in the API facts', () => {
    const missing = fieldList.filter((fieldPath) => resolveSchemaPath(schema, fieldPath) === undefined);
    assert.deepEqual(missing, []);
  });

  it('the generated field reference in docs/ lists every field path', () => {
    const reference = fs.readFileSync(repoPath('docs', 'field-reference.md'), 'utf8');
    const missing = fieldList.filter((fieldPath) => !reference.includes(`| \`${fieldPath}\` |`));
    assert.deepEqual(missing, [], 'run node scripts/gen-field-reference.mjs');
  });

  it('does not resolve names that are not fields', () => {
    assert.equal(resolveSchemaPath(schema, 'server.hostname'), undefined);
    assert.equal(resolveSchemaPath(schema, 'server.os:scheduler_hints.fault_domain'), undefined);
    assert.equal(resolveSchemaPath(schema, 'server.metadata.my_key'), undefined);
  });

  it('splits paths with array steps and colon keys', () => {
    assert.deepEqual(splitFieldPath('server.nics[].allowed_address_pairs[].ip_address'), [
      'server',
      'nics',
      '[]',
      'allowed_address_pairs',
      '[]',
      'ip_address',
    ]);
    assert.deepEqual(splitFieldPath('server.os:scheduler_hints.group'), ['server', 'os:scheduler_hints', 'group']);
  });

  it('lets use-site descriptions win over the referenced definition', () => {
    const imageRef = resolveSchemaPath(schema, 'server.imageRef');
    assert.ok(imageRef);
    assert.match(String(imageRef.description), /image/i);
    assert.equal(imageRef.type, 'string');
    assert.equal(typeof imageRef.pattern, 'string');
  });

  it('types the string switches of extendparam as "true"/"false" strings', () => {
    for (const field of ['isAutoPay', 'isAutoRenew', 'diskPrior']) {
      const sub = resolveSchemaPath(schema, `server.extendparam.${field}`);
      assert.equal(sub?.type, 'string', field);
      assert.deepEqual(sub?.enum, ['true', 'false'], field);
    }
    // A JSON boolean, but the service reads any other value as false: R34 warns instead of the schema refusing it.
    const recovery = resolveSchemaPath(schema, 'server.extendparam.support_auto_recovery');
    assert.deepEqual((recovery?.anyOf as unknown[] | undefined)?.[0], { type: 'boolean' });
  });

  it('marks shareable as deprecated, and not tags (the API page only recommends server_tags)', () => {
    const shareable = resolveSchemaPath(schema, 'server.data_volumes[].shareable');
    assert.equal(shareable?.deprecated, true);
    assert.equal(typeof shareable?.deprecationMessage, 'string');
    assert.equal(resolveSchemaPath(schema, 'server.tags')?.deprecated, undefined);
  });
});

describe('request schema: documentation', () => {
  it('gives every property a description and a markdownDescription', () => {
    const properties = allPropertySchemas(schema);
    assert.ok(properties.length >= 100, `only ${properties.length} properties found`);
    const undocumented = properties
      .filter(
        ({ node }) =>
          !(
            typeof node.description === 'string' &&
            node.description.length > 10 &&
            typeof node.markdownDescription === 'string' &&
            node.markdownDescription.length > 10
          ),
      )
      .map((site) => site.pointer);
    assert.deepEqual(undocumented, []);
  });

  it('documents every definition', () => {
    for (const [name, definition] of Object.entries(schema.definitions as Record<string, JsonSchema>)) {
      assert.equal(typeof definition.description, 'string', name);
      assert.equal(typeof definition.markdownDescription, 'string', name);
    }
  });

  it('describes every enum value (enumDescriptions parallel to enum)', () => {
    const enums = allSchemaNodes(schema).filter((site) => Array.isArray(site.node.enum));
    assert.ok(enums.length >= 12, `only ${enums.length} enums found`);
    for (const { pointer, node } of enums) {
      const descriptions = node.enumDescriptions;
      assert.ok(Array.isArray(descriptions), `${pointer}: enumDescriptions missing`);
      assert.equal(descriptions.length, (node.enum as unknown[]).length, `${pointer}: length differs`);
      for (const text of descriptions)
        assert.ok(typeof text === 'string' && text.length > 5, `${pointer}: ${String(text)}`);
    }
  });

  it('gives every deprecated field a deprecation message', () => {
    const deprecated = allSchemaNodes(schema).filter((site) => site.node.deprecated === true);
    assert.ok(deprecated.length >= 3);
    for (const { pointer, node } of deprecated) assert.equal(typeof node.deprecationMessage, 'string', pointer);
  });

  it('has defaults and examples that are valid for their own field', () => {
    const ajv = createAjv();
    const sites = allSchemaNodes(schema).filter((site) => 'default' in site.node || Array.isArray(site.node.examples));
    assert.ok(sites.length >= 20);
    for (const { pointer, node } of sites) {
      if (pointer === '') continue;
      const check = ajv.compile({ ...derefSchema(schema, node), definitions: schema.definitions });
      const samples = [...('default' in node ? [node.default] : []), ...((node.examples as unknown[]) ?? [])];
      for (const sample of samples)
        assert.ok(check(sample), `${pointer}: ${JSON.stringify(sample)}\n${describeErrors(check.errors)}`);
    }
  });
});

describe('request schema: seed examples', () => {
  const dir = repoPath('test', 'fixtures', 'seed-examples');
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(json|yaml)$/.test(f))
    .sort();

  it('has the five seed examples in JSON and YAML', () => {
    assert.equal(files.filter((f) => f.endsWith('.json')).length, 5);
    assert.equal(files.filter((f) => f.endsWith('.yaml')).length, 5);
  });

  for (const file of files) {
    it(`accepts ${file}`, () => {
      const ok = validate(readBody(path.join(dir, file)));
      assert.ok(ok, describeErrors(validate.errors));
    });
  }

  for (const file of files.filter((f) => f.endsWith('.yaml'))) {
    it(`${file} has the same content as its JSON twin`, () => {
      const twin = path.join(dir, file.replace(/\.yaml$/, '.json'));
      assert.deepEqual(readBody(path.join(dir, file)), readBody(twin));
    });
  }
});

describe('request schema: rejects invalid bodies where expected', () => {
  it('accepts the base body the cases start from', () => {
    assert.ok(validate(validBody()), describeErrors(validate.errors));
  });

  // [what is wrong, where to change it, new value, expected error path, expected ajv keyword]
  const cases: [string, (string | number)[], unknown, string, string][] = [
    ['server is missing', ['server'], REMOVE, '', 'required'],
    ['unknown top-level key', ['hostname'], 'x', '', 'additionalProperties'],
    ['dry_run as string', ['dry_run'], 'true', '/dry_run', 'type'],
    ['imageRef missing', ['server', 'imageRef'], REMOVE, '/server', 'required'],
    ['unknown server key', ['server', 'hostname'], 'web-1', '/server', 'additionalProperties'],
    ['imageRef not a UUID', ['server', 'imageRef'], 'ubuntu', '/server/imageRef', 'pattern'],
    ['name with a space', ['server', 'name'], 'web server', '/server/name', 'pattern'],
    ['name too long', ['server', 'name'], 'a'.repeat(129), '/server/name', 'maxLength'],
    ['count zero', ['server', 'count'], 0, '/server/count', 'minimum'],
    ['count above 500', ['server', 'count'], 501, '/server/count', 'maximum'],
    ['count as string', ['server', 'count'], '2', '/server/count', 'type'],
    [
      'isAutoPay as YAML/JSON boolean',
      ['server', 'extendparam', 'isAutoPay'],
      true,
      '/server/extendparam/isAutoPay',
      'type',
    ],
    [
      'chargingMode misspelt',
      ['server', 'extendparam', 'chargingMode'],
      'monthly',
      '/server/extendparam/chargingMode',
      'enum',
    ],
    ['periodNum above 9', ['server', 'extendparam', 'periodNum'], 10, '/server/extendparam/periodNum', 'maximum'],
    [
      'enterprise project not a UUID',
      ['server', 'extendparam', 'enterprise_project_id'],
      'default',
      '/server/extendparam/enterprise_project_id',
      'pattern',
    ],
    ['spotPrice as number', ['server', 'extendparam', 'spotPrice'], 0.05, '/server/extendparam/spotPrice', 'type'],
    ['unknown disk type', ['server', 'root_volume', 'volumetype'], 'SDD', '/server/root_volume/volumetype', 'enum'],
    ['system disk too large', ['server', 'root_volume', 'size'], 2048, '/server/root_volume/size', 'maximum'],
    ['data disk too small', ['server', 'data_volumes', 0, 'size'], 5, '/server/data_volumes/0/size', 'minimum'],
    ['data disk size missing', ['server', 'data_volumes', 0, 'size'], REMOVE, '/server/data_volumes/0', 'required'],
    ['data disk iops as string', ['server', 'data_volumes', 0, 'iops'], '3000', '/server/data_volumes/0/iops', 'type'],
    [
      'disk encryption flag as number',
      ['server', 'data_volumes', 0, 'metadata'],
      { __system__encrypted: 1 },
      '/server/data_volumes/0/metadata/__system__encrypted',
      'type',
    ],
    [
      'unknown disk metadata key',
      ['server', 'data_volumes', 0, 'metadata'],
      { color: 'blue' },
      '/server/data_volumes/0/metadata',
      'additionalProperties',
    ],
    [
      'cluster_type other than DSS',
      ['server', 'root_volume', 'cluster_type'],
      'SAN',
      '/server/root_volume/cluster_type',
      'enum',
    ],
    ['no NICs', ['server', 'nics'], [], '/server/nics', 'minItems'],
    [
      'NIC address is not IPv4',
      ['server', 'nics', 0, 'ip_address'],
      '10.0.1.300',
      '/server/nics/0/ip_address',
      'format',
    ],
    ['unknown NIC key', ['server', 'nics', 0, 'subnet'], 'x', '/server/nics/0', 'additionalProperties'],
    [
      'bandwidth sharetype missing',
      ['server', 'publicip', 'eip', 'bandwidth', 'sharetype'],
      REMOVE,
      '/server/publicip/eip/bandwidth',
      'required',
    ],
    [
      'bandwidth chargemode unknown',
      ['server', 'publicip', 'eip', 'bandwidth', 'chargemode'],
      'volume',
      '/server/publicip/eip/bandwidth/chargemode',
      'enum',
    ],
    [
      'bandwidth too large',
      ['server', 'publicip', 'eip', 'bandwidth', 'size'],
      5000,
      '/server/publicip/eip/bandwidth/size',
      'maximum',
    ],
    ['eip iptype missing', ['server', 'publicip', 'eip', 'iptype'], REMOVE, '/server/publicip/eip', 'required'],
    ['metadata value not a string', ['server', 'metadata', 'agency_name'], 42, '/server/metadata/agency_name', 'type'],
    ['metadata custom value not a string', ['server', 'metadata', 'team'], 7, '/server/metadata/team', 'type'],
    ['metadata key with a slash', ['server', 'metadata', 'a/b'], 'x', '/server/metadata', 'propertyNames'],
    [
      'more than 10 metadata pairs',
      ['server', 'metadata'],
      Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v'])),
      '/server/metadata',
      'maxProperties',
    ],
    [
      'unknown agent',
      ['server', 'metadata', '__support_agent_list'],
      'ces,antivirus',
      '/server/metadata/__support_agent_list',
      'pattern',
    ],
    ['server tag key with =', ['server', 'server_tags', 0, 'key'], 'a=b', '/server/server_tags/0/key', 'pattern'],
    ['server tag without value', ['server', 'server_tags', 0, 'value'], REMOVE, '/server/server_tags/0', 'required'],
    ['old-style tag without a dot', ['server', 'tags'], ['nodot'], '/server/tags/0', 'pattern'],
    ['description with <', ['server', 'description'], '<b>web</b>', '/server/description', 'pattern'],
    ['description too long', ['server', 'description'], 'd'.repeat(86), '/server/description', 'maxLength'],
    [
      'auto_terminate_time not ISO UTC',
      ['server', 'auto_terminate_time'],
      '2030-09-25 12:05',
      '/server/auto_terminate_time',
      'pattern',
    ],
    ['adminPass too short', ['server', 'adminPass'], 'Ab1!', '/server/adminPass', 'pattern'],
    ['adminPass with a space', ['server', 'adminPass'], 'Abc 12345!', '/server/adminPass', 'pattern'],
    ['user_data not base64', ['server', 'user_data'], '#!/bin/bash\necho hi', '/server/user_data', 'pattern'],
    ['cpu threads 3', ['server', 'cpu_options'], { 'hw:cpu_threads': 3 }, '/server/cpu_options/hw:cpu_threads', 'enum'],
    [
      'tenancy unknown',
      ['server', 'os:scheduler_hints'],
      { tenancy: 'private' },
      '/server/os:scheduler_hints/tenancy',
      'enum',
    ],
    ['enclave_options without enabled', ['server', 'enclave_options'], {}, '/server/enclave_options', 'required'],
    [
      'http_tokens unknown',
      ['server', 'metadata_options'],
      { http_tokens: 'always' },
      '/server/metadata_options/http_tokens',
      'enum',
    ],
  ];

  for (const [what, at, value, errorPath, keyword] of cases) {
    it(`rejects: ${what}`, () => {
      const ok = validate(withValue(validBody(), at, value));
      assert.equal(ok, false, `${what}: expected a schema error`);
      const hit = (validate.errors ?? []).some((e) => e.instancePath === errorPath && e.keyword === keyword);
      assert.ok(hit, `${what}: want ${keyword} at "${errorPath}", got\n${describeErrors(validate.errors)}`);
    });
  }

  it('accepts values at the edges of the documented ranges', () => {
    const edges: [(string | number)[], unknown][] = [
      [['server', 'name'], 'a'.repeat(128)],
      [['server', 'count'], 500],
      [['server', 'root_volume', 'size'], 0],
      [['server', 'data_volumes', 0, 'size'], 32768],
      [['server', 'adminPass'], '${secret:ECS_ADMIN_PASS}'],
      [['server', 'adminPass'], 'Abcdefg1!@$%^-_=+[{}]:,.'],
      [['server', 'user_data'], Buffer.from('#!/bin/bash\necho hi\n').toString('base64')],
      [['server', 'extendparam', 'enterprise_project_id'], '0'],
      [['server', 'extendparam', 'spotPrice'], ''],
      [['server', 'publicip', 'eip', 'bandwidth', 'chargemode'], ''],
      [['server', 'metadata', 'my key:1.a-b_c'], 'value'],
      [['server', 'server_tags', 0, 'value'], ''],
      [
        ['server', 'tags'],
        ['env.prod', 'team_a.web-1.x'],
      ],
      [['server', 'name'], '测试服务器'],
    ];
    for (const [at, value] of edges) {
      assert.ok(
        validate(withValue(validBody(), at, value)),
        `${at.join('.')}=${JSON.stringify(value)}\n${describeErrors(validate.errors)}`,
      );
    }
  });
});
