/**
 * The bundles validate with the validator generated at build time (scripts/build.mjs, ajv
 * standalone code); tests compiled with tsc use the run-time compile. Both must report exactly
 * the same errors, or the server and the unit tests would disagree.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { compileRequestValidator } from '../../server/service/validation/compileValidator';
import { toValidationValue } from '../../server/service/validation/schemaValidator';
import codePointLength from '../../server/service/validation/stringLength';
import ajvCodePointLength from 'ajv/dist/runtime/ucs2length';
import { loadSeeds } from '../fuzz/documents';
import { parse } from './parser.helpers';

const repo = resolve(__dirname, '../../..');
const generatedPath = join(repo, 'server/service/validation/generated/requestValidator.js');

function errorsOf(validate: ValidateFunction, value: unknown): unknown {
  return validate(value) ? [] : validate.errors;
}

describe(
  'the build-time validator equals the run-time compile',
  { skip: !existsSync(generatedPath) && 'run node scripts/build.mjs first' },
  () => {
    test('same errors on every example and benchmark document, and on hand-made mistakes', () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const generated = require(generatedPath) as ValidateFunction;
      const compiled = compileRequestValidator();
      // Documents of every kind: the examples and the benchmark's (valid, broken, 10 errors, largest).
      const values: { name: string; value: unknown }[] = loadSeeds(repo).map(({ name, text, format }) => ({
        name,
        value: toValidationValue(parse(text, format).root, format),
      }));
      values.push(
        { name: 'empty', value: {} },
        {
          name: 'wrong types',
          value: { server: { name: 5, count: 'x', user_data: 'a\nb', nics: {}, metadata: { k: 'v'.repeat(300) } } },
        },
        {
          name: 'non-BMP characters',
          value: {
            server: { description: '😀'.repeat(85), server_tags: [{ key: '😀'.repeat(36), value: '😀'.repeat(44) }] },
          },
        },
        { name: 'bad ipv4', value: { server: { nics: [{ subnet_id: 'x', ip_address: '300.1.1.1' }] } } },
      );
      assert.ok(values.length > 10, 'the sample documents were found');
      let withErrors = 0;
      for (const { name, value } of values) {
        const expected = errorsOf(compiled, value);
        if ((expected as unknown[]).length) withErrors++;
        assert.deepEqual(errorsOf(generated, value), expected, name);
      }
      assert.ok(withErrors >= 4, 'the samples include invalid requests');
    });

    test('points into the request schema instead of carrying a copy of it', () => {
      const source = readFileSync(generatedPath, 'utf8');
      assert.doesNotMatch(source, /const schema\d+ = [{[]/, 'no schema object literal is left in the generated code');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const generated = require(generatedPath) as ValidateFunction;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const schema = require(join(repo, 'schemas/ecs-create-servers.v1.1.schema.json')) as {
        definitions: Record<string, unknown>;
      };
      assert.equal(generated({ server: { name: 5 } }), false);
      const nameError = generated.errors?.find((error) => error.instancePath === '/server/name');
      assert.ok(nameError, 'the wrong type of server.name is reported');
      const serverSchema = schema.definitions.server as { properties: Record<string, unknown> };
      assert.equal(
        nameError.parentSchema,
        serverSchema.properties.name,
        "parentSchema is the schema file's own object",
      );
    });
  },
);

describe('the string length of the generated validator', () => {
  test('counts like ajv: code points, lone surrogates as one, plain text by its length', () => {
    const samples = [
      '',
      'abc',
      'QUJD'.repeat(11_000),
      '名称-中文',
      '😀',
      'a😀b😀',
      '\uD800',
      '\uDC00',
      'x\uD800',
      '\uD800x',
      '\uD83D\uDE00\uD800',
      'é'.repeat(3),
    ];
    for (const text of samples)
      assert.equal(codePointLength(text), ajvCodePointLength(text), JSON.stringify(text.slice(0, 12)));
    assert.equal(codePointLength('a😀b'), 3);
  });
});
