/**
 * Issue 11, item 7: no example expires. Every example value the schema offers (hover and
 * completion show them), every example file, template and API-page example goes through the whole
 * pipeline (schema, rules) at today's date and at dates years ahead, and must give no error and
 * no warning. Time-bound examples are computed from "now" (x-exampleDaysFromNow), so they pass
 * whenever the tests run.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { stringify } from 'yaml';
import { createLanguageService } from '../../server/service/languageService';
import type { DocumentFormat } from '../../request/parser/ast';
import { getSchemaNavigator } from '../../server/service/schema/ecsSchema';
import { schemaExamples } from '../../server/service/schema/examplesFromNow';
import type { JsonSchema } from '../../server/service/schema/jsonSchema';
import { requestTemplates } from '../../request/templates';
import { formatFromUri } from '../../request/languageIds';
import { expandSnippet } from './completionHelpers';
import { BASE_SERVER } from './rules/ruleHarness';

const repo = join(__dirname, '..', '..', '..');
const YEAR = 365.25 * 24 * 3600 * 1000;
/** Today, and dates far enough ahead that any fixed date written today would have passed. */
const NOWS = [new Date(), new Date(Date.now() + 4 * YEAR), new Date(Date.now() + 25 * YEAR)];

type Path = (string | number)[];

function lintText(text: string, format: DocumentFormat, now: Date): Diagnostic[] {
  const service = createLanguageService({ validation: { now } });
  const document = TextDocument.create(`file:///x/example.ecs.${format}`, `ecs-${format}`, 1, text);
  return service.validate(service.parse(document));
}

function problems(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
    .map((d) => `${d.code}: ${d.message}`);
}

/** Every field path of the schema with the (resolved) schema at it; arrays step into item 0. */
function fieldsOfSchema(): { path: Path; schema: JsonSchema }[] {
  const navigator = getSchemaNavigator();
  const found: { path: Path; schema: JsonSchema }[] = [];
  const walk = (schema: JsonSchema, path: Path): void => {
    if (path.length > 12) return;
    for (const property of navigator.propertiesOf(schema)) {
      const childPath = [...path, property.name];
      found.push({ path: childPath, schema: property.schema });
      walk(property.schema, childPath);
      const item = navigator.typesOf(property.schema).includes('array')
        ? navigator.childSchema(property.schema, 0)
        : undefined;
      if (item) {
        found.push({ path: [...childPath, 0], schema: item });
        walk(item, [...childPath, 0]);
      }
    }
  };
  walk(navigator.root, []);
  return found;
}

/** `nics.0.ip_address` → `nics[].ip_address`. */
const fieldName = (path: Path) =>
  path
    .slice(1)
    .map((step) => (typeof step === 'number' ? '[]' : step))
    .join('.')
    .replace(/\.\[\]/g, '[]');

/**
 * The fields some examples need beside them to make a sensible request (a GPSSD2 disk for iops,
 * a spot server for spot prices...). A new example that needs more fails below with its field name.
 */
const EIP = { iptype: '5_bgp', bandwidth: { sharetype: 'PER', size: 5 } };
const PROVISIONED_DISK = { volumetype: 'GPSSD2', size: 100, iops: 3000, throughput: 125 };
const SPOT_BLOCK = { marketType: 'spot', interruption_policy: 'immediate', spot_duration_hours: 1 };
const CONTEXTS: Readonly<Record<string, Record<string, unknown>>> = {
  'root_volume.iops': { root_volume: { ...PROVISIONED_DISK, size: 40 } },
  'root_volume.throughput': { root_volume: { ...PROVISIONED_DISK, size: 40 } },
  'data_volumes[].iops': { data_volumes: [PROVISIONED_DISK] },
  'data_volumes[].throughput': { data_volumes: [PROVISIONED_DISK] },
  'publicip.eip.iptype': { publicip: { eip: EIP } },
  'publicip.eip.bandwidth.size': { publicip: { eip: EIP } },
  'extendparam.periodNum': { extendparam: { chargingMode: 'prePaid', periodType: 'month', periodNum: 1 } },
  'extendparam.spotPrice': { extendparam: { marketType: 'spot' } },
  'extendparam.spot_duration_hours': { extendparam: SPOT_BLOCK },
  'extendparam.spot_duration_count': { extendparam: SPOT_BLOCK },
};

/** A new list item starts from its mandatory fields. */
const ITEM_BASES: Readonly<Record<string, Record<string, unknown>>> = {
  data_volumes: { volumetype: 'SSD', size: 100 },
  server_tags: { key: 'k', value: 'v' },
};

/** A valid request with `value` written at `path` (containers created as needed). */
function bodyWith(path: Path, value: unknown): unknown {
  const body: Record<string, unknown> = { server: structuredClone({ ...BASE_SERVER, ...CONTEXTS[fieldName(path)] }) };
  let container: Record<string | number, unknown> = body;
  for (let index = 0; index < path.length - 1; index++) {
    const step = path[index];
    const next = path[index + 1];
    if (container[step] === undefined) {
      const itemBase = typeof step === 'number' ? ITEM_BASES[String(path[index - 1])] : undefined;
      container[step] = typeof next === 'number' ? [] : { ...itemBase };
    }
    container = container[step] as Record<string | number, unknown>;
  }
  container[path[path.length - 1]] = value;
  return body;
}

describe('every example value in the schema passes our own checks, today and years ahead', () => {
  const withExamples = fieldsOfSchema().filter(({ schema }) => schemaExamples(schema).length > 0);

  test('the schema offers examples for many fields, one of them computed from now', () => {
    assert.ok(withExamples.length >= 25, `only ${withExamples.length} fields with examples`);
    const terminate = withExamples.find(({ path }) => fieldName(path) === 'auto_terminate_time');
    assert.ok(terminate, 'auto_terminate_time has an example');
    const [today, later] = NOWS.map((now) => schemaExamples(terminate.schema, now)[0]);
    assert.notEqual(today, later, 'the example moves with the date');
    assert.deepEqual(terminate.schema.examples, undefined, 'no fixed date in the schema');
  });

  for (const format of ['json', 'yaml'] as const) {
    test(`each example alone in a valid request: no error, no warning (${format})`, () => {
      let checked = 0;
      for (const now of NOWS) {
        for (const { path, schema } of withExamples) {
          for (const example of schemaExamples(schema, now)) {
            const body = bodyWith(path, example);
            const text = format === 'json' ? JSON.stringify(body, null, 2) : stringify(body);
            const label = `${fieldName(path)} = ${JSON.stringify(example)} at ${now.toISOString()}`;
            assert.deepEqual(problems(lintText(text, format, now)), [], label);
            checked++;
          }
        }
      }
      assert.ok(checked >= 3 * 40, `only ${checked} examples checked`);
    });
  }
});

describe('every request file and template passes our own checks, today and years ahead', () => {
  const documents: { name: string; text: string; format: DocumentFormat }[] = [];
  const examples = join(repo, 'examples');
  // with-mistakes.ecs.yaml is wrong on purpose (test/server/examples.test.ts checks its marked mistakes).
  for (const file of readdirSync(examples).filter(
    (name) => /\.ecs\.(json|yaml)$/.test(name) && !name.startsWith('with-mistakes'),
  )) {
    documents.push({
      name: `examples/${file}`,
      text: readFileSync(join(examples, file), 'utf8'),
      format: formatFromUri(file),
    });
  }
  const seeds = join(repo, 'test', 'fixtures', 'seed-examples');
  for (const file of readdirSync(seeds).filter((name) => /\.(json|yaml)$/.test(name))) {
    documents.push({
      name: `seed example ${file}`,
      text: readFileSync(join(seeds, file), 'utf8'),
      format: formatFromUri(file),
    });
  }
  for (const format of ['json', 'yaml'] as const) {
    for (const template of requestTemplates(format)) {
      documents.push({ name: `template ${template.name} (${format})`, text: expandSnippet(template.body), format });
    }
  }

  test('the set covers the example files, the seed examples and the templates of both formats', () => {
    assert.ok(documents.filter((d) => d.name.startsWith('examples/')).length >= 5);
    assert.ok(documents.filter((d) => d.name.startsWith('template ')).length >= 8);
    assert.ok(documents.filter((d) => d.name.startsWith('seed ')).length >= 10);
  });

  for (const { name, text, format } of documents) {
    test(name, () => {
      for (const now of NOWS) assert.deepEqual(problems(lintText(text, format, now)), [], now.toISOString());
    });
  }
});

describe('no fixed date that could expire in the schema or the docs', () => {
  const UTC_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z\b/g;
  for (const file of ['schemas/ecs-create-servers.v1.1.schema.json', 'docs/field-reference.md', 'examples/README.md']) {
    test(file, () => {
      assert.deepEqual(readFileSync(join(repo, file), 'utf8').match(UTC_TIME) ?? [], []);
    });
  }
});
