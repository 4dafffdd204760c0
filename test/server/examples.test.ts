/**
 * The example request files (examples/*.ecs.*) through the facade, as a user opening them sees
 * them: the good ones are clean, with-mistakes.ecs.yaml shows exactly its marked mistakes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService, type LanguageServiceOptions } from '../../server/service/languageService';
import { FIXED_NOW } from './parser.helpers';

const examples = join(__dirname, '..', '..', '..', 'examples');
const CLEAN = [
  'pay-per-use.ecs.yaml',
  'yearly-monthly-eip.ecs.json',
  'data-disks.ecs.yaml',
  'spot.ecs.yaml',
  'rejected-by-cloud.ecs.yaml',
];

const seeds = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seed-examples');

function validateExample(name: string, directory = examples): { text: string; diagnostics: Diagnostic[] } {
  const service = createLanguageService({ validation: { now: FIXED_NOW } });
  const text = readFileSync(join(directory, name), 'utf8');
  const languageId = name.endsWith('.json') ? 'ecs-json' : 'ecs-yaml';
  const diagnostics = service.validate(
    service.parse(TextDocument.create(`file:///examples/${name}`, languageId, 1, text)),
  );
  return { text, diagnostics };
}

const isProblem = (d: Diagnostic) =>
  d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning;

describe('createLanguageService', () => {
  test('never throws, whatever options it gets, and still validates', () => {
    for (const junk of [undefined, {}, null, 42, 'x', { validation: null }, { validation: 7 }]) {
      const service = createLanguageService(junk as unknown as LanguageServiceOptions);
      const parsed = service.parse(
        TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, '{"server": {"count": "3"}}'),
      );
      assert.ok(service.validate(parsed).length > 0, JSON.stringify(junk));
    }
  });
});

describe('the example request files', () => {
  test('every example file is covered here', () => {
    const files = readdirSync(examples)
      .filter((name) => /\.ecs\.(json|yaml)$/.test(name))
      .sort();
    assert.deepEqual(files, [...CLEAN, 'with-mistakes.ecs.yaml'].sort());
  });

  for (const name of CLEAN) {
    test(`${name}: no errors and no warnings`, () => {
      const { diagnostics } = validateExample(name);
      assert.deepEqual(
        diagnostics.filter(isProblem).map((d) => `${d.code}: ${d.message}`),
        [],
      );
    });
  }

  test('with-mistakes.ecs.yaml: exactly the five marked mistakes, each inside its own marked block', () => {
    const { text, diagnostics } = validateExample('with-mistakes.ecs.yaml');
    const lines = text.split('\n');
    const markers = lines.flatMap((line, index) => (/# MISTAKE \d/.test(line) ? [index] : []));
    assert.equal(markers.length, 5);
    const blockOf = (line: number) => markers.filter((start) => start <= line).length; // 1..5, 0 = before the first
    const problems = diagnostics.filter(isProblem);
    const codesByBlock = new Map<number, string[]>();
    for (const d of problems) {
      const block = blockOf(d.range.start.line);
      assert.ok(block > 0, `unmarked problem on line ${d.range.start.line + 1}: ${d.code} ${d.message}`);
      codesByBlock.set(block, [...(codesByBlock.get(block) ?? []), String(d.code)]);
    }
    assert.deepEqual([...codesByBlock.keys()].sort(), [1, 2, 3, 4, 5]);
    const expected: Record<number, string> = {
      1: 'ECS-R01',
      2: 'ECS-SECRET-LITERAL',
      3: 'schema',
      4: 'ECS-R15',
      5: 'yaml-type',
    };
    for (const [block, code] of Object.entries(expected)) {
      assert.ok(
        codesByBlock.get(Number(block))?.includes(code),
        `mistake ${block} is reported as ${code}: ${codesByBlock.get(Number(block))}`,
      );
    }
  });
});

describe('the API page examples (test/fixtures/seed-examples)', () => {
  const files = readdirSync(seeds).filter((name) => /\.(json|yaml)$/.test(name));
  test('there are seed examples', () => assert.ok(files.length >= 10));
  for (const name of files) {
    test(`${name}: no errors and no warnings through the whole pipeline`, () => {
      const { diagnostics } = validateExample(name, seeds);
      assert.deepEqual(
        diagnostics.filter(isProblem).map((d) => `${d.code}: ${d.message}`),
        [],
      );
    });
  }
});
