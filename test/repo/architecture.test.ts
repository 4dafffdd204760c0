/**
 * The layer invariants of docs/ARCHITECTURE.md are enforced by ESLint (eslint.config.mjs), which
 * `npm test` runs over the tree. These tests prove the configuration itself bites: each forbidden
 * import, written as a file of the layer that must not have it, is reported; an allowed one is not.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

/** The messages of the import-restriction rules for `code` as if it were the file `file`. */
async function layerViolations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const forbidden: Array<[file: string, code: string, invariant: string]> = [
  ['cloud/x.ts', "import { a } from '../server/service/api';\nexport { a };", 'invariant 5'],
  ['cloud/sub/x.ts', "export { b } from '../../client/extension';", 'invariant 5'],
  ['cloud/x.ts', "export const c = import('../emulator/index');", 'invariant 5'],
  ['server/lsp/x.ts', "import { d } from '../../cloud/ecsClient';\nexport { d };", 'invariant 3'],
  ['server/x.ts', "export const e = require('../emulator/world');", 'invariant 3'],
  ['server/service/x.ts', "import { f } from '../lsp/ecsServer';\nexport { f };", 'invariant 4'],
  [
    'server/service/x.ts',
    "import { createConnection } from 'vscode-languageserver';\nexport { createConnection };",
    'invariant 4',
  ],
  ['emulator/api/x.ts', "import { g } from '../../request/parser/nodes';\nexport { g };", 'invariant 6'],
  ['emulator/x.ts', "import { h } from '../request/placeholders';\nexport { h };", 'invariant 6'],
  ['emulator/x.ts', "import { i } from '../cli/io';\nexport { i };", 'invariant 6'],
  ['request/x.ts', "import { j } from '../server/service/types';\nexport { j };", 'invariant 2'],
  ['cli/x.ts', "import * as vscode from 'vscode';\nexport { vscode };", 'invariant 1'],
  ['cloud/x.ts', "import * as vscode from 'vscode';\nexport { vscode };", 'invariant 5'],
  ['client/x.ts', "import { k } from '../cli/io';\nexport { k };", 'invariant 7'],
  ['emulator/x.ts', "import { l } from '../test/support/requestBuilder';\nexport { l };", 'invariant 8'],
  ['request/parser/x.ts', "export const m = require('../../test/consistency/corpus');", 'invariant 8'],
  ['client/x.ts', "export const n = import('../test/support/emulatorRequests');", 'invariant 8'],
];

const allowed: Array<[file: string, code: string]> = [
  ['client/x.ts', "import * as vscode from 'vscode';\nimport { a } from '../cloud/ecsClient';\nexport { vscode, a };"],
  ['cli/x.ts', "import { b } from '../server/service/languageService';\nexport { b };"],
  ['cloud/x.ts', "import { c } from '../request/placeholders';\nexport { c };"],
  ['server/service/x.ts', "import { d } from '../../request/placeholders';\nexport { d };"],
  ['emulator/x.ts', "import { e } from './http/router';\nexport { e };"],
  ['server/service/rules/x.ts', "import { f } from './serverName';\nexport { f };"],
  ['cloud/x.ts', "import { g } from '../request/parser/parse';\nexport { g };"],
  ['client/x.ts', "import { h } from '../request/languageIds';\nexport { h };"],
  ['server/lsp/x.ts', "import { i } from '../../request/templates';\nexport { i };"],
  ['request/x.ts', "import { j } from './parser/nodes';\nimport * as k from 'node:test';\nexport { j, k };"],
];

describe('layer invariants (eslint.config.mjs)', () => {
  for (const [file, code, invariant] of forbidden) {
    it(`refuses in ${file}: ${code.split('\n')[0]}`, async () => {
      const messages = await layerViolations(file, code);
      assert.equal(messages.length, 1, `expected one violation, got ${JSON.stringify(messages)}`);
      assert.match(messages[0], new RegExp(invariant));
    });
  }
  for (const [file, code] of allowed) {
    it(`allows in ${file}: ${code.split('\n')[0]}`, async () => {
      assert.deepEqual(await layerViolations(file, code), []);
    });
  }
});
