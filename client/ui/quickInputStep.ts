import * as vscode from 'vscode';
import { noteQuickInput } from '../testHooks';
import type { StepAnswer, StepPosition } from './wizard';

/** What every step shows: a title, the counter ("2/5") and Back from the second step on. */
interface StepFrame {
  readonly title: string;
  readonly position: StepPosition;
}

function frame(input: vscode.QuickInput, { title, position }: StepFrame): void {
  input.title = title;
  // A lone step shows no "1/1".
  input.step = position.totalSteps > 1 ? position.step : undefined;
  input.totalSteps = position.totalSteps > 1 ? position.totalSteps : undefined;
  input.ignoreFocusOut = true;
}

/**
 * Shows `input` until it answers: Back (button or Alt+Left), cancel (Escape, focus elsewhere is
 * ignored) or a value from `onAccept`. The input is disposed afterwards.
 */
function answerOf<T>(
  input: vscode.QuickInput & { buttons: readonly vscode.QuickInputButton[] } & {
    onDidAccept: vscode.Event<void>;
    onDidTriggerButton: vscode.Event<vscode.QuickInputButton>;
  },
  position: StepPosition,
  onAccept: (settle: (answer: StepAnswer<T>) => void) => void,
  readyForTests = true,
): Promise<StepAnswer<T>> {
  input.buttons = position.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  return new Promise<StepAnswer<T>>((resolve) => {
    let settled = false;
    const settle = (answer: StepAnswer<T>) => {
      if (settled) return;
      settled = true;
      resolve(answer);
      input.dispose();
    };
    input.onDidTriggerButton((button) => {
      if (button === vscode.QuickInputButtons.Back) settle('back');
    });
    input.onDidAccept(() => onAccept(settle));
    input.onDidHide(() => settle('cancel'));
    input.show();
    if (readyForTests) noteQuickInput(input);
  });
}

export interface InputStepOptions extends StepFrame {
  readonly value?: string;
  readonly prompt?: string;
  readonly placeholder?: string;
  readonly password?: boolean;
  /** Keep blanks at the ends (a secret's value is taken as typed); default false. */
  readonly keepBlanks?: boolean;
  /** A message when the value cannot be taken (shown while typing and on Enter). */
  readonly validate?: (value: string) => string | undefined;
}

/** One text step. The answer is the trimmed value (unless `keepBlanks`). */
export function inputStep(options: InputStepOptions): Promise<StepAnswer<string>> {
  const input = vscode.window.createInputBox();
  frame(input, options);
  input.value = options.value ?? '';
  input.prompt = options.prompt;
  input.placeholder = options.placeholder;
  input.password = options.password ?? false;
  const problem = (value: string) => options.validate?.(value);
  input.onDidChangeValue((value) => {
    input.validationMessage = problem(value);
  });
  return answerOf<string>(input, options.position, (settle) => {
    const message = problem(input.value);
    input.validationMessage = message;
    if (!message) settle({ value: options.keepBlanks ? input.value : input.value.trim() });
  });
}

export interface PickStepOptions<T extends vscode.QuickPickItem> extends StepFrame {
  readonly items: readonly T[];
  readonly active?: T;
  readonly placeholder?: string;
  readonly matchOnDescription?: boolean;
}

/** One choice from a list. */
export function pickStep<T extends vscode.QuickPickItem>(options: PickStepOptions<T>): Promise<StepAnswer<T>> {
  const pick = vscode.window.createQuickPick<T>();
  frame(pick, options);
  pick.items = options.items;
  if (options.active) pick.activeItems = [options.active];
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = options.matchOnDescription ?? false;
  return answerOf<T>(pick, options.position, (settle) => {
    const [chosen] = pick.selectedItems.length ? pick.selectedItems : pick.activeItems;
    if (chosen) settle({ value: chosen });
  });
}

/**
 * A list whose items come from work done while it shows (busy meanwhile), e.g. a connection test.
 * `work` gets a signal that aborts when the user goes back or cancels.
 */
export function pickAfterWork<T extends vscode.QuickPickItem>(
  options: StepFrame & { readonly busyText: string },
  work: (signal: AbortSignal) => Promise<{ readonly placeholder: string; readonly items: readonly T[] }>,
): Promise<StepAnswer<T>> {
  const pick = vscode.window.createQuickPick<T>();
  frame(pick, options);
  pick.busy = true;
  pick.enabled = false;
  pick.placeholder = options.busyText;
  const abort = new AbortController();
  pick.onDidHide(() => abort.abort());
  const answer = answerOf<T>(
    pick,
    options.position,
    (settle) => {
      const [chosen] = pick.selectedItems.length ? pick.selectedItems : pick.activeItems;
      if (chosen) settle({ value: chosen });
    },
    false,
  );
  void work(abort.signal).then((result) => {
    if (abort.signal.aborted) return;
    pick.placeholder = result.placeholder;
    pick.items = result.items;
    pick.busy = false;
    pick.enabled = true;
    // Tests take this step once its items are there.
    noteQuickInput(pick);
  });
  return answer.finally(() => abort.abort());
}
