/**
 * A multi-step input with Back, as in VS Code's multi-step quick input sample: each step asks one
 * thing and answers with a value, "back" or "cancel". Pure (no vscode): the steps do the asking
 * (ui/quickInputStep.ts), this runner keeps the order, the counter and what Back returns to.
 */
export type StepAnswer<T> = { readonly value: T } | 'back' | 'cancel';

export interface StepPosition {
  /** 1-based number of this step among the steps that apply now. */
  readonly step: number;
  readonly totalSteps: number;
}

export interface WizardStep<S> {
  /** False: the step is left out (and not counted), e.g. keys taken from the environment. */
  readonly applies?: (state: S) => boolean;
  /** Asks; the answer's value is merged into the state. `state` holds earlier answers (to prefill). */
  readonly ask: (state: S, position: StepPosition) => Promise<StepAnswer<Partial<S>>>;
}

/**
 * Runs `steps` in order from `initial`. Back returns to the step asked before, prefilled with what
 * was entered; Back on the first step asks it again. Resolves with the final state, or undefined
 * when a step was cancelled.
 */
export async function runWizard<S>(steps: readonly WizardStep<S>[], initial: S): Promise<S | undefined> {
  let state = initial;
  const asked: number[] = [];
  let index = 0;
  while (index < steps.length) {
    const step = steps[index];
    if (step.applies && !step.applies(state)) {
      index++;
      continue;
    }
    const applying = steps.map((s) => !s.applies || s.applies(state));
    const position = {
      step: applying.slice(0, index + 1).filter(Boolean).length,
      totalSteps: applying.filter(Boolean).length,
    };
    const answer = await step.ask(state, position);
    if (answer === 'cancel') return undefined;
    if (answer === 'back') {
      index = asked.pop() ?? index;
      continue;
    }
    state = { ...state, ...answer.value };
    asked.push(index);
    index++;
  }
  return state;
}
