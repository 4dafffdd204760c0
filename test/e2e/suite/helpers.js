// Helpers for tests running inside the extension host. Every wait is on an event or a promise,
// with a deadline; none sleeps for a fixed time.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'ecs-request-tools.ecs-request-tools';

/** Activates the extension and returns its API. The language server starts with the first request file. */
async function activateExtension() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.activate();
}

/** Opens `name` (a request file) and resolves with the language client it starts (or found running). */
async function openRequestFileAndClient(api, name) {
  await openFile(name);
  return withDeadline(api.clientReady, 60000, 'the language client to start');
}

/**
 * Processes of the language server started by this extension host: its children running
 * dist/server.js (Linux /proc, where code-server runs the tests).
 */
function languageServerProcesses() {
  const found = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const runsServer = command.some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg));
      if (parent === process.pid && runsServer) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function withDeadline(promise, ms, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Resolves with the diagnostics of `uri` from `source` once `accept` likes them. */
function waitForDiagnostics(uri, source, accept = (d) => d.length > 0, ms = 30000) {
  const pick = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === source);
  return withDeadline(
    new Promise((resolve) => {
      const now = pick();
      if (accept(now)) {
        resolve(now);
        return;
      }
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === uri.toString())) return;
        const current = pick();
        if (accept(current)) {
          sub.dispose();
          resolve(current);
        }
      });
    }),
    ms,
    `diagnostics from "${source}" on ${path.basename(uri.fsPath)}`,
  );
}

function workspaceFile(name) {
  const folders = vscode.workspace.workspaceFolders;
  if (!folders || !folders.length) throw new Error('the tests need a workspace folder');
  return vscode.Uri.joinPath(folders[0].uri, name);
}

async function openFile(name) {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Position of the first occurrence of `text` in `doc` (plus `delta` characters). */
function positionOf(doc, text, delta = 0) {
  const offset = doc.getText().indexOf(text);
  if (offset < 0) throw new Error(`"${text}" not found in ${path.basename(doc.fileName)}`);
  return doc.positionAt(offset + delta);
}

/**
 * Asks the Playwright driver (test/e2e/ext-tests.js) for a screenshot of the workbench and waits
 * until the file is written. Without a driver (E2E_SHOTS_DIR unset) it does nothing.
 */
async function screenshot(name) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true });
  fs.mkdirSync(dir, { recursive: true });
  const written = new Promise((resolve) => {
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(file)) {
        watcher.close();
        resolve();
      }
    });
    if (fs.existsSync(file)) {
      watcher.close();
      resolve();
    }
  });
  console.log(`E2E-SCREENSHOT ${name}`);
  await withDeadline(written, 15000, `screenshot ${name}`);
}

/** Resolves with the stored job once `accept(job)` holds (waits on the job store's change event). */
function waitForJob(cloud, jobId, accept, ms = 60000) {
  return withDeadline(
    new Promise((resolve) => {
      const check = () => {
        const job = cloud.jobs.get(jobId);
        if (job && accept(job)) {
          sub.dispose();
          resolve(job);
          return true;
        }
        return false;
      };
      const sub = cloud.jobs.onDidChange(check);
      check();
    }),
    ms,
    `job ${jobId} to reach the expected state`,
  );
}

function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/**
 * Every list permission of the emulator (PUT /_emulator/permissions): denying all of them refuses
 * every account list.
 */
const EVERY_ACCOUNT_LIST = [
  'ecs:flavors:list',
  'ecs:availabilityZones:list',
  'ecs:keypairs:list',
  'ecs:serverGroups:list',
  'ecs:limits:get',
  'ims:images:list',
  'vpc:vpcs:list',
  'vpc:subnets:list',
  'vpc:securityGroups:list',
  'vpc:publicips:list',
  'vpc:bandwidths:list',
  'vpc:quotas:list',
  'evs:types:list',
  'evs:quotas:get',
  'kps:keypairs:list',
  'eps:enterpriseProjects:list',
];

/** Polls the log files named like `name` below `root` until one matches `pattern`; returns its text. */
async function waitForLogText(root, name, pattern) {
  for (;;) {
    for (const file of await findFiles(root, name)) {
      const text = Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8');
      if (pattern.test(text)) return text;
    }
    // The log service writes in batches; look again shortly.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function findFiles(dir, name) {
  const found = [];
  for (const [entry, type] of await vscode.workspace.fs.readDirectory(dir).then(
    (x) => x,
    () => [],
  )) {
    const uri = vscode.Uri.joinPath(dir, entry);
    if (type === vscode.FileType.Directory) found.push(...(await findFiles(uri, name)));
    else if (entry.includes(name)) found.push(uri);
  }
  return found;
}

module.exports = {
  EVERY_ACCOUNT_LIST,
  EXTENSION_ID,
  activateExtension,
  openRequestFileAndClient,
  languageServerProcesses,
  withDeadline,
  waitForDiagnostics,
  workspaceFile,
  openFile,
  positionOf,
  screenshot,
  labelOf,
  waitForJob,
  waitForLogText,
};
