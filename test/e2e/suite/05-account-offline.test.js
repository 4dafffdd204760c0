// Account data when the endpoint cannot be reached (issue 14, "Bad input and faults"): a cloud
// profile pointed at the bundled emulator fetches once; then its endpoint becomes a closed port.
// A refresh keeps the last good data with its age, the status says offline, completion still
// offers the cached flavors, the log has one line for the failure, and nothing pops up.
'use strict';
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const vscode = require('vscode');
const {
  activateExtension,
  openFile,
  openRequestFileAndClient,
  positionOf,
  labelOf,
  withDeadline,
} = require('./helpers');

/** Resolves with the account state once `accept(state)` holds (waits on the feature's change event). */
function waitForAccount(api, accept, what, ms = 60000) {
  return withDeadline(
    new Promise((resolve) => {
      const check = () => {
        const state = api.account.state();
        if (!accept(state)) return;
        sub.dispose();
        resolve(state);
      };
      const sub = api.account.onDidChange(check);
      check();
    }),
    ms,
    what,
  );
}

/** A loopback port nothing listens on: one the system just gave out and took back. */
async function closedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The extension's output channel as its log file (the window's extension host log folder). */
function logFileOf(api) {
  return path.join(api.logUri.fsPath, 'ECS Request Tools.log');
}

/** Resolves with the log's text once it matches `pattern` (waits on changes of its folder). */
function waitForLog(file, pattern, what) {
  const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  return withDeadline(
    new Promise((resolve) => {
      let watcher;
      const check = () => {
        const text = read();
        if (!pattern.test(text)) return false;
        if (watcher) watcher.close();
        resolve(text);
        return true;
      };
      if (check()) return;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      watcher = fs.watch(path.dirname(file), check);
      check();
    }),
    20000,
    what,
  );
}

describe('Account data offline: a profile whose endpoint cannot be reached', function () {
  let api;
  let profile;

  /** Adds a cloud profile with the emulator's keys and endpoint through the wizard (it becomes active). */
  async function addProfileWithEmulatorKeys(name) {
    const emulator = await api.cloud.emulatorAccess();
    const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const step = () => withDeadline(api.test.takeQuickInput(), 20000, 'the next wizard step');
    const type = async (value) => {
      (await step()).value = value;
      await accept();
    };
    const choose = async (label) => {
      const pick = await step();
      const item = pick.items.find((i) => label.test(i.label));
      assert.ok(item, `no item ${label} in ${pick.items.map((i) => i.label).join(', ')}`);
      pick.activeItems = [item];
      await accept();
    };
    const done = vscode.commands.executeCommand('ecs.profile.add');
    await type(name);
    await choose(new RegExp(`^${emulator.region}$`));
    await type('');
    await type(emulator.endpoint);
    await type(emulator.ak);
    await type(emulator.sk);
    await choose(/Save Profile/);
    const saved = await withDeadline(Promise.resolve(done), 20000, 'the wizard to end');
    assert.ok(saved, 'no profile was saved');
    return saved;
  }

  before(async () => {
    api = await activateExtension();
    await vscode.commands.executeCommand('ecs._test.setWorkspaceTrust', undefined);
    await openRequestFileAndClient(api, 'account-pick.ecs.yaml');
    profile = await addProfileWithEmulatorKeys('E2E offline');
    assert.strictEqual(api.cloud.profiles.active().id, profile.id);
  });
  after(async () => {
    await api.cloud.profiles.setActive('local-emulator');
    if (profile) await api.cloud.profiles.remove(profile.id);
  });

  it('keeps the last data and its age, says offline once in status and log, completes from it', async () => {
    const fetched = await waitForAccount(
      api,
      (s) => s.kind === 'on' && s.target.profileId === profile.id && s.snapshot && !s.fetching,
      'the first fetch through the profile',
    );
    const questions = api.test.askedQuestions().length;
    const toasts = api.test.shownToasts().length;

    const port = await closedPort();
    await api.cloud.profiles.save({ ...profile, endpoints: { all: `http://127.0.0.1:${port}` } });
    const status = await vscode.commands.executeCommand('ecs.account.refresh');
    const where = `127\\.0\\.0\\.1:${port}`;
    assert.match(status.text, /^E2E offline · cn-north-4$/);
    assert.match(
      status.detail,
      new RegExp(`^data from (less than a minute|\\d+ min) ago; offline: Listing .* failed: Could not .*${where}`),
    );
    assert.strictEqual(status.severity, 'warning');
    const state = api.account.state();
    assert.strictEqual(state.snapshot, fetched.snapshot, 'the last good snapshot is kept');
    assert.strictEqual(state.failure.offline, true);

    // The language server still has the cached data: completion offers its flavors.
    const doc = await openFile('account-pick.ecs.yaml');
    const list = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      positionOf(doc, 'flavorRef: ', 'flavorRef: '.length),
    );
    assert.ok(
      list.items.some((item) => labelOf(item) === 's6.large.2 — 2 vCPU, 4 GiB'),
      `no cached flavor among: ${list.items.map(labelOf).slice(0, 10).join(' | ')}`,
    );

    // The same failure again is not logged again. A failure with another reason (another closed
    // port) is, and once it is in the log file, everything logged before it is there too.
    await vscode.commands.executeCommand('ecs.account.refresh');
    const otherPort = await closedPort();
    await api.cloud.profiles.save({ ...profile, endpoints: { all: `http://127.0.0.1:${otherPort}` } });
    await vscode.commands.executeCommand('ecs.account.refresh');
    const text = await waitForLog(
      logFileOf(api),
      new RegExp(`Account data of E2E offline / cn-north-4 not refreshed: .*127\\.0\\.0\\.1:${otherPort}`),
      'the second offline line in the log',
    );
    const lines = text.split('\n').filter((line) => new RegExp(`not refreshed: .*${where}\\b`).test(line));
    assert.strictEqual(lines.length, 1, lines.join('\n'));
    assert.match(lines[0], /\[warning\].*The last data fetched is kept\.$/);

    assert.strictEqual(api.test.askedQuestions().length, questions, 'a modal question was asked');
    assert.strictEqual(api.test.shownToasts().length, toasts, 'a notification was shown');
  });
});
