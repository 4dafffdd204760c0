#!/usr/bin/env node
// A person-style scenario in the real VS Code web workbench (code-server + headless chromium):
// open a request file with Quick Open, see its problem in the Problems panel, accept a completion,
// hover a field, apply a quick fix with Ctrl+. — then (part B) dry-run, submit and watch the job
// in the ECS Jobs tree. Screenshots go to --out; every wait is on a selector with a deadline.
// `--steps vsix` (without --ext) checks an extension installed from the packaged VSIX instead of
// one loaded from source; its results go to <out>/vsix-result.json.
//
//   NODE_PATH=<node_modules with playwright-core> node test/e2e/ui-e2e.js --url http://127.0.0.1:PORT \
//     --folder <workspace> [--ext <repo>] [--steps all|partA|partB|vsix] --out <dir>
'use strict';
const fs = require('fs');
const path = require('path');
const { launchBrowser, workbenchUrl, arg, runnerArgs } = require('./browser');
const steps = require('./ui-steps');

const { base, folder, ext, out } = runnerArgs();
// UI_STEPS=partB (or --steps) runs one group while developing a scenario.
const group = arg('steps', process.env.UI_STEPS || 'all');
const prefix = group === 'vsix' ? 'vsix' : 'ui';

(async () => {
  const t0 = Date.now();
  const results = [];
  const { page, close } = await launchBrowser({ width: 1600, height: 1000 });
  const logs = [];
  page.on('console', (m) => logs.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => logs.push(`[pageerror] ${e.message}`));
  const shot = (name) => page.screenshot({ path: path.join(out, `${name}.png`) }).catch(() => {});

  const payload = [...(ext ? [['extensionDevelopmentPath', ext]] : []), ['skipWelcome', 'true']];
  await page.goto(workbenchUrl(base, folder, payload), { waitUntil: 'domcontentloaded', timeout: 120000 });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 120000 });
  await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 120000 });

  const selected = steps[group];
  if (!selected) throw new Error(`no UI step group "${group}"`);
  for (const step of selected) {
    const started = Date.now();
    try {
      await step.run(page, shot);
      results.push({ name: step.name, ok: true, ms: Date.now() - started });
      console.log(`PASS ${step.name}`);
    } catch (e) {
      const message = String((e && e.message) || e).split('\n')[0];
      results.push({ name: step.name, ok: false, error: message, ms: Date.now() - started });
      console.log(`FAIL ${step.name}: ${message}`);
      await shot(`${prefix}-fail-${results.length}`);
      // Leave no half-open widget behind for the next step.
      await page.keyboard.press('Escape').catch(() => {});
      await page.keyboard.press('Escape').catch(() => {});
    }
  }

  fs.writeFileSync(path.join(out, `${prefix}-console.log`), logs.join('\n') + '\n');
  fs.writeFileSync(
    path.join(out, `${prefix}-result.json`),
    JSON.stringify({ results, seconds: (Date.now() - t0) / 1000 }, null, 2),
  );
  await close();
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${prefix === 'vsix' ? 'VSIX' : 'UI'}: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error('ui-e2e FATAL', e);
  process.exit(2);
});
