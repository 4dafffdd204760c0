import * as vscode from 'vscode';

/**
 * Switches that only the end-to-end tests may flip. They are read only when VS Code runs the
 * extension under its test runner (ExtensionMode.Test), so a user's environment cannot use them
 * to skip a confirmation.
 */
let underTest = false;
let trustOverride: boolean | undefined;

export function initTestHooks(context: vscode.ExtensionContext): void {
  underTest = context.extensionMode === vscode.ExtensionMode.Test;
}

/** ECS_TEST_AUTO_CONFIRM=1 under the test runner: modal questions take their first (affirmative) answer. */
export function autoConfirm(): boolean {
  return underTest && process.env.ECS_TEST_AUTO_CONFIRM === '1';
}

/** Under the test runner: pretend the workspace is (un)trusted; undefined = ask VS Code. */
export function workspaceTrustOverride(): boolean | undefined {
  return underTest ? trustOverride : undefined;
}

export function setWorkspaceTrustOverride(value: boolean | undefined): void {
  if (underTest) trustOverride = value;
}

export function isUnderTest(): boolean {
  return underTest;
}
