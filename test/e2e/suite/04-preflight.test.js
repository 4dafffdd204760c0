// Dry-Run Request as a pre-flight (issue 14 item 4, issue 15 item 7), in the real extension host
// against the bundled emulator and the default "Local emulator" profile: local checks (asked of
// the language server for the text sent, even right after the file opened), account checks with
// the background account data (one fetch serves the pre-flight and the editor's warnings), the
// cloud's dry-run, one notification for all three, findings on their fields with quick fixes (the
// account checks' own, and the error catalog's fix of a refusal), and an account that cannot be
// read (403 on every list).
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { activateExtension, EVERY_ACCOUNT_LIST, openFile, waitForDiagnostics, screenshot } = require('./helpers');

const ACCOUNT_SOURCE = 'ECS account';
const DRY_RUN_SOURCE = 'ECS dry-run';

async function quickFixes(doc, range) {
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range);
  return actions.filter((a) => a.edit);
}

async function lensTitles(doc) {
  const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
  return lenses.filter((l) => l.command).map((l) => l.command.title);
}

describe('Pre-flight: Dry-Run Request reports local, account and dry-run checks together', function () {
  let api;
  /** When the account data the first pre-flight used was fetched. */
  let fetchedAt;
  before(async () => {
    api = await activateExtension();
  });

  it('one notification says what passed and failed; the account finding is on its field, with a fix', async () => {
    const doc = await openFile('sold-out.ecs.yaml');
    const shown = api.test.shownToasts().length;
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.ok(outcome && outcome.ok, JSON.stringify(outcome));
    assert.strictEqual(
      outcome.summary,
      'Pre-flight of sold-out.ecs.yaml: local checks passed · account: 1 warning · ' +
        'dry-run passed against Local emulator.',
    );
    const toasts = api.test.shownToasts().slice(shown);
    assert.deepStrictEqual(toasts, [{ kind: 'warning', text: `${outcome.summary} Marked on the field in the file.` }]);
    // The refresher handed the same data to the language server: the warning is the editor's own
    // (source "ECS"), not a second copy placed by the pre-flight.
    const isR46 = (d) => d.code === 'ECS-R46' || (d.code && d.code.value === 'ECS-R46');
    const [finding] = await waitForDiagnostics(doc.uri, 'ECS', (ds) => ds.some(isR46)).then((ds) => ds.filter(isR46));
    assert.strictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === ACCOUNT_SOURCE).length, 0);
    const state = api.account.state();
    assert.ok(state.kind === 'on' && state.snapshot, JSON.stringify(state));
    fetchedAt = state.snapshot.fetchedAt;
    assert.strictEqual(doc.getText(finding.range), 'c7.large.2');
    assert.strictEqual(finding.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(finding.message, /sold out in cn-north-4b.*profile Local emulator \/ cn-north-4/);
    const titles = await lensTitles(doc);
    assert.ok(
      titles.some((t) =>
        /^\$\(pass\) Dry-run passed at \d\d:\d\d against Local emulator · account: 1 warning$/.test(t),
      ),
      JSON.stringify(titles),
    );
    await screenshot('p1-preflight-account-warning');

    const fix = (await quickFixes(doc, finding.range)).find((a) => a.title === 'Change the value to cn-north-4a');
    assert.ok(fix, 'no quick fix to a zone where the flavor is on sale');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /availability_zone: cn-north-4a\n/);
    await waitForDiagnostics(doc.uri, 'ECS', (ds) => !ds.some(isR46));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("offers the error catalog's fix on a refusal and applies it", async () => {
    // The file has local errors (R24). The dry-run starts right after the file opens, before the
    // editor shows them: the pre-flight asks the server, so the "Dry-run anyway?" question is still
    // asked (the test hook answers it) and the report counts them.
    const asked = api.test.askedQuestions().length;
    const doc = await openFile('terminate.ecs.yaml');
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.ok(outcome, 'the dry-run did not run');
    const questions = api.test.askedQuestions().slice(asked);
    assert.ok(
      questions.some((q) => /problems? the service is likely to refuse\. Dry-run anyway\?/.test(q.message)),
      JSON.stringify(questions),
    );
    assert.strictEqual(outcome.code, 'Ecs.0084', JSON.stringify(outcome));
    assert.match(
      outcome.summary,
      /^Pre-flight of terminate\.ecs\.yaml: local: \d+ errors? .*· dry-run refused \(Ecs\.0084\) by Local emulator\.$/,
    );
    const [refusal] = await waitForDiagnostics(doc.uri, DRY_RUN_SOURCE);
    assert.strictEqual(doc.getText(refusal.range), '"2030-01-01T00:00:00Z"');
    await screenshot('p2-refusal-quick-fix');
    const fixes = await quickFixes(doc, refusal.range);
    const remove = fixes.find((a) => a.title === 'Remove auto_terminate_time: the server is not deleted at a set time');
    assert.ok(remove, `no catalog fix among ${JSON.stringify(fixes.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    assert.doesNotMatch(doc.getText(), /^ *auto_terminate_time:/m);
    assert.match(doc.getText(), /op_svc_userid: 0123456789abcdef0123456789abcdef\n {2}extendparam:\n/);
    await waitForDiagnostics(doc.uri, DRY_RUN_SOURCE, (ds) => ds.length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    // Under a minute after the first pre-flight: its account data served this one too (no fetch).
    const state = api.account.state();
    assert.strictEqual(state.snapshot && state.snapshot.fetchedAt, fetchedAt);
  });

  it('every list answers 403: "account not checked" with the reason, and the dry-run still runs', async () => {
    const endpoint = await api.cloud.emulatorEndpoint();
    const permissions = (deny) =>
      fetch(`${endpoint}/_emulator/permissions`, {
        method: 'PUT',
        body: JSON.stringify({ deny }),
        headers: { 'Content-Type': 'application/json' },
      }).then((r) => assert.ok(r.ok, `PUT permissions: HTTP ${r.status}`));
    const doc = await openFile('sold-out.ecs.yaml');
    const shown = api.test.shownToasts().length;
    await permissions(EVERY_ACCOUNT_LIST);
    let outcome;
    try {
      // The account data is under a minute old: a refresh (as a user who changed permissions would
      // ask for) fails, and a pre-flight after a failure fetches again rather than use older data.
      await vscode.commands.executeCommand('ecs.account.refresh');
      outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    } finally {
      await permissions([]);
    }
    assert.ok(outcome && outcome.ok, JSON.stringify(outcome));
    assert.strictEqual(outcome.preflight.account.state, 'not-checked');
    const toasts = api.test.shownToasts().slice(shown);
    assert.strictEqual(toasts.length, 1, JSON.stringify(toasts));
    assert.strictEqual(toasts[0].kind, 'warning');
    assert.match(
      toasts[0].text,
      new RegExp(
        '^Pre-flight of sold-out\\.ecs\\.yaml: local checks passed · account not checked · ' +
          'dry-run passed against Local emulator\\. The account data was not read: \\S',
      ),
    );
    assert.strictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === ACCOUNT_SOURCE).length, 0);
    assert.strictEqual(api.test.askedQuestions().filter((q) => /account/i.test(q.message)).length, 0);
  });
});
