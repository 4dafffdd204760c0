// Extension-host test entry (the @vscode/test-electron `extensionTestsPath` contract):
// run() resolves when every test passed and rejects otherwise. The counts are also written to
// $E2E_RESULTS_FILE so scripts/e2e.sh can print one summary line.
'use strict';
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  const suiteDir = path.join(__dirname, 'suite');
  const only = process.env.E2E_GREP;
  if (only) mocha.grep(only);
  for (const name of fs
    .readdirSync(suiteDir)
    .filter((n) => n.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(suiteDir, name));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = { passed: runner.stats ? runner.stats.passes : 0, failed: failures, failures: failedTitles };
      if (process.env.E2E_RESULTS_FILE)
        fs.writeFileSync(process.env.E2E_RESULTS_FILE, JSON.stringify(summary, null, 2));
      console.log(`E2E-RESULT ${summary.passed} passed, ${summary.failed} failed`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    const failedTitles = [];
    runner.on('fail', (test, err) => failedTitles.push(`${test.fullTitle()}: ${err && err.message}`));
  });
}
module.exports = { run };
