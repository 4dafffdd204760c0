import * as vscode from 'vscode';

/**
 * Switches that only the end-to-end tests may flip. They are read only when VS Code runs the
 * extension under its test runner (ExtensionMode.Test), so a user's environment cannot use them
 * to skip a confirmation.
 *
 * The extension is several bundles (dist/extension.js and those it loads on first use, see
 * scripts/build.mjs), each with its own copy of this module; the switches live in one object per
 * process so that every copy reads the same ones.
 */
interface TestSwitches {
  underTest: boolean;
  trustOverride: boolean | undefined;
  /** Modal questions asked so far (message, detail, buttons), newest last. */
  questions: AskedQuestion[];
  /** Answers the next modal questions take instead of the first button (undefined = cancelled). */
  scriptedAnswers: (string | undefined)[];
  /** Quick inputs the wizard showed that no test took yet, and tests waiting for the next one. */
  shownInputs: vscode.QuickInput[];
  /** Notifications shown through ui/toast.ts, newest last. */
  toasts: ShownToast[];
  inputWaiters: ((input: vscode.QuickInput) => void)[];
}

export interface ShownToast {
  readonly kind: 'error' | 'warning' | 'info';
  readonly text: string;
}

export interface AskedQuestion {
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly string[];
}

const SWITCHES_KEY = Symbol.for('ecs-request-tools.testSwitches');

function switches(): TestSwitches {
  const holder = globalThis as { [SWITCHES_KEY]?: TestSwitches };
  return (holder[SWITCHES_KEY] ??= {
    underTest: false,
    trustOverride: undefined,
    questions: [],
    scriptedAnswers: [],
    shownInputs: [],
    inputWaiters: [],
    toasts: [],
  });
}

export function initTestHooks(context: vscode.ExtensionContext): void {
  switches().underTest = context.extensionMode === vscode.ExtensionMode.Test;
}

/** ECS_TEST_AUTO_CONFIRM=1 under the test runner: modal questions take their first (affirmative) answer. */
export function autoConfirm(): boolean {
  return isUnderTest() && process.env.ECS_TEST_AUTO_CONFIRM === '1';
}

/** Under the test runner: pretend the workspace is (un)trusted; undefined = ask VS Code. */
export function workspaceTrustOverride(): boolean | undefined {
  return isUnderTest() ? switches().trustOverride : undefined;
}

export function setWorkspaceTrustOverride(value: boolean | undefined): void {
  if (isUnderTest()) switches().trustOverride = value;
}

export function isUnderTest(): boolean {
  return switches().underTest;
}

/** Under the test runner: remembers a modal question, so tests see what was asked. */
export function recordQuestion(question: AskedQuestion): void {
  if (isUnderTest()) switches().questions.push(question);
}

/** Under the test runner: the questions asked so far. */
export function askedQuestions(): readonly AskedQuestion[] {
  return isUnderTest() ? [...switches().questions] : [];
}

/** Under the test runner: the next modal questions take these answers (undefined = the user cancelled). */
export function scriptAnswers(answers: readonly (string | undefined)[]): void {
  if (isUnderTest()) switches().scriptedAnswers.push(...answers);
}

/** The scripted answer for the question being asked, if a test gave one. */
export function takeScriptedAnswer(): { answer: string | undefined } | undefined {
  const queue = switches().scriptedAnswers;
  return isUnderTest() && queue.length > 0 ? { answer: queue.shift() } : undefined;
}

/** Under the test runner: a wizard step was shown (tests drive it like a user through commands). */
export function noteQuickInput(input: vscode.QuickInput): void {
  if (!isUnderTest()) return;
  const waiter = switches().inputWaiters.shift();
  if (waiter) waiter(input);
  else switches().shownInputs.push(input);
}

/** Under the test runner: the next wizard step shown (resolves when it is). */
export function takeQuickInput(): Promise<vscode.QuickInput> {
  if (!isUnderTest()) return Promise.reject(new Error('only under the test runner'));
  const shown = switches().shownInputs.shift();
  return shown ? Promise.resolve(shown) : new Promise((resolve) => switches().inputWaiters.push(resolve));
}

/** Under the test runner: remembers a notification, so tests see its text. */
export function recordToast(toast: ShownToast): void {
  if (isUnderTest()) switches().toasts.push(toast);
}

/** Under the test runner: the notifications shown so far. */
export function shownToasts(): readonly ShownToast[] {
  return isUnderTest() ? [...switches().toasts] : [];
}
