// The first hour (issue 15), client side: the jobs tree's menus and confirmations, the profile
// wizard, toasts and the dry-run note, in the real extension host against the bundled emulator.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const {
  EXTENSION_ID,
  activateExtension,
  openFile,
  positionOf,
  waitForDiagnostics,
  waitForJob,
  waitForLogText,
  withDeadline,
  workspaceFile,
} = require('./helpers');

/** The regular expression of a `viewItem =~ /…/` in the jobs view's context menu for `command`. */
function menuPatterns(command) {
  const menus = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.menus['view/item/context'];
  return menus
    .filter((m) => m.command === command)
    .map((m) => {
      const match = /viewItem =~ \/(.+)\//.exec(m.when);
      assert.ok(match, `the menu of ${command} has no viewItem pattern: ${m.when}`);
      return new RegExp(match[1]);
    });
}

describe('First hour: the jobs tree', function () {
  let api;
  let jobNode;
  before(async () => {
    api = await activateExtension();
    const doc = await openFile('good.ecs.yaml');
    const job = await vscode.commands.executeCommand('ecs.submit', doc.uri);
    assert.ok(job && job.jobId, 'no job was created');
    await waitForJob(api.cloud, job.jobId, (j) => j.status === 'SUCCESS' && j.servers.every((s) => s.id));
    const tree = api.cloud.jobsTree();
    const group = tree.getChildren().find((g) => g.profileId === 'local-emulator');
    jobNode = tree.getChildren(group).find((n) => n.job.jobId === job.jobId);
    assert.ok(jobNode, 'the job is not in the tree');
  });

  it('does not offer "Open in Console" for an emulator server (Copy Server ID stays)', () => {
    const tree = api.cloud.jobsTree();
    const [server] = tree.getChildren(jobNode);
    const contextValue = tree.getTreeItem(server).contextValue;
    const console = menuPatterns('ecs.jobs.openInConsole');
    assert.strictEqual(console.length, 2, 'inline and context menu entries');
    assert.ok(
      console.every((p) => !p.test(contextValue)),
      `Open in Console is offered for ${contextValue}`,
    );
    assert.ok(
      menuPatterns('ecs.jobs.copyServerId').some((p) => p.test(contextValue)),
      'Copy Server ID is gone',
    );
    // A cloud job's server keeps the console link.
    const cloudServer = { ...server, job: { ...server.job, profileId: 'some-cloud-profile' } };
    assert.ok(console.every((p) => p.test(tree.getTreeItem(cloudServer).contextValue)));
  });

  it('"Remove from List" asks first, says the servers are not deleted, and keeps the job when cancelled', async () => {
    const { jobId } = jobNode.job;
    const asked = api.test.askedQuestions().length;
    api.test.scriptAnswers([undefined]);
    assert.strictEqual(await vscode.commands.executeCommand('ecs.jobs.remove', jobNode), false);
    const [question] = api.test.askedQuestions().slice(asked);
    assert.ok(question, 'no confirmation was asked');
    assert.match(question.message, new RegExp(`Remove job ${jobId} from the ECS Jobs list\\?`));
    assert.match(question.detail, /not deleted/);
    assert.deepStrictEqual(question.buttons, ['Remove']);
    assert.ok(api.cloud.jobs.get(jobId), 'the job was removed although the user cancelled');
    // Confirmed (the test runner's auto-confirm takes "Remove"): the entry goes.
    assert.strictEqual(await vscode.commands.executeCommand('ecs.jobs.remove', jobNode), true);
    assert.ok(!api.cloud.jobs.get(jobId), 'the job is still in the list');
  });
});

describe('First hour: the profile wizard', function () {
  let api;
  let emulator;
  before(async () => {
    api = await activateExtension();
    emulator = await api.cloud.emulatorAccess();
    assert.ok(emulator, 'the emulator is only given under the test runner');
  });

  const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  /** The next wizard step; checks its counter and title. */
  async function nextStep(step, totalSteps, title) {
    const input = await withDeadline(api.test.takeQuickInput(), 20000, `step ${step}/${totalSteps}`);
    assert.strictEqual(`${input.step}/${input.totalSteps}`, `${step}/${totalSteps}`, input.title);
    assert.match(input.title, title);
    assert.strictEqual(input.buttons.length, step > 1 ? 1 : 0, 'Back is offered from the second step on');
    return input;
  }
  async function type(input, value) {
    input.value = value;
    await accept();
  }
  async function choose(pick, label) {
    const item = pick.items.find((i) => label.test(i.label));
    assert.ok(item, `no item ${label} in ${pick.items.map((i) => i.label).join(', ')}`);
    pick.activeItems = [item];
    await accept();
  }

  it('counts steps, goes back, tests the keys against the emulator and saves only after the test', async () => {
    const before = api.cloud.profiles.list().length;
    const done = vscode.commands.executeCommand('ecs.profile.add');
    await type(await nextStep(1, 7, /name/), 'E2E emulator keys');
    const region = await nextStep(2, 7, /region/);
    await choose(region, new RegExp(`^${emulator.region}$`));
    // Back from the project step returns to the region, then on again.
    await nextStep(3, 7, /project ID \(optional\)/);
    await vscode.commands.executeCommand('workbench.action.quickInputBack');
    await choose(await nextStep(2, 7, /region/), new RegExp(`^${emulator.region}$`));
    await type(await nextStep(3, 7, /project ID/), '');
    await type(await nextStep(4, 7, /endpoint \(optional\)/), emulator.endpoint);
    await type(await nextStep(5, 7, /access key ID/), emulator.ak);
    const sk = await nextStep(6, 7, /secret access key/);
    assert.strictEqual(sk.password, true);
    await type(sk, `${emulator.sk}-wrong`);
    const refused = await nextStep(7, 7, /connection test/);
    assert.match(refused.placeholder, /^The keys were refused \(APIGW\.0301\): check the AK and SK/);
    assert.ok(
      refused.items.some((i) => /Save Anyway/.test(i.label)),
      'saving anyway (offline) is offered',
    );
    assert.strictEqual(api.cloud.profiles.list().length, before, 'saved before the user chose');
    await choose(refused, /Back/);
    await type(await nextStep(6, 7, /secret access key/), emulator.sk);
    const works = await nextStep(7, 7, /connection test/);
    assert.match(works.placeholder, /^The keys work/);
    await choose(works, /Save Profile/);
    const profile = await withDeadline(Promise.resolve(done), 20000, 'the wizard to end');
    assert.ok(profile, 'no profile was saved');
    assert.strictEqual(profile.name, 'E2E emulator keys');
    assert.deepStrictEqual(profile.endpoints, { all: emulator.endpoint });
    assert.match(profile.projectId, /^[0-9a-f]{32}$/, 'the project the test found is kept');
    assert.strictEqual(api.cloud.profiles.active().id, profile.id);
    // The saved profile works: a dry-run through it (a real cloud profile pointed at the emulator).
    const doc = await openFile('good.ecs.yaml');
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.strictEqual(outcome && outcome.ok, true, outcome && outcome.message);
    // README: the AK and SK live in SecretStorage only, never in settings or logs; the log masks the AK.
    const kept = JSON.stringify({
      profiles: api.cloud.profiles.list(),
      settings: vscode.workspace.getConfiguration('ecs'),
    });
    assert.ok(!kept.includes(emulator.sk) && !kept.includes(emulator.ak), 'a key is in a profile or a setting');
    const logsRoot = vscode.Uri.joinPath(api.logUri, '..', '..', '..');
    const log = await withDeadline(
      waitForLogText(logsRoot, 'ECS Request Tools', /Profile "E2E emulator keys" added[^]*cloudservers/),
      20000,
      'the new profile and its dry-run in the log',
    );
    assert.match(log, new RegExp(`access key \\*+${emulator.ak.slice(-4)} stored`));
    assert.ok(!log.includes(emulator.sk) && !log.includes(emulator.ak), 'a key is in the log');
    await api.cloud.profiles.remove(profile.id);
  });

  it('discards everything on Escape', async () => {
    const before = api.cloud.profiles.list().length;
    const shown = api.test.shownToasts().length;
    const done = vscode.commands.executeCommand('ecs.profile.add');
    await type(await nextStep(1, 7, /name/), 'E2E cancelled');
    await nextStep(2, 7, /region/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await withDeadline(Promise.resolve(done), 20000, 'the wizard to end'), undefined);
    assert.strictEqual(api.cloud.profiles.list().length, before);
    assert.deepStrictEqual(
      api.test
        .shownToasts()
        .slice(shown)
        .map((t) => t.text),
      ['Add Profile was cancelled: nothing was saved.'],
    );
  });
});

/** The CodeLens titles of `doc`. */
async function lensesOf(doc) {
  const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
  return lenses.filter((l) => l.command);
}

describe('First hour: notifications and the dry-run note', function () {
  let api;
  before(async () => {
    api = await activateExtension();
  });

  it('notes "dry-run passed at HH:MM against Local emulator" in the CodeLens until the next edit', async () => {
    const doc = await openFile('good.ecs.yaml');
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.strictEqual(outcome.ok, true, outcome.message);
    const note = (await lensesOf(doc)).find((l) => /Dry-run passed/.test(l.command.title));
    assert.ok(note, 'no dry-run note in the CodeLens');
    assert.match(note.command.title, /^\$\(pass\) Dry-run passed at \d\d:\d\d against Local emulator$/);
    await vscode.window.activeTextEditor.edit((e) => e.insert(new vscode.Position(0, 0), '# edited\n'));
    assert.ok(!(await lensesOf(doc)).some((l) => /Dry-run passed/.test(l.command.title)), 'the note outlived an edit');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('keeps the refusal toast short and plain; the lens and diagnostics carry the refusal until an edit', async () => {
    const doc = await openFile('rejected.ecs.yaml');
    const shown = api.test.shownToasts().length;
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.strictEqual(outcome.code, 'Ecs.0011');
    const toasts = api.test
      .shownToasts()
      .slice(shown)
      .filter((t) => t.kind === 'error');
    assert.strictEqual(toasts.length, 1, JSON.stringify(toasts));
    assert.strictEqual(
      toasts[0].text,
      'Pre-flight of rejected.ecs.yaml: local checks passed · account checks passed · ' +
        'dry-run refused (Ecs.0011) by Local emulator. Marked on the field in the file.',
    );
    const note = (await lensesOf(doc)).find((l) => /Dry-run refused/.test(l.command.title));
    assert.ok(note, 'no refusal note in the CodeLens');
    assert.match(note.command.title, /^\$\(error\) Dry-run refused \(Ecs\.0011\) at \d\d:\d\d against Local emulator$/);
    // The whole answer (the lens tooltip), catalog advice included, without Markdown code spans.
    const { detail } = api.test.dryRunNote(doc);
    assert.match(detail, /adminPass does not meet/);
    assert.ok(!detail.includes('`'), detail);
    await vscode.window.activeTextEditor.edit((e) => e.insert(new vscode.Position(0, 0), '# edited\n'));
    assert.ok(
      !(await lensesOf(doc)).some((l) => /Dry-run refused/.test(l.command.title)),
      'the refusal outlived an edit',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

/** The labels VS Code's completion (every provider, contributed snippets included) gives at `position`. */
async function completionLabels(doc, position) {
  const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
  return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

describe('First hour: completion noise', function () {
  const TEMPLATES = ['ecs-pay-per-use', 'ecs-yearly-monthly', 'ecs-data-disks', 'ecs-spot'];
  before(async () => {
    await activateExtension();
  });

  it('lists each template once in an empty YAML file, with the top-level keys', async () => {
    const uri = workspaceFile('empty-completion.ecs.yaml');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    try {
      const doc = await openFile('empty-completion.ecs.yaml');
      const labels = await completionLabels(doc, new vscode.Position(0, 0));
      const templates = labels.filter((l) => l.startsWith('ecs-'));
      assert.deepStrictEqual([...templates].sort(), [...TEMPLATES].sort(), labels.join(', '));
      assert.ok(labels.includes('server'), labels.join(', '));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('offers no whole-request template at a value or inside the server object', async () => {
    const doc = await openFile('good.ecs.yaml');
    const atValue = await completionLabels(doc, positionOf(doc, 'volumetype: ', 'volumetype: '.length));
    assert.ok(atValue.length > 0, 'no completion at all');
    assert.deepStrictEqual(
      atValue.filter((l) => TEMPLATES.includes(l)),
      [],
    );
    const inServer = await completionLabels(doc, positionOf(doc, '  name:'));
    assert.deepStrictEqual(
      inServer.filter((l) => TEMPLATES.includes(l)),
      [],
    );
  });
});

describe('First hour: a ${secret:NAME} with nothing stored', function () {
  const NAME = 'E2E_FIRST_HOUR_SECRET';
  const CODE = 'ECS-SECRET-NOT-STORED';
  const marks = (diagnostics) => diagnostics.filter((d) => d.code === CODE);
  let api;
  before(async () => {
    api = await activateExtension();
  });

  it('is marked (information); the quick fix stores it and the mark goes; deleting it brings it back', async () => {
    const text = `server:\n  name: e2e-secret\n  adminPass: \${secret:${NAME}}\n`;
    const uri = workspaceFile('secret.ecs.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
    try {
      const doc = await openFile('secret.ecs.yaml');
      await withDeadline(api.clientReady, 60000, 'the language client to start');
      const [mark] = marks(await waitForDiagnostics(doc.uri, 'ECS', (d) => marks(d).length === 1));
      assert.strictEqual(mark.severity, vscode.DiagnosticSeverity.Information);
      assert.strictEqual(mark.range.start.line, 2);
      assert.match(mark.message, new RegExp(`No value is stored for \\$\\{secret:${NAME}\\}`));
      const actions = await vscode.commands.executeCommand(
        'vscode.executeCodeActionProvider',
        doc.uri,
        mark.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.command && a.command.command === 'ecs.secret.store');
      assert.ok(fix, `no Store a Secret fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.deepStrictEqual(fix.command.arguments, [NAME]);
      // Run the fix as the light bulb does; it asks only for the value (the name is known).
      const stored = vscode.commands.executeCommand(fix.command.command, ...fix.command.arguments);
      const input = await withDeadline(api.test.takeQuickInput(), 20000, 'the value prompt');
      assert.strictEqual(input.title, `Value of \${secret:${NAME}}`);
      assert.strictEqual(input.password, true);
      assert.strictEqual(input.step, undefined, 'a lone step shows no counter');
      input.value = 'e2e value with a trailing blank ';
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(await withDeadline(Promise.resolve(stored), 20000, 'the secret to be stored'), true);
      await waitForDiagnostics(doc.uri, 'ECS', (d) => marks(d).length === 0);
      // Deleting it (confirmed by the test runner's auto-confirm) tells the server again.
      const deleted = await vscode.commands.executeCommand('ecs.secret.delete', NAME);
      assert.strictEqual(deleted, true);
      await waitForDiagnostics(doc.uri, 'ECS', (d) => marks(d).length === 1);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});

describe('First hour: New Request File… names', function () {
  let api;
  before(async () => {
    api = await activateExtension();
  });

  it('asks before a corrected name replaces a file the save dialog did not ask about', async () => {
    // The dialog returned `kept.yaml` (no such file), which becomes `kept.ecs.yaml`: that one exists.
    const existing = workspaceFile('kept.ecs.yaml');
    await vscode.workspace.fs.writeFile(existing, Buffer.from('# mine\n'));
    try {
      const asked = api.test.askedQuestions().length;
      api.test.scriptAnswers([undefined]);
      const args = { template: 'ecs-spot', format: 'yaml', target: workspaceFile('kept.yaml') };
      assert.strictEqual(await vscode.commands.executeCommand('ecs.newRequestFile', args), undefined);
      const [question] = api.test.askedQuestions().slice(asked);
      assert.ok(question, 'nothing was asked');
      assert.strictEqual(question.message, 'kept.ecs.yaml already exists. Replace it?');
      assert.strictEqual(Buffer.from(await vscode.workspace.fs.readFile(existing)).toString(), '# mine\n');
      // Confirmed (the test runner's auto-confirm): replaced by the template.
      const uri = await vscode.commands.executeCommand('ecs.newRequestFile', args);
      assert.strictEqual(uri.toString(), existing.toString());
      assert.match(Buffer.from(await vscode.workspace.fs.readFile(existing)).toString(), /marketType: spot/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(existing);
    }
  });

  it('names by the URI path, so a JSON request typed as .ecs.yaml is written as .ecs.json', async () => {
    const uri = await vscode.commands.executeCommand('ecs.newRequestFile', {
      template: 'ecs-spot',
      format: 'json',
      target: workspaceFile('typed.ecs.yaml'),
    });
    try {
      assert.strictEqual(uri.path, workspaceFile('typed.ecs.json').path);
      const doc = await vscode.workspace.openTextDocument(uri);
      assert.strictEqual(doc.languageId, 'ecs-json');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
