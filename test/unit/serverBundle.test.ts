/**
 * dist/server.js runs the server bundle as a classic script (server/launcher.ts), so every
 * top-level name of the bundle becomes a global of the server process. None may replace a
 * Node.js global: the minifier picks short names, and one day it could pick `URL` or `fetch`.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const repo = resolve(__dirname, '../../..');
const bundlePath = join(repo, 'dist/server-bundle.js');

/** The names a script's top level declares (var, let, const, function, class). */
function topLevelNames(source: string): string[] {
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const names: string[] = [];
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) statement.declarationList.declarations.forEach((d) => addBinding(d.name));
    else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      names.push(statement.name.text);
  }
  return names;
}

/** The names among `names` that Node.js already has as globals. */
function nodeGlobalsAmong(names: string[]): string[] {
  const globals = new Set(Object.getOwnPropertyNames(globalThis));
  return names.filter((name) => globals.has(name));
}

describe('the server bundle run as a script', { skip: !existsSync(bundlePath) && 'run npm run build first' }, () => {
  test('declares no top-level name that Node.js already has as a global', () => {
    const names = topLevelNames(readFileSync(bundlePath, 'utf8'));
    assert.ok(names.length > 100, `the bundle's top-level names were found (${names.length})`);
    assert.deepEqual(nodeGlobalsAmong(names), []);
  });

  test('the check itself finds a name that would replace a global', () => {
    assert.deepEqual(
      nodeGlobalsAmong(topLevelNames('"use strict";var a=1,URL=2;function fetch(){}class b{}let {c,d:[process]}={};')),
      ['URL', 'fetch', 'process'],
    );
  });
});

describe('the server bundle', { skip: !existsSync(`${bundlePath}.map`) && 'run npm run build first' }, () => {
  test('holds one build of vscode-languageserver-types, the one vscode-languageserver-protocol loads', () => {
    const sources: string[] = JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')).sources;
    const typesFiles = sources.filter((source) => source.includes('/vscode-languageserver-types/'));
    assert.deepEqual(
      typesFiles.map((source) => source.replace(/^.*node_modules\//, '')),
      ['vscode-languageserver-types/lib/umd/main.js'],
    );
  });
});
