// Shared helpers for the Playwright drivers (ext-tests.js, ui-e2e.js): launch Debian's chromium
// headless and turn the workbench's forwarded console messages back into plain text.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

// Known noise on a machine with no internet (gallery lookups, missing optional assets).
const QUIET = [
  /getaddrinfo ENOTFOUND \S+: Failed/,
  /Failed to load resource/,
  /same-origin iframe/,
  /allow-scripts and allow-same-origin/,
  /Overwriting extension <</,
  /ChatSessionStore/,
  /Service Worker\] registered/,
  /additional builtin extensions cache/,
];

async function launchBrowser(viewport) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] || (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, page, close };
}

// Extension-host console output reaches the page as console.log('%c INFO', 'color: ...', <args>).
async function consoleText(message) {
  try {
    const args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => String(a))));
    const rest = typeof args[0] === 'string' && args[0].startsWith('%c') ? args.slice(2) : args;
    return rest.length ? util.format(...rest) : message.text();
  } catch {
    return message.text();
  }
}

// The workbench URL that opens `folder` with extensions loaded from source (the "payload").
function workbenchUrl(base, folder, payloadEntries) {
  const url = new URL(base);
  const remote = (p) => `vscode-remote://${url.host}${p}`;
  const payload = payloadEntries.map(([k, v]) => [k, k.endsWith('Path') ? remote(v) : v]);
  return `${url.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

// The options every driver takes: --url, --folder, --out (created), and --ext when given.
function runnerArgs() {
  const out = path.resolve(arg('out'));
  fs.mkdirSync(out, { recursive: true });
  return {
    base: arg('url'),
    folder: path.resolve(arg('folder')),
    ext: arg('ext') ? path.resolve(arg('ext')) : undefined,
    out,
  };
}

module.exports = { launchBrowser, consoleText, workbenchUrl, arg, runnerArgs, QUIET };
