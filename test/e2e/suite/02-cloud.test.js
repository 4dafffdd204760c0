// Part B: dry-run, submit and jobs against the bundled emulator (the default "Local emulator"
// profile), in the real extension host. Modal confirmations are auto-accepted through the test
// hook ECS_TEST_AUTO_CONFIRM=1 (honoured only under the test runner).
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { activateExtension, waitForDiagnostics, waitForJob, workspaceFile, openFile, screenshot } = require('./helpers');

const DRY_RUN_SOURCE = 'ECS dry-run';

async function showJobsView() {
  await vscode.commands.executeCommand('workbench.view.extension.ecs-jobs');
}

describe('Dry-run, submit and jobs with the local emulator', function () {
  let cloud;
  before(async () => {
    const api = await activateExtension();
    cloud = api.cloud;
    assert.strictEqual(
      cloud.profiles.active().id,
      'local-emulator',
      'a new user starts with the Local emulator profile',
    );
  });

  after(async () => {
    await vscode.commands.executeCommand('ecs._test.setWorkspaceTrust', undefined);
  });

  it('dry-runs a good request file', async () => {
    const doc = await openFile('good.ecs.yaml');
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.ok(outcome, 'the dry-run did not run');
    assert.strictEqual(outcome.ok, true, `dry-run failed: ${outcome.message}`);
    assert.match(outcome.message, /does not check quotas/);
    await screenshot('b1-dry-run-passed');
  });

  it('puts a dry-run refusal on the field the service named, and clears it on edit', async () => {
    // The dry run checks format only (as the service documents): the refusal here is a password,
    // filled in from the environment at send time, that the editor cannot see (scripts/e2e.sh sets it).
    const doc = await openFile('rejected.ecs.yaml');
    const outcome = await vscode.commands.executeCommand('ecs.dryRun', doc.uri);
    assert.strictEqual(outcome.ok, false);
    assert.strictEqual(outcome.code, 'Ecs.0011');
    const [diagnostic] = await waitForDiagnostics(doc.uri, DRY_RUN_SOURCE);
    assert.strictEqual(doc.getText(diagnostic.range), '${env:ECS_E2E_ADMIN_PASS}');
    assert.match(diagnostic.message, /^Ecs\.0011: /);
    assert.strictEqual(diagnostic.code, 'Ecs.0011');
    assert.ok(!diagnostic.message.includes(process.env.ECS_E2E_ADMIN_PASS), 'the password is never shown');
    await screenshot('b2-dry-run-refused');
    const editor = vscode.window.activeTextEditor;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# edited\n'));
    await waitForDiagnostics(doc.uri, DRY_RUN_SOURCE, (ds) => ds.length === 0);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  let submitted;
  it('submits after the confirmation; the job succeeds with its servers', async () => {
    const doc = await openFile('submit.ecs.yaml');
    submitted = await vscode.commands.executeCommand('ecs.submit', doc.uri);
    assert.ok(submitted && submitted.jobId, 'no job was created');
    assert.strictEqual(submitted.profileId, 'local-emulator');
    assert.strictEqual(submitted.count, 2);
    await showJobsView();
    const done = await waitForJob(cloud, submitted.jobId, (j) => j.status === 'SUCCESS');
    assert.strictEqual(done.servers.length, 2);
    assert.ok(
      done.servers.every((s) => s.id && s.status === 'SUCCESS'),
      JSON.stringify(done.servers),
    );
    const tree = cloud.jobsTree();
    const [group] = tree.getChildren();
    assert.strictEqual(tree.getTreeItem(group).label, 'Local emulator');
    const jobNode = tree.getChildren(group).find((n) => n.job.jobId === submitted.jobId);
    assert.ok(jobNode, 'the job is not in the tree');
    assert.match(tree.getTreeItem(jobNode).description, /^succeeded · .* · submit\.ecs\.yaml$/);
    const serverNodes = tree.getChildren(jobNode);
    assert.strictEqual(serverNodes.length, 2);
    // The job answer has only IDs; the names come from the emulator's server list.
    assert.deepStrictEqual(done.servers.map((s) => s.name).sort(), ['e2e-submit-0001', 'e2e-submit-0002']);
    for (const node of serverNodes) {
      assert.match(tree.getTreeItem(node).label, /^e2e-submit-000[12] \([0-9a-f-]{36}\)$/);
      assert.strictEqual(tree.getTreeItem(node).label, `${node.server.name} (${node.server.id})`);
    }
    await screenshot('b3-jobs-tree');
  });

  it('keeps jobs and resumes tracking after a reload', async () => {
    const doc = await openFile('good.ecs.yaml');
    const running = await vscode.commands.executeCommand('ecs.submit', doc.uri);
    assert.ok(running && running.jobId);
    // Drop the trackers and take the activation path again, as a window reload does: an unfinished
    // job in global state makes activation load the cloud side and follow it (restartJobs resolves then).
    await cloud.restartJobs();
    assert.ok(cloud.jobs.get(submitted.jobId), 'the earlier job is gone after the reload');
    const current = cloud.jobs.get(running.jobId);
    if (current.status !== 'SUCCESS')
      assert.ok(cloud.isFollowing(running.jobId), 'tracking did not resume for the unfinished job');
    assert.ok(!cloud.isFollowing(submitted.jobId), 'a finished job is polled again');
    const done = await waitForJob(cloud, running.jobId, (j) => j.status === 'SUCCESS');
    assert.strictEqual(done.servers.length, 1);
  });

  it('waits for payment of a yearly/monthly order, then pays it from the tree', async () => {
    const doc = await openFile('monthly.ecs.yaml');
    const job = await vscode.commands.executeCommand('ecs.submit', doc.uri);
    assert.ok(job && job.orderId, 'a yearly/monthly submit returns an order');
    const waiting = await waitForJob(cloud, job.jobId, (j) => j.status === 'PENDING_PAYMENT');
    const tree = cloud.jobsTree();
    const node = tree.getChildren(tree.getChildren()[0]).find((n) => n.job.jobId === job.jobId);
    const item = tree.getTreeItem(node);
    assert.match(item.contextValue, /:unpaid/);
    assert.strictEqual(item.iconPath.id, 'credit-card');
    assert.match(item.description, /^waiting for payment/);
    assert.strictEqual(waiting.orderId, job.orderId);
    assert.strictEqual(await vscode.commands.executeCommand('ecs.jobs.payOrder', node), true);
    const done = await waitForJob(cloud, job.jobId, (j) => j.status === 'SUCCESS');
    assert.strictEqual(done.servers.length, 1);
  });

  it('refuses dry-run and submit in an untrusted workspace, and says why where the lenses were', async () => {
    const doc = await openFile('good.ecs.yaml');
    const before = cloud.jobs.all().length;
    const lensesTrusted = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(
      lensesTrusted.some((l) => l.command && l.command.command === 'ecs.submit'),
      'no Submit lens in a trusted workspace',
    );
    await vscode.commands.executeCommand('ecs._test.setWorkspaceTrust', false);
    assert.strictEqual(await vscode.commands.executeCommand('ecs.submit', doc.uri), undefined);
    assert.strictEqual(await vscode.commands.executeCommand('ecs.dryRun', doc.uri), undefined);
    assert.strictEqual(cloud.jobs.all().length, before, 'a job was created from an untrusted workspace');
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(
      !lenses.some((l) => l.command && l.command.command === 'ecs.submit'),
      'the Submit lens shows in an untrusted workspace',
    );
    const why = lenses.find((l) => l.command && l.command.command === 'workbench.trust.manage');
    assert.ok(
      why && /Restricted Mode/.test(why.command.title),
      `no lens says why the actions are off: ${lenses.map((l) => l.command && l.command.title).join(' | ')}`,
    );
    await screenshot('b4-untrusted');
    await vscode.commands.executeCommand('ecs._test.setWorkspaceTrust', undefined);
  });

  it('ignores a workspace setting that tries to change the endpoint', async () => {
    const inspected = vscode.workspace.getConfiguration('ecs').inspect('cloud.endpointOverrides');
    // The fixture workspace sets { all: "http://127.0.0.1:9" } in .vscode/settings.json.
    assert.notDeepStrictEqual(
      vscode.workspace.getConfiguration('ecs').get('cloud.endpointOverrides'),
      { all: 'http://127.0.0.1:9' },
      `VS Code applied the workspace value: ${JSON.stringify(inspected)}`,
    );
    assert.deepStrictEqual(cloud.endpointOverrides(), {});
    await assert.rejects(
      Promise.resolve(
        vscode.workspace
          .getConfiguration('ecs')
          .update('cloud.endpointOverrides', { all: 'http://127.0.0.1:9' }, vscode.ConfigurationTarget.Workspace),
      ),
      /user settings|User Settings|machine/i,
    );
  });

  it('a submit with every answer lost is "outcome unknown"; a retry with its token creates nothing twice', async () => {
    const endpoint = await cloud.emulatorEndpoint();
    assert.ok(endpoint, 'the emulator endpoint is only given under the test runner');
    const control = async (method, route, body) => {
      const response = await fetch(`${endpoint}/_emulator/${route}`, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      });
      const text = await response.text();
      return text ? JSON.parse(text) : undefined;
    };
    const named = async () =>
      (await control('GET', 'state')).servers.filter((s) => /^e2e-lost(-\d+)?$/.test(s.name)).length;
    const before = await named();
    // Every answer to the create is lost after the emulator committed it (all four attempts).
    await control('POST', 'faults', { kind: 'serverError', status: 500, afterCommit: true, count: 100, on: 'create' });
    const doc = await openFile('lost.ecs.yaml');
    let lost;
    try {
      lost = await vscode.commands.executeCommand('ecs.submit', doc.uri);
    } finally {
      await control('DELETE', 'faults');
    }
    assert.ok(lost && lost.outcome === 'unknown', `expected an "outcome unknown" record: ${JSON.stringify(lost)}`);
    assert.match(lost.clientToken, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(lost.fingerprint, /^[0-9a-f]{32}$/);
    assert.strictEqual(await named(), before + 2, 'the lost create did create the servers');
    assert.strictEqual(cloud.jobs.get(lost.jobId).outcome, 'unknown', 'the store keeps the submit with its token');

    await showJobsView();
    const tree = cloud.jobsTree();
    const group = tree.getChildren().find((g) => g.profileId === 'local-emulator');
    const node = tree.getChildren(group).find((n) => n.job.jobId === lost.jobId);
    assert.ok(node, 'the lost submit is not in the tree');
    const item = tree.getTreeItem(node);
    assert.match(item.description, /^outcome unknown · .* · lost\.ecs\.yaml$/);
    assert.strictEqual(item.contextValue, 'ecsSubmit:unknown:file');
    assert.strictEqual(item.iconPath.id, 'question');
    assert.match(item.tooltip.value, /may exist/);
    await screenshot('b5-outcome-unknown');

    const found = await vscode.commands.executeCommand('ecs.jobs.checkServers', node);
    assert.ok(Array.isArray(found), 'the check did not run');
    assert.strictEqual(found.length, before + 2);

    const retried = await vscode.commands.executeCommand('ecs.jobs.retrySubmit', node);
    assert.ok(
      retried && retried.jobId && retried.outcome === undefined,
      `the retry did not give a job: ${JSON.stringify(retried)}`,
    );
    assert.strictEqual(retried.clientToken, lost.clientToken);
    assert.strictEqual(await named(), before + 2, 'the retry created a second set of servers');
    assert.ok(!cloud.jobs.get(lost.jobId), 'the "outcome unknown" record was not replaced by the job');
    const done = await waitForJob(cloud, retried.jobId, (j) => j.status === 'SUCCESS');
    assert.strictEqual(done.servers.length, 2);
  });

  it('creates a new request file from a template', async () => {
    const target = workspaceFile('from-template.yaml');
    const uri = await vscode.commands.executeCommand('ecs.newRequestFile', {
      template: 'ecs-spot',
      format: 'yaml',
      target,
    });
    assert.ok(uri, 'no file was created');
    assert.match(uri.fsPath, /from-template\.ecs\.yaml$/);
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.languageId, 'ecs-yaml');
    assert.match(doc.getText(), /marketType: spot/);
  });
});
