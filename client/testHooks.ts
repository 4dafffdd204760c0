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
}

const SWITCHES_KEY = Symbol.for('ecs-request-tools.testSwitches');

function switches(): TestSwitches {
  const holder = globalThis as { [SWITCHES_KEY]?: TestSwitches };
  return (holder[SWITCHES_KEY] ??= { underTest: false, trustOverride: undefined });
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
