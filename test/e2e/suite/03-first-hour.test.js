// The first hour (issue 15), client side: the jobs tree's menus and confirmations, the profile
// wizard, toasts and the dry-run note, in the real extension host against the bundled emulator.
'use strict';
const assert = require('assert');
const vscode = require('vscode');
const { EXTENSION_ID, activateExtension, openFile, waitForJob } = require('./helpers');

/** The regular expression of a `viewItem =~ /…/` in the jobs view's context menu for `command`. */
function menuPatterns(command) {
  const menus = vscode.extensions.getExtension(EXTENSION_ID).packageJSON.contributes.menus['view/item/context'];
  return menus.filter((m) => m.command === command).map((m) => {
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
    assert.ok(console.every((p) => !p.test(contextValue)), `Open in Console is offered for ${contextValue}`);
    assert.ok(menuPatterns('ecs.jobs.copyServerId').some((p) => p.test(contextValue)), 'Copy Server ID is gone');
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
