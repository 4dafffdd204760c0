import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SchemaNavigator } from '../../server/service/schema/schemaNavigator';
import type { JsonSchema } from '../../server/service/schema/jsonSchema';
import { buildSkeleton, renderValue } from '../../server/service/schema/skeleton';
import { describeLimits } from '../../server/service/schema/schemaText';
import { getSchemaNavigator } from '../../server/service/schema/ecsSchema';

const schema: JsonSchema = {
  type: 'object',
  required: ['disk'],
  properties: {
    disk: { $ref: '#/definitions/disk', description: 'The disk here.' },
    disks: { type: 'array', items: { $ref: '#/definitions/disk' } },
    ip: { anyOf: [{ properties: { id: { type: 'string' } } }, { properties: { eip: { type: 'object' } } }] },
    labels: { type: 'object', patternProperties: { '^x-': { type: 'integer', minimum: 1, maximum: 9 } } },
  },
  definitions: {
    base: { properties: { size: { type: 'integer', default: 40 } }, required: ['size'] },
    disk: {
      type: 'object',
      allOf: [{ $ref: '#/definitions/base' }],
      required: ['kind'],
      properties: {
        kind: { enum: ['A', 'B'], enumDescriptions: ['first', 'second'] },
        old: { type: 'boolean', deprecated: true },
      },
      description: 'A disk.',
    },
  },
};

describe('schema navigator', () => {
  const navigator = new SchemaNavigator(schema);

  test('follows $ref, keeps the annotations written beside it, merges allOf', () => {
    const disk = navigator.subschemaAt(['disk']);
    assert.equal(disk?.description, 'The disk here.');
    assert.deepEqual(
      navigator.propertiesOf(disk).map((p) => [p.name, p.required, p.deprecated]),
      [
        ['size', true, false],
        ['kind', true, false],
        ['old', false, true],
      ],
    );
  });

  test('walks array items, anyOf branches and pattern properties', () => {
    assert.deepEqual(navigator.enumEntries(navigator.subschemaAt(['disks', 3, 'kind'])), [
      { value: 'A', description: 'first' },
      { value: 'B', description: 'second' },
    ]);
    assert.deepEqual(navigator.typesOf(navigator.subschemaAt(['ip', 'eip'])), ['object']);
    assert.deepEqual(navigator.typesOf(navigator.subschemaAt(['labels', 'x-team'])), ['integer']);
    assert.equal(navigator.subschemaAt(['labels', 'other']), undefined);
    assert.deepEqual(describeLimits(navigator, navigator.subschemaAt(['labels', 'x-team']) ?? {}), ['From 1 to 9.']);
  });

  test('skeletons hold the required children, as snippets or plain text', () => {
    const skeleton = buildSkeleton(navigator, navigator.subschemaAt(['disks']));
    assert.equal(
      renderValue(skeleton, { format: 'yaml', indentUnit: '  ', baseIndent: '', snippet: true }),
      '\n  - size: ${1:40}\n    kind: ${2|A,B|}',
    );
    assert.equal(
      renderValue(skeleton, { format: 'json', indentUnit: '  ', baseIndent: '', snippet: false }),
      '[\n  {\n    "size": 40,\n    "kind": "A"\n  }\n]',
    );
  });

  test('the bundled request schema is loaded once and knows the server fields', () => {
    const ecs = getSchemaNavigator();
    assert.equal(ecs, getSchemaNavigator());
    const server = ecs.subschemaAt(['server']);
    assert.ok(ecs.propertiesOf(server).some((p) => p.name === 'imageRef' && p.required));
    assert.ok(ecs.apiReference?.startsWith('https://'));
  });

  test('reads the name pattern aloud, Han-script class included', () => {
    const ecs = getSchemaNavigator();
    const name = ecs.subschemaAt(['server', 'name']) ?? {};
    assert.deepEqual(describeLimits(ecs, name), [
      '1 to 128 characters.',
      'Allowed characters: letters, digits, `_`, `.`, Chinese characters, `-`.',
    ]);
  });
});
