// Part 0: a light extension host. Runs first, before any request file is open: activation starts
// no language server process and loads no cloud code; the first request file starts the server.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const {
  EXTENSION_ID,
  activateExtension,
  openRequestFileAndClient,
  languageServerProcesses,
  withDeadline,
} = require('./helpers');

const REQUEST_LANGUAGES = ['ecs-json', 'ecs-yaml'];

describe('Activation without a request file', function () {
  let api;
  before(async () => {
    api = await activateExtension();
  });

  it('starts no language server and loads no cloud code', () => {
    const open = vscode.workspace.textDocuments.filter((d) => REQUEST_LANGUAGES.includes(d.languageId));
    assert.deepStrictEqual(
      open.map((d) => d.fileName),
      [],
      'this test needs a window without request files',
    );
    // A figure for the report, not a pass/fail timing: activate() itself, measured in the extension.
    console.log(`E2E-MEASURE activate() took ${api.activateMs.toFixed(2)} ms`);
    assert.ok(Number.isFinite(api.activateMs) && api.activateMs >= 0, `activateMs: ${api.activateMs}`);
    assert.strictEqual(api.languageServerStarted(), false, 'the server was started without a request file');
    assert.deepStrictEqual(languageServerProcesses(), [], 'a language server process runs');
    assert.strictEqual(api.cloud.loaded(), false, 'the cloud side (dist/cloud.js) was loaded at activation');
  });

  it("has VS Code's own activation times (Developer: Startup Performance)", async () => {
    // The workbench's perf view: a markdown table with one row per activated extension
    // (id | eager | load code | call activate | finish activate | event | by), in milliseconds.
    // The view's content provider is registered when the view is first shown.
    await vscode.commands.executeCommand('perfview.show');
    const perfView = vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' });
    const doc = await vscode.workspace.openTextDocument(perfView);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const row = doc
      .getText()
      .split('\n')
      .find((line) => line.includes(EXTENSION_ID));
    assert.ok(row, 'the extension is not in the activation table');
    const cells = row
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    const [, eager, loadCode, callActivate, finishActivate, event] = cells;
    console.log(
      `E2E-MEASURE VS Code: load code ${loadCode} ms, call activate ${callActivate} ms, ` +
        `finish activate ${finishActivate} ms (eager ${eager}, ${event})`,
    );
    assert.match(callActivate, /^\d+$/);
  });

  it('starts the language server with the first request file; account data then loads the cloud side', async () => {
    assert.strictEqual(api.cloud.loaded(), false, 'the cloud side was loaded before a request file was open');
    const client = await openRequestFileAndClient(api, 'good.ecs.json');
    assert.ok(client && client.isRunning(), 'the language client is not running');
    assert.strictEqual(api.languageServerStarted(), true);
    const processes = languageServerProcesses();
    assert.strictEqual(processes.length, 1, `language server processes: ${processes.join(', ')}`);
    // Issue 15, item 8: Node starts the server while the extension host loads the language client.
    const times = api.languageServerStartTimes();
    assert.ok(
      times && times.processForked !== undefined && times.processForked <= times.clientLoaded,
      `server process forked after the language client loaded: ${JSON.stringify(times)}`,
    );
    // The account data of the active profile is fetched in the background once the server runs
    // (issue 14): that fetch, not activation, loads the cloud side.
    await withDeadline(
      new Promise((resolve) => {
        const done = (s) => s.kind === 'on' && !s.fetching && (s.snapshot || s.failure);
        const sub = api.account.onDidChange((s) => done(s) && (sub.dispose(), resolve()));
        if (done(api.account.state())) (sub.dispose(), resolve());
      }),
      60000,
      'the first account data fetch',
    );
    assert.strictEqual(api.cloud.loaded(), true);
  });

  it('loads the cloud side with its first command', async () => {
    await vscode.commands.executeCommand('ecs.jobs.refresh');
    assert.strictEqual(api.cloud.loaded(), true);
  });
});
