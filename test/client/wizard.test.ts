/** The multi-step runner of the profile wizard: order, counter, Back, skipped steps, cancel. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runWizard, type StepAnswer, type StepPosition, type WizardStep } from '../../client/ui/wizard';

interface State {
  name?: string;
  region?: string;
  fromEnv?: boolean;
  key?: string;
}

/** Steps that answer from a script and record what they were asked with. */
function scripted(script: Record<string, StepAnswer<Partial<State>>[]>) {
  const seen: { step: string; position: StepPosition; state: State }[] = [];
  const step = (id: keyof State, applies?: (s: State) => boolean): WizardStep<State> => ({
    applies,
    ask: async (state, position) => {
      seen.push({ step: id, position, state });
      const next = script[id].shift();
      assert.ok(next, `step ${id} asked more often than scripted`);
      return next;
    },
  });
  const steps = [step('name'), step('region'), step('key', (s) => !s.fromEnv)];
  return { steps, seen };
}

describe('multi-step wizard', () => {
  it('asks each step once with its counter and merges the answers', async () => {
    const { steps, seen } = scripted({
      name: [{ value: { name: 'prod' } }],
      region: [{ value: { region: 'r1' } }],
      key: [{ value: { key: 'k' } }],
    });
    assert.deepEqual(await runWizard(steps, {}), { name: 'prod', region: 'r1', key: 'k' });
    assert.deepEqual(
      seen.map((s) => `${s.step} ${s.position.step}/${s.position.totalSteps}`),
      ['name 1/3', 'region 2/3', 'key 3/3'],
    );
  });

  it('goes back to the previous step, prefilled, and on again', async () => {
    const { steps, seen } = scripted({
      name: [{ value: { name: 'prod' } }, { value: { name: 'production' } }],
      region: [{ value: { region: 'r1' } }, 'back', { value: { region: 'r2' } }],
      key: ['back', { value: { key: 'k' } }],
    });
    assert.deepEqual(await runWizard(steps, {}), { name: 'production', region: 'r2', key: 'k' });
    assert.deepEqual(
      seen.map((s) => s.step),
      ['name', 'region', 'key', 'region', 'name', 'region', 'key'],
    );
    assert.equal(seen[3].state.region, 'r1', 'Back shows what was entered');
    assert.equal(seen[4].state.name, 'prod');
  });

  it('leaves out steps that do not apply, from the counter too', async () => {
    const { steps, seen } = scripted({
      name: [{ value: { name: 'n' } }],
      region: [{ value: { region: 'r' } }],
      key: [],
    });
    assert.deepEqual(await runWizard(steps, { fromEnv: true }), { fromEnv: true, name: 'n', region: 'r' });
    assert.deepEqual(
      seen.map((s) => `${s.position.step}/${s.position.totalSteps}`),
      ['1/2', '2/2'],
    );
  });

  it('stops at cancel with nothing, and Back on the first step asks it again', async () => {
    const { steps, seen } = scripted({ name: ['back', 'cancel'], region: [], key: [] });
    assert.equal(await runWizard(steps, {}), undefined);
    assert.deepEqual(
      seen.map((s) => s.step),
      ['name', 'name'],
    );
  });
});
