// Prints the README's generated tables (cross-field rules, settings) from their single sources:
// the rule registry (compiled to out/ by `npx tsc -p .`) and package.json's contributes.configuration.
// Usage: node scripts/readme-tables.mjs rules|settings   (test/repo/readme.test.ts checks the README matches)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { ruleTable, settingsTable } = require(path.join(root, 'out/test/support/readmeTables.js'));

const which = process.argv[2];
if (which === 'rules') process.stdout.write(ruleTable());
else if (which === 'settings') process.stdout.write(settingsTable());
else {
  console.error('usage: node scripts/readme-tables.mjs rules|settings');
  process.exit(2);
}
