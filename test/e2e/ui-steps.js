// The steps of the UI scenario (ui-e2e.js), each a name and run(page, shot).
'use strict';

const EDITOR = '.editor-instance .monaco-editor';

/** Keyboard shortcuts need focus inside the workbench: click an empty spot of the status bar. */
async function focusWorkbench(page) {
  await page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } });
}

async function quickOpen(page, file) {
  await focusWorkbench(page);
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20000 });
  await page.keyboard.type(file, { delay: 15 });
  // File search goes through ripgrep: wait for the file to be listed before accepting.
  // Click the row of that exact file: Enter would take the focused row, which may be a similar name.
  const row = page
    .locator('.quick-input-list .monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${file.replace(/\./g, '\\.')}$`) }),
    })
    .first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
  await page.locator(`.tabs-container .tab.active[aria-label*="${file}"]`).first().waitFor({ timeout: 20000 });
  await page.waitForSelector(`${EDITOR} .view-lines`, { timeout: 20000 });
}

async function runCommand(page, title) {
  await focusWorkbench(page);
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: 20000 });
  await page.keyboard.type(title, { delay: 10 });
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20000 });
  await page.keyboard.press('Enter');
}

/** The rendered token of the editor holding `text` (first match). */
function token(page, text) {
  return page.locator(`${EDITOR} .view-lines span span`, { hasText: text }).first();
}

/** Waits until an element has finished fading in (screenshots of half-transparent hovers are useless). */
async function waitOpaque(locator, ms = 10000) {
  await locator.waitFor({ timeout: ms });
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction(
    (el) => {
      for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
        if (Number(getComputedStyle(node).opacity) < 1) return false;
      }
      return true;
    },
    handle,
    { timeout: ms },
  );
}

/** Text of the visible editor lines (non-breaking spaces turned back into spaces). */
async function editorText(page) {
  return (await page.locator(`${EDITOR} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');
}

async function waitForEditorText(page, re, ms = 20000) {
  await page.waitForFunction(
    ([sel, src]) => {
      const el = document.querySelector(sel);
      return !!el && new RegExp(src).test(el.innerText.replace(/\u00a0/g, ' '));
    },
    [`${EDITOR} .view-lines`, re.source],
    { timeout: ms },
  );
}

/**
 * The Dry-run / Submit lens above a request's first line shifts every line down when it arrives; a click
 * or hover aimed at a token before that lands on the line above, so steps wait for the layout first.
 */
async function waitForRequestLens(page) {
  await page.locator(`${EDITOR} .codelens-decoration`, { hasText: 'Dry-run' }).first().waitFor({ timeout: 20000 });
}

const partA = [
  {
    name: 'open a request file with Quick Open',
    async run(page, shot) {
      await quickOpen(page, 'bad.ecs.yaml');
      await page.locator('.statusbar-item', { hasText: 'ECS Request (YAML)' }).first().waitFor({ timeout: 20000 });
      await shot('ui-01-opened');
    },
  },
  {
    name: 'the language status says which schema applies and why',
    async run(page, shot) {
      await page.locator('[id="status.languageStatus"]').first().hover();
      const hover = page.locator('.monaco-hover:visible', { hasText: 'ECS v1.1 create-server schema' }).first();
      await waitOpaque(hover, 20000);
      if (!/matched by the file name/.test(await hover.innerText()))
        throw new Error('the reason (file name) is not shown');
      await shot('ui-01b-language-status');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'the mistake is listed in the Problems panel',
    async run(page, shot) {
      await page.keyboard.press('Control+Shift+M');
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: /SDD|volumetype/ })
        .first()
        .waitFor({ timeout: 60000 });
      await shot('ui-02-problems');
    },
  },
  {
    name: 'apply the quick fix with Ctrl+.',
    async run(page, shot) {
      await waitForRequestLens(page);
      await token(page, 'SDD').click();
      await page.keyboard.press('Control+.');
      // The fixes are listed most likely first: the focused row must be the SSD one.
      await page
        .locator('.action-widget .monaco-list-row.focused', { hasText: /to SSD\b/ })
        .first()
        .waitFor({ timeout: 20000 });
      await shot('ui-03-quick-fix');
      await page.keyboard.press('Enter');
      await waitForEditorText(page, /volumetype: SSD\b/);
    },
  },
  {
    name: 'accept a completion with Ctrl+Space and Enter',
    async run(page, shot) {
      await quickOpen(page, 'complete.ecs.yaml');
      await waitForRequestLens(page);
      await token(page, 'imageRef').click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('flav', { delay: 20 });
      await page.keyboard.press('Control+Space');
      await page
        .locator('.suggest-widget .monaco-list-row', { hasText: 'flavorRef' })
        .first()
        .waitFor({ timeout: 30000 });
      await shot('ui-04-completion');
      await page.keyboard.press('Enter');
      await waitForEditorText(page, /flavorRef:/);
    },
  },
  {
    name: 'an empty YAML request file lists each template once, then the top-level keys',
    async run(page, shot) {
      await quickOpen(page, 'empty.ecs.yaml');
      await page.locator(`${EDITOR} .view-lines`).first().click();
      await page.keyboard.press('Control+Space');
      const rows = page.locator('.suggest-widget .monaco-list-row');
      await rows.filter({ hasText: 'dry_run' }).first().waitFor({ timeout: 30000 });
      await shot('ui-04b-empty-file-completion');
      const labels = (await rows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
      await page.keyboard.press('Escape');
      const templates = labels.filter((l) => l.startsWith('ecs-'));
      const once = ['ecs-pay-per-use', 'ecs-yearly-monthly', 'ecs-data-disks', 'ecs-spot'];
      if (JSON.stringify([...templates].sort()) !== JSON.stringify([...once].sort()) || !labels.includes('server'))
        throw new Error(`the suggest widget lists ${labels.join(', ')}`);
    },
  },
  {
    name: 'hover explains a field',
    async run(page, shot) {
      await quickOpen(page, 'good.ecs.yaml');
      await waitForRequestLens(page);
      await token(page, 'flavorRef').hover();
      await waitOpaque(page.locator('.monaco-hover:visible', { hasText: /flavor/i }).first(), 20000);
      await shot('ui-05-hover');
      await page.keyboard.press('Escape');
    },
  },
];

async function openJobsView(page) {
  await page
    .locator(
      '.part.activitybar .action-item a[aria-label^="ECS Jobs"], ' +
        '.part.activitybar .action-label[aria-label^="ECS Jobs"]',
    )
    .first()
    .click({ timeout: 20000 });
  await page
    .locator('.part.sidebar .composite.title', { hasText: /ECS Jobs/i })
    .first()
    .waitFor({ timeout: 20000 });
}

const partB = [
  {
    name: 'the ECS Jobs view welcomes a new user',
    async run(page, shot) {
      await openJobsView(page);
      await page
        .locator('.part.sidebar .welcome-view-content', { hasText: 'Try the Local Emulator' })
        .first()
        .waitFor({ timeout: 20000 });
      await page.locator('.statusbar-item', { hasText: 'ECS: Local emulator' }).first().waitFor({ timeout: 20000 });
      await shot('ui-06-jobs-welcome');
    },
  },
  {
    name: 'dry-run from the command palette',
    async run(page, shot) {
      await quickOpen(page, 'good.ecs.yaml');
      await runCommand(page, 'ECS: Dry-Run Request');
      await waitOpaque(
        page.locator('.notifications-toasts .notification-toast', { hasText: 'dry-run passed' }).first(),
        60000,
      );
      await shot('ui-07-dry-run-result');
    },
  },
  {
    name: 'submit asks for confirmation with a summary',
    async run(page, shot) {
      await quickOpen(page, 'submit.ecs.yaml');
      await runCommand(page, 'ECS: Submit Request');
      const dialog = page.locator('.monaco-dialog-box', { hasText: 'Create 2 ECS servers' }).first();
      await waitOpaque(dialog, 60000);
      for (const text of ['Local emulator', 'cn-north-4', 's6.small.1', 'pay-per-use', 'e2e-submit-0001']) {
        if (!(await dialog.innerText()).includes(text)) throw new Error(`the confirmation does not mention ${text}`);
      }
      await shot('ui-08-submit-confirmation');
      await dialog
        .locator('.monaco-button', { hasText: /^Submit$/ })
        .first()
        .click();
    },
  },
  {
    name: 'the job appears in the ECS Jobs tree and succeeds',
    async run(page, shot) {
      await openJobsView(page);
      const row = page.locator('.part.sidebar .monaco-list-row', { hasText: 'e2e-submit ×2' }).first();
      await row.waitFor({ timeout: 30000 });
      await page
        .locator('.part.sidebar .monaco-list-row', { hasText: /e2e-submit ×2.*succeeded/ })
        .first()
        .waitFor({ timeout: 90000 });
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'succeeded' }).nth(2).waitFor({ timeout: 30000 });
      // Each server row reads "name (id)".
      for (const name of ['e2e-submit-0001', 'e2e-submit-0002']) {
        await page
          .locator('.part.sidebar .monaco-list-row', {
            hasText: new RegExp(`${name} \\([0-9a-f-]{36}\\)[\\s\\S]*succeeded`),
          })
          .first()
          .waitFor({ timeout: 30000 });
      }
      await shot('ui-09-jobs-tree');
    },
  },
  {
    name: 'after a real window reload the finished job is still in the tree',
    async run(page, shot) {
      // A browser reload restarts the workbench and the extension host, as "Reload Window" does.
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 120000 });
      await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: 120000 });
      await page.locator('.statusbar-item', { hasText: 'ECS: Local emulator' }).first().waitFor({ timeout: 60000 });
      // The reload restores the open view container; "View: Show" opens it without toggling it closed.
      await runCommand(page, 'View: Show ECS Jobs');
      await page
        .locator('.part.sidebar .monaco-list-row', { hasText: /e2e-submit ×2.*succeeded/ })
        .first()
        .waitFor({ timeout: 60000 });
      await shot('ui-09b-after-reload');
    },
  },
  {
    name: 'add a cloud profile step by step (2/7, …); the connection test cannot pass offline: save anyway',
    async run(page, shot) {
      await runCommand(page, 'ECS: Add Profile');
      await answer(page, 'Add Profile: name', 'Staging');
      await page
        .locator('.quick-input-widget .quick-input-title', { hasText: '2/7' })
        .first()
        .waitFor({ timeout: 20000 });
      await answer(page, 'Add Profile: region', 'ap-southeast-1');
      await answer(page, 'Add Profile: project ID', '');
      await answer(page, 'Add Profile: endpoint', '');
      await answer(page, 'Add Profile: access key ID', 'AKE2ETESTONLY');
      await answer(page, 'Add Profile: secret access key', 'not-a-real-secret');
      // The test signs the project lookup; here the keys are fake (and the machine may be offline).
      await page
        .locator('.quick-input-widget .quick-input-list', { hasText: 'Save Anyway' })
        .first()
        .waitFor({ timeout: 120000 });
      await shot('ui-10a-connection-test');
      await page.keyboard.type('Save Anyway', { delay: 10 });
      await page.keyboard.press('Enter');
      await page
        .locator('.statusbar-item', { hasText: 'ECS: Staging (ap-southeast-1)' })
        .first()
        .waitFor({ timeout: 20000 });
      await shot('ui-10-profile-added');
    },
  },
  {
    name: 'edit the profile through its quick picks: the save is confirmed',
    async run(page, shot) {
      await runCommand(page, 'ECS: Edit Profile');
      await answer(page, 'Edit which profile?', 'Staging');
      await answer(page, 'Edit "Staging"', 'Name');
      await page
        .locator('.quick-input-widget .quick-input-title', { hasText: 'Profile name' })
        .first()
        .waitFor({ timeout: 20000 });
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Staging EU', { delay: 10 });
      await page.keyboard.press('Enter');
      await page
        .locator('.notifications-toasts .notification-toast', { hasText: 'Profile "Staging EU" saved: name changed.' })
        .first()
        .waitFor({ timeout: 20000 });
      await shot('ui-10b-profile-edited');
    },
  },
];

/** Types into the quick input whose title contains `title` and accepts. */
async function answer(page, title, text) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).first().waitFor({ timeout: 20000 });
  if (text) await page.keyboard.type(text, { delay: 10 });
  await page.keyboard.press('Enter');
}

/** A person who installed the VSIX (no development extension): open a file with a mistake, see it flagged. */
const vsix = [
  {
    name: 'the installed extension is listed',
    async run(page, shot) {
      await page.keyboard.press('Control+Shift+X');
      await page
        .locator('.part.sidebar .extensions-list .monaco-list-row', { hasText: 'ECS Request Tools' })
        .first()
        .waitFor({ timeout: 60000 });
      await shot('vsix-01-installed');
    },
  },
  {
    name: 'an .ecs.yaml file with a mistake gets an ECS problem',
    async run(page, shot) {
      await quickOpen(page, 'bad.ecs.yaml');
      await page.keyboard.press('Control+Shift+M');
      // The row shows the diagnostic's source ("ECS") next to the message.
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: /ECS/ })
        .filter({ hasText: /SDD|volumetype/ })
        .first()
        .waitFor({ timeout: 60000 });
      await shot('vsix-02-problems');
    },
  },
  {
    name: 'the language status names the ECS schema',
    async run(page, shot) {
      await page.locator('.statusbar-item', { hasText: 'ECS Request (YAML)' }).first().waitFor({ timeout: 20000 });
      await page.locator('[id="status.languageStatus"]').first().hover();
      await waitOpaque(
        page.locator('.monaco-hover:visible', { hasText: 'ECS v1.1 create-server schema' }).first(),
        20000,
      );
      await shot('vsix-03-language-status');
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'the extension details page shows the README with its screenshots',
    async run(page, shot) {
      await page.keyboard.press('Control+Shift+X');
      const row = page.locator('.part.sidebar .extensions-list .monaco-list-row', { hasText: 'ECS Request Tools' });
      await row.first().waitFor({ timeout: 60000 });
      await row.first().click();
      // The README is rendered in a webview: an iframe holding the active frame.
      const outer = page.locator('iframe.webview').first();
      await outer.waitFor({ timeout: 60000 });
      const inner = await (await outer.elementHandle()).contentFrame();
      const readme = await (await inner.waitForSelector('iframe#active-frame', { timeout: 60000 })).contentFrame();
      await readme.waitForSelector('img', { timeout: 60000 });
      // Every image loaded (a broken link ends complete with no pixels).
      await readme.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 60000 });
      const images = await readme.evaluate(() =>
        [...document.images].map((i) => ({
          alt: i.getAttribute('alt'),
          src: (i.getAttribute('src') || '').slice(0, 40),
          width: i.naturalWidth,
        })),
      );
      await readme.evaluate(() => {
        const first = [...document.images].find((i) => /Problems panel/.test(i.getAttribute('alt') || ''));
        if (first) first.scrollIntoView();
      });
      await shot('vsix-04-details-page');
      console.log(`E2E-MEASURE details page images: ${JSON.stringify(images)}`);
      // The README's five screenshots (by their alt text), each with pixels.
      const screenshots = images.filter((i) => /Problems panel|Hover|confirmation|job|refused/.test(i.alt || ''));
      const broken = images.filter((i) => i.width === 0);
      if (screenshots.length < 5 || broken.length > 0)
        throw new Error(`README images on the details page: ${JSON.stringify(images)}`);
    },
  },
];

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The nearest-rank 95th percentile (with fewer than 20 values, the largest). */
function p95Of(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

/** The extension host log folders of the UI server (one per window load: exthost1, exthost2, ...). */
function extensionHostLogs() {
  const fs = require('fs');
  const path = require('path');
  const logs = path.resolve(require('./browser').runnerArgs().folder, '..', 'server', 'user-data', 'logs');
  const hosts = [];
  for (const session of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
    for (const host of fs.readdirSync(path.join(logs, session)).filter((d) => d.startsWith('exthost'))) {
      hosts.push(path.join(logs, session, host));
    }
  }
  return hosts;
}

/**
 * From one extension host's log of ours, if there: the first diagnostics on screen ("First
 * diagnostics (file) N ms after activation", remembered or the server's), and the server's own
 * (the line with "; since activation"), in ms after activation.
 */
function extensionFirstDiagnostics(host) {
  const fs = require('fs');
  const path = require('path');
  const file = path.join(host, 'ecs-request-tools.ecs-request-tools', 'ECS Request Tools.log');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const first = /First diagnostics \([^)]*\) (\d+) ms after activation.*/.exec(text);
  const server =
    /(?:The server's first|First) diagnostics \([^)]*\) (\d+) ms after activation; since activation.*/.exec(text);
  if (!first) return undefined;
  return {
    ms: Number(first[1]),
    line: first[0],
    remembered: first[0].includes('remembered'),
    serverMs: server ? Number(server[1]) : undefined,
    serverLine: server && server[0] !== first[0] ? server[0] : undefined,
    /** The client's comparison of what it remembered with the server's answer (rememberedDiagnosticsView.ts). */
    comparison: /Remembered diagnostics of .*/.exec(text)?.[0],
  };
}

/**
 * The start time line of one reload (ECS_TIMELINE=1, scripts/e2e.sh): the client's and the server's
 * wall-clock stamps from the extension log, merged, in ms since activation. Undefined without them.
 */
function startTimeline(host) {
  const fs = require('fs');
  const path = require('path');
  const file = path.join(host, 'ecs-request-tools.ecs-request-tools', 'ECS Request Tools.log');
  if (!fs.existsSync(file)) return undefined;
  const sides = {};
  for (const [, side, json] of fs.readFileSync(file, 'utf8').matchAll(/ECS-TIMELINE (client|server) (\{.*\})/g)) {
    sides[side] = JSON.parse(json); // the last line of a side has all its stamps
  }
  const start = sides.client?.activation;
  if (start === undefined) return undefined;
  const marks = Object.entries({ ...sides.client, ...prefixed('server ', sides.server ?? {}) });
  return Object.fromEntries(marks.map(([name, at]) => [name, Math.round(at - start)]).sort((a, b) => a[1] - b[1]));
}

function prefixed(prefix, marks) {
  return Object.fromEntries(Object.entries(marks).map(([name, at]) => [prefix + name, at]));
}

/** Per stamp, its median over the reloads that have it (ms since activation), in time order. */
function timelineMedians(timelines) {
  const names = new Set(timelines.flatMap((t) => Object.keys(t)));
  const rows = [...names].map((name) => {
    const values = timelines.map((t) => t[name]).filter((v) => v !== undefined);
    return [name, medianOf(values), p95Of(values), values.length];
  });
  return rows.sort((a, b) => a[1] - b[1]);
}

/** How many window reloads each first-diagnostic figure is the median of (E2E_RELOAD_RUNS). */
const RELOAD_RUNS = Number(process.env.E2E_RELOAD_RUNS) || 7;
/** A generous cap on our part: the figures are reported; only a hang or a gross regression fails. */
const RELOAD_CAP_MS = 10000;
/**
 * The files whose first diagnostic is timed: ours, and the anchor, a JSON file with a syntax error
 * that VS Code's own JSON language server (the built-in extension) reports. Both start on the same
 * machine in the same way, so their ratio means something where the absolute figures swing by
 * seconds with the machine's load.
 */
const RELOAD_FILES = { ours: 'reload.ecs.yaml', 'VS Code JSON': 'reload-anchor.json' };

/**
 * Issue 15, item 8: after a window reload, how long the first diagnostic of the open YAML request
 * takes to show, from the moment its text is on screen. A MutationObserver installed before the
 * workbench loads stamps both moments (performance.now() in the page), so nothing polls or sleeps.
 * Runs alternate between our file and the anchor's, each alone in the window.
 */
const reload = [
  {
    name: 'the first diagnostic of a YAML request after a window reload, next to VS Code JSON (figure)',
    async run(page, shot) {
      await page.addInitScript(() => {
        const times = {};
        window.__ecsFirstDiagnostic = times;
        const check = () => {
          const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
          if (times.text === undefined && lines && /server"?:/.test(lines.textContent)) times.text = performance.now();
          const squiggle = document.querySelector('.editor-instance .monaco-editor .squiggly-error');
          if (times.text !== undefined && times.squiggle === undefined && squiggle) times.squiggle = performance.now();
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
      });
      const figures = Object.fromEntries(Object.keys(RELOAD_FILES).map((kind) => [kind, []]));
      const ourHosts = [];
      for (let run = 0; run < 2 * RELOAD_RUNS; run++) {
        const kind = Object.keys(RELOAD_FILES)[run % 2];
        // Only this run's file is open when the window reloads (the workbench restores it).
        await runCommand(page, 'View: Close All Editors');
        await quickOpen(page, RELOAD_FILES[kind]);
        await page.locator(`${EDITOR} .squiggly-error`).first().waitFor({ timeout: 60000 });
        const before = new Set(extensionHostLogs());
        // VS Code's own Reload Window, not a browser reload: the workbench saves its state (the open
        // editor) before it goes, which a browser reload sometimes cut short (the editor was not restored).
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120000 }),
          runCommand(page, 'Developer: Reload Window'),
        ]);
        await page.waitForFunction(() => window.__ecsFirstDiagnostic && window.__ecsFirstDiagnostic.squiggle, null, {
          timeout: 120000,
          polling: 'raf',
        });
        const times = await page.evaluate(() => window.__ecsFirstDiagnostic);
        figures[kind].push(Math.round(times.squiggle - times.text));
        if (kind === 'ours') ourHosts.push(...extensionHostLogs().filter((host) => !before.has(host)));
      }
      await shot('ui-10-first-diagnostic-after-reload');
      // The extension's own figure (activation -> first diagnostics), from its log of each reload:
      // the part of the wait that is ours, without VS Code starting its extension host.
      const ours = [];
      const fromServer = [];
      const remembered = [];
      const comparisons = [];
      const timelines = [];
      for (const host of ourHosts) {
        const found = extensionFirstDiagnostics(host);
        if (!found) continue;
        ours.push(found.ms);
        remembered.push(found.remembered);
        comparisons.push(found.comparison ?? 'no comparison logged');
        if (found.serverMs !== undefined) fromServer.push(found.serverMs);
        console.log(`E2E-MEASURE ${require('path').basename(host)}: ${found.line}`);
        if (found.serverLine) console.log(`E2E-MEASURE ${require('path').basename(host)}: ${found.serverLine}`);
        const timeline = startTimeline(host);
        if (!timeline) continue;
        timelines.push(timeline);
        console.log(
          `E2E-MEASURE ${require('path').basename(host)} time line (ms since activation): ` + JSON.stringify(timeline),
        );
      }
      for (const [name, median, p95, count] of timelineMedians(timelines)) {
        console.log(`E2E-MEASURE time line median: ${name} ${median} ms (p95 ${p95} ms, ${count} reloads)`);
      }
      console.log(
        `E2E-MEASURE first diagnostics after activation (extension log): median ${medianOf(ours)} ms, ` +
          `p95 ${p95Of(ours)} ms (runs: ${ours.join(', ')} ms; remembered in ${remembered.filter(Boolean).length} ` +
          `of ${remembered.length} reloads)`,
      );
      console.log(
        `E2E-MEASURE the server's first diagnostics after activation (extension log): median ` +
          `${medianOf(fromServer)} ms, p95 ${p95Of(fromServer)} ms (runs: ${fromServer.join(', ')} ms)`,
      );
      for (const [kind, values] of Object.entries(figures)) {
        console.log(
          `E2E-MEASURE first diagnostic after a window reload, ${kind} (${RELOAD_FILES[kind]}; text on screen -> ` +
            `squiggle): median ${medianOf(values)} ms, p95 ${p95Of(values)} ms (runs: ${values.join(', ')} ms)`,
        );
      }
      const ratio = medianOf(figures.ours) / medianOf(figures['VS Code JSON']);
      console.log(`E2E-MEASURE first diagnostic after a window reload, ours / VS Code JSON: ${ratio.toFixed(2)}`);
      // The page figure includes VS Code starting its extension host (seconds on a loaded machine):
      // reported only. The cap is on our part.
      if (ours.length === 0) throw new Error('no "First diagnostics" line in the extension logs');
      // Each reload reopens a file the server answered before, with the same text and settings: its
      // last diagnostics must be on screen before the server answers (client/rememberedDiagnostics.ts).
      if (remembered.some((shown) => !shown))
        throw new Error(`a reload showed no remembered diagnostics: ${remembered.join(', ')}`);
      // And they are what the server then said (the findings that follow from the text alone).
      const differing = comparisons.filter((line) => !/matched the server's answer/.test(line));
      if (differing.length > 0) throw new Error(`remembered diagnostics not confirmed: ${differing.join(' | ')}`);
      // The cached account data goes with `initialize` (docs/lsp-extensions.md): the server reads it
      // before its first answer, and the client sends it again only when it changed meanwhile (a
      // fetch; the first reload may still fetch for the window's first start).
      if (timelines.some((t) => t['server account data of initialize read'] === undefined))
        throw new Error('a reload started the server without the account data in initialize');
      const quiet = timelines.filter(
        (t) =>
          t['server account snapshot received'] === undefined && t['server diagnostics refresh sent'] === undefined,
      );
      if (timelines.length > 0 && quiet.length === 0)
        throw new Error('every reload sent the account data again and refreshed the first diagnostics');
      if (medianOf(ours) > RELOAD_CAP_MS) throw new Error(`first diagnostics ${medianOf(ours)} ms after activation`);
    },
  },
];

module.exports = {
  // `reload` runs in a window of its own (scripts/e2e.sh): earlier steps leave editors it would restore.
  all: [...partA, ...partB],
  reload,
  partA,
  partB,
  vsix,
  openJobsView,
  focusWorkbench,
  quickOpen,
  runCommand,
  token,
  editorText,
  waitForEditorText,
};
