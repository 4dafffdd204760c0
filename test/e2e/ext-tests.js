#!/usr/bin/env node
// Runs the Mocha suite inside the real extension host of a running code-server: opens the web
// workbench with extensionDevelopmentPath + extensionTestsPath in its "payload" (what
// @vscode/test-electron passes on the command line to desktop VS Code) and waits for the
// workbench to call window.codeAutomationExit(code) when the suite's run() settles.
//
// Tests ask for screenshots by printing "E2E-SCREENSHOT <name>" and waiting for
// <out>/<name>.png to appear (see suite/helpers.js).
//
//   NODE_PATH=<node_modules with playwright-core> node test/e2e/ext-tests.js --url http://127.0.0.1:PORT \
//     --folder <workspace> --ext <repo> --tests <repo>/test/e2e/index.js --out <dir> [--timeout 300]
'use strict';
const fs = require('fs');
const path = require('path');
const { launchBrowser, consoleText, workbenchUrl, arg, runnerArgs, QUIET } = require('./browser');

const { base, folder, ext, out } = runnerArgs();
const tests = path.resolve(arg('tests'));
const timeoutS = Number(arg('timeout', '300'));
const SHOT = /^E2E-SCREENSHOT ([\w.-]+)$/;

(async () => {
  const { page, close } = await launchBrowser({ width: 1400, height: 900 });
  const lines = [];
  let finish;
  const done = new Promise((resolve) => {
    finish = resolve;
  });
  await page.exposeFunction('codeAutomationExit', async (code) => finish(code));
  await page.exposeFunction('codeAutomationLog', () => {});
  page.on('console', async (m) => {
    const text = await consoleText(m);
    lines.push(`[${m.type()}] ${text}`);
    const shot = SHOT.exec(text.trim());
    if (shot) {
      // Write to a temporary name and rename, so the waiting test never sees half a file.
      const file = path.join(out, `${shot[1]}.png`);
      await page
        .screenshot({ path: `${file}.tmp.png` })
        .then(() => fs.renameSync(`${file}.tmp.png`, file))
        .catch((e) => console.log(`screenshot ${shot[1]} failed: ${e.message}`));
      return;
    }
    if (!QUIET.some((re) => re.test(text))) console.log(text);
  });
  page.on('pageerror', (e) => lines.push(`[pageerror] ${e.message}`));

  const target = workbenchUrl(base, folder, [
    ['extensionDevelopmentPath', ext],
    ['extensionTestsPath', tests],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(target, { waitUntil: 'domcontentloaded', timeout: 120000 });
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutS * 1000);
  });
  const code = await Promise.race([done, deadline]);
  clearTimeout(timer);
  await page.screenshot({ path: path.join(out, 'ext-tests-final.png') }).catch(() => {});
  fs.writeFileSync(path.join(out, 'ext-tests-console.log'), lines.join('\n') + '\n');
  await close();
  if (code === 'timeout') {
    console.log(`TIMEOUT: the extension tests did not finish within ${timeoutS}s`);
    process.exit(124);
  }
  process.exit(typeof code === 'number' ? code : 1);
})().catch((e) => {
  console.error('ext-tests FATAL', e);
  process.exit(2);
});
