/**
 * The body that is sent is produced from the same parse that was checked: `ecs-request lint` (and
 * the editor) and dry-run/submit, in the CLI (the checked parse) and in VS Code (the document text),
 * agree on every example, seed example and a few broken files. A syntax error stops the send with
 * lint's own words at lint's position; a file without one sends what an independent JSON/YAML reader
 * reads from it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkRequestFile, isError } from '../../cli/requestFile';
import { detectFormat, prepareParsedRequest, prepareRequest, RequestSyntaxError } from '../../cloud/prepare';
import { JSON_SYNTAX_CODE } from '../../request/parser/jsonParser';
import { DUPLICATE_KEY_CODE, NESTING_TOO_DEEP_CODE } from '../../request/parser/problems';
import { YAML_SYNTAX_CODE } from '../../request/parser/yamlParser';
import { runCli } from '../cli/runCli';

const repo = path.resolve(__dirname, '..', '..', '..');
const PARSER_CODES = new Set<unknown>([JSON_SYNTAX_CODE, YAML_SYNTAX_CODE, DUPLICATE_KEY_CODE, NESTING_TOO_DEEP_CODE]);
/** Every placeholder gets a value, so that only the syntax decides whether a body is built. */
const filled = { get: async () => 'Filled-in-1!' };
const env = new Proxy({}, { get: () => 'filled-in' }) as Record<string, string>;

const BROKEN: Record<string, string> = {
  'trailing-comma.ecs.json': '{\n  "server": {\n    "name": "web",\n    "count": 1,\n  }\n}\n',
  'missing-colon.ecs.json': '{\n  "server": {\n    "name" "web"\n  }\n}\n',
  'unclosed.ecs.json': '{\n  "server": {\n    "name": "web\n',
  'duplicate-key.ecs.json': '{ "server": { "name": "a", "count": 1, "name": "b" } }\n',
  'duplicate-key.ecs.yaml': 'server:\n  name: a\n  name: b\n',
  'unclosed-flow.ecs.yaml': 'server:\n  name: web\n  nics: [ {subnet_id: a}\nflavorRef: x\n',
  'tab-indent.ecs.yaml': 'server:\n\tname: web\n',
  'two-documents.ecs.yaml': 'server:\n  name: a\n---\nserver:\n  name: b\n',
  'complex-key.ecs.yaml': 'server:\n  ? [a, b]\n  : 1\n',
};

let scratch: string;
before(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'ecs-sends-checked-'));
  for (const [name, text] of Object.entries(BROKEN)) writeFileSync(path.join(scratch, name), text);
});
after(() => rmSync(scratch, { recursive: true, force: true }));

function requestFiles(): string[] {
  const inFolder = (folder: string, pattern: RegExp) =>
    readdirSync(folder)
      .filter((name) => pattern.test(name))
      .map((name) => path.join(folder, name));
  return [
    ...inFolder(path.join(repo, 'examples'), /\.ecs\.(json|ya?ml)$/),
    ...inFolder(path.join(repo, 'test', 'fixtures', 'seed-examples'), /\.(json|ya?ml)$/),
    ...inFolder(path.join(repo, 'test', 'fixtures', 'validation'), /^broken-syntax\./),
    ...Object.keys(BROKEN).map((name) => path.join(scratch, name)),
  ];
}

/** Lint's first syntax error in the file (by position), as the CLI prints it. */
function firstSyntaxError(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  const syntax = diagnostics.filter((d) => isError(d) && PARSER_CODES.has(d.code));
  syntax.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return syntax[0];
}

async function outcome(send: () => Promise<{ value: unknown }>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: (await send()).value };
  } catch (error) {
    return { error };
  }
}

describe('lint and dry-run/submit read a request file the same way', () => {
  it('covers the examples, the seed examples and the broken files', () => {
    const files = requestFiles();
    assert.ok(files.filter((f) => f.includes(`${path.sep}examples${path.sep}`)).length >= 6);
    assert.ok(files.filter((f) => f.startsWith(scratch)).length === Object.keys(BROKEN).length);
  });

  it('a syntax error stops the send with lint’s words at lint’s position; otherwise the body is the file', async () => {
    let broken = 0;
    for (const file of requestFiles()) {
      const name = path.relative(repo, file);
      const checked = checkRequestFile(file, repo);
      const text = readFileSync(file, 'utf8');
      const format = detectFormat(file);
      const fromCli = await outcome(() => prepareParsedRequest(checked.parsed, { env, secrets: filled }));
      const fromEditor = await outcome(() => prepareRequest(text, format, { env, secrets: filled }));
      const syntaxError = firstSyntaxError(checked.diagnostics);
      if (syntaxError) {
        broken++;
        for (const [who, { error }] of [
          ['CLI', fromCli],
          ['editor', fromEditor],
        ] as const) {
          assert.ok(error instanceof RequestSyntaxError, `${name}: ${who} sends a file lint finds broken`);
          assert.deepEqual(
            { line: error.line, column: error.column, reason: error.reason },
            {
              line: syntaxError.range.start.line + 1,
              column: syntaxError.range.start.character + 1,
              reason: syntaxError.message,
            },
            `${name}: ${who}`,
          );
        }
      } else {
        assert.equal(fromCli.error, undefined, `${name}: lint finds no syntax error, the CLI cannot send it`);
        assert.equal(fromEditor.error, undefined, `${name}: lint finds no syntax error, the editor cannot send it`);
        const independent = format === 'yaml' ? parseYaml(text, { version: '1.2', schema: 'core' }) : parseJsonc(text);
        const withPlaceholdersFilled = JSON.parse(
          JSON.stringify(independent).replace(/\$\{(env|secret):[A-Za-z0-9_.-]+\}/g, (m) =>
            m.startsWith('${env:') ? 'filled-in' : 'Filled-in-1!',
          ),
        );
        assert.deepEqual(fromCli.value, withPlaceholdersFilled, `${name}: the CLI body`);
        assert.deepEqual(fromEditor.value, withPlaceholdersFilled, `${name}: the editor body`);
      }
    }
    assert.ok(broken >= Object.keys(BROKEN).length, `${broken} broken files`);
  });

  it('a YAML key with nothing after it is sent as null, as YAML reads it', async () => {
    const prepared = await prepareRequest('server:\n  name: web\n  description:\n', 'yaml');
    assert.equal(prepared.body, '{"server":{"name":"web","description":null}}');
  });

  it('a key named __proto__ is sent as a key, as JSON.parse reads it', async () => {
    const prepared = await prepareRequest('{"server": {"__proto__": {"a": 1}, "name": "web"}}', 'json');
    assert.equal(prepared.body, '{"server":{"__proto__":{"a":1},"name":"web"}}');
  });
});

describe('the CLI: ecs-request lint and dry-run --force print the same syntax error', () => {
  for (const name of ['trailing-comma.ecs.json', 'duplicate-key.ecs.yaml']) {
    it(name, async () => {
      const file = path.join(scratch, name);
      const lint = await runCli(['lint', file]);
      const dryRun = await runCli(['dry-run', file, '--emulator', '--force']);
      assert.notEqual(dryRun.code, 0, dryRun.stdout + dryRun.stderr);
      // lint: `file:line:col error code message`; dry-run: `file: Syntax error at line L, column C: message`.
      const linted = /:(\d+):(\d+) error (?:json-syntax|yaml-syntax|duplicate-key) (.*)$/m.exec(
        lint.stdout + lint.stderr,
      );
      assert.ok(linted, lint.stdout + lint.stderr);
      const [, line, column, message] = linted;
      assert.ok(
        dryRun.stderr.includes(`Syntax error at line ${line}, column ${column}: ${message}`),
        `dry-run said: ${dryRun.stderr}`,
      );
      assert.doesNotMatch(dryRun.stdout + dryRun.stderr, /accepted|servers? would be created/i);
    });
  }
});
