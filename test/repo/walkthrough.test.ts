/**
 * The getting-started walkthrough: every step's button and completion event name a command the
 * extension contributes (a typo would leave a step that can never be ticked), and every step's
 * page exists and ships in the VSIX.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const commands = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
const vscodeignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');

describe('walkthrough', () => {
  const [walkthrough] = manifest.contributes.walkthroughs;

  it('walks from a template through the emulator and dry-run to a profile and a submit', () => {
    assert.deepEqual(
      walkthrough.steps.map((s: { id: string }) => s.id),
      ['write', 'emulator', 'dryRun', 'profile', 'submit'],
    );
  });

  for (const step of manifest.contributes.walkthroughs[0].steps) {
    it(`step "${step.id}" uses contributed commands and an existing page`, () => {
      const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      const completing = step.completionEvents.map((e: string) => e.replace(/^onCommand:/, ''));
      assert.ok(linked.length > 0, 'the step has no button');
      for (const id of [...linked, ...completing]) assert.ok(commands.has(id), `${id} is not a contributed command`);
      assert.deepEqual(completing, linked, 'the step is ticked by the command its button runs');
      assert.ok(fs.existsSync(path.join(root, step.media.markdown)), `${step.media.markdown} is missing`);
      assert.match(step.media.markdown, /^media\//);
    });
  }

  it('ships the pages (media/ is in the VSIX allow-list)', () => {
    assert.match(vscodeignore, /^!media\/\*\*$/m);
  });
});
