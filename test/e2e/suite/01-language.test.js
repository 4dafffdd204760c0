// Part A: the language contributions and the language server, in the real extension host.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const {
  activateExtension,
  openRequestFileAndClient,
  waitForDiagnostics,
  openFile,
  positionOf,
  screenshot,
  labelOf,
  withDeadline,
  waitForLogText,
} = require('./helpers');

const SOURCE = 'ECS';

describe('ECS request files in VS Code', function () {
  let api;
  before(async () => {
    api = await activateExtension();
    // The server starts with the first request file. Without one every test below would only
    // time out: fail them all at once instead.
    const client = await openRequestFileAndClient(api, 'good.ecs.yaml');
    assert.ok(client, 'the language client did not start (see the ECS Request Tools output)');
  });

  it('starts the language server', async () => {
    const client = await api.clientReady;
    assert.ok(client.isRunning(), 'the language client is not running');
  });

  it('gives .ecs.yaml and .ecs.json files their own languages', async () => {
    const yamlDoc = await openFile('good.ecs.yaml');
    assert.strictEqual(yamlDoc.languageId, 'ecs-yaml');
    const jsonDoc = await openFile('good.ecs.json');
    assert.strictEqual(jsonDoc.languageId, 'ecs-json');
  });

  it('reports a mistake as an ECS diagnostic on the field', async () => {
    const doc = await openFile('bad.ecs.yaml');
    const diagnostics = await waitForDiagnostics(doc.uri, SOURCE);
    const onDiskType = diagnostics.find((d) => doc.getText(d.range).includes('SDD'));
    assert.ok(
      onDiskType,
      'no diagnostic on the misspelled disk type; got: ' +
        diagnostics.map((d) => `${d.range.start.line}:${d.message}`).join(' | '),
    );
    await screenshot('a1-diagnostic');
  });

  it('has no ECS errors in a valid request', async () => {
    const doc = await openFile('good.ecs.yaml');
    // Wait for the server's first answer for this file (diagnostics are pushed, possibly empty).
    const diagnostics = await waitForDiagnostics(doc.uri, SOURCE, () => true);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(
      errors.map((d) => d.message),
      [],
    );
  });

  it('completes the properties of server', async () => {
    const doc = await openFile('complete.ecs.yaml');
    const position = new vscode.Position(3, 2);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, position);
    const labels = list.items.map(labelOf);
    for (const expected of ['flavorRef', 'vpcid', 'nics', 'root_volume']) {
      assert.ok(labels.includes(expected), `"${expected}" missing from completions: ${labels.slice(0, 30).join(', ')}`);
    }
    assert.ok(!labels.includes('name'), 'offers "name" although it is already there');
  });

  it('explains a field on hover', async () => {
    const doc = await openFile('good.ecs.yaml');
    const hovers = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, 'flavorRef', 2),
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /flavor/i, `hover text: ${text}`);
  });

  it('fixes the misspelled disk type with a quick fix', async () => {
    const doc = await openFile('bad.ecs.yaml');
    const diagnostics = await waitForDiagnostics(doc.uri, SOURCE, (ds) =>
      ds.some((d) => doc.getText(d.range).includes('SDD')),
    );
    const target = diagnostics.find((d) => doc.getText(d.range).includes('SDD'));
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      doc.uri,
      target.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.edit && /SSD/.test(a.title));
    assert.ok(fix, `no quick fix offering SSD; got: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
    assert.match(doc.getText(), /volumetype: SSD\b/);
    await waitForDiagnostics(doc.uri, SOURCE, (ds) => !ds.some((d) => /volumetype|SDD/.test(d.message)));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('treats a plain YAML file as an ECS request on command', async () => {
    const doc = await openFile('plain-request.yaml');
    assert.notStrictEqual(doc.languageId, 'ecs-yaml');
    const language = await vscode.commands.executeCommand('ecs.treatAsRequestFile');
    assert.strictEqual(language, 'ecs-yaml');
    const active = vscode.window.activeTextEditor.document;
    assert.strictEqual(active.languageId, 'ecs-yaml');
    // The server now checks it: missing required fields are reported.
    const diagnostics = await waitForDiagnostics(active.uri, SOURCE);
    assert.ok(diagnostics.length > 0);
  });

  it('opens the schema from the language status link', async () => {
    const uri = await vscode.commands.executeCommand('ecs.openSchema');
    assert.ok(uri, 'no schema file found');
    assert.match(uri.fsPath, /schemas[\\/].+\.json$/);
  });

  it('indents request files by 2 spaces and suggests keys while typing (language defaults)', async () => {
    for (const languageId of ['ecs-yaml', 'ecs-json']) {
      const editorConfig = vscode.workspace.getConfiguration('editor', { languageId });
      assert.strictEqual(editorConfig.get('tabSize'), 2, `${languageId} tab size`);
      assert.deepStrictEqual(
        editorConfig.inspect('quickSuggestions').defaultLanguageValue,
        { other: true, comments: false, strings: true },
        `${languageId} quick suggestions`,
      );
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'ecs-yaml', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    assert.strictEqual(editor.options.tabSize, 2, 'a new YAML request file indents by 2, as every template does');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('writes no document text to the log when the message trace is on', async () => {
    const password = 'Trace-Secret-Pa55!';
    await vscode.workspace.getConfiguration('ecs').update('trace.server', 'verbose', vscode.ConfigurationTarget.Global);
    try {
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'traced.ecs.yaml');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(`server:\n  name: traced\n  adminPass: ${password}\n`));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await waitForDiagnostics(doc.uri, SOURCE);
      // The output channel's log file: somewhere below this window's log folder.
      const logsRoot = vscode.Uri.joinPath(api.logUri, '..', '..', '..');
      const text = await withDeadline(
        waitForLogText(logsRoot, 'ECS Request Tools', /characters not logged/),
        20000,
        'the traced didOpen in the log',
      );
      assert.match(text, /textDocument\/didOpen/);
      assert.ok(!text.includes(password), 'the password is in the log');
    } finally {
      await vscode.workspace
        .getConfiguration('ecs')
        .update('trace.server', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
