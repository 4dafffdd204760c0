import * as vscode from 'vscode';
import { workspaceTrustOverride } from './testHooks';

/**
 * Dry-run and submit send a request file from the workspace to a cloud account: only in a
 * trusted workspace. Editing, checking and completion work everywhere.
 */
export function cloudActionsAllowed(): boolean {
  return workspaceTrustOverride() ?? vscode.workspace.isTrusted;
}

export const UNTRUSTED_EXPLANATION =
  'This workspace is in Restricted Mode, so ECS requests from it are not sent: dry-run and submit are turned off. ' +
  'Editing and checking request files still work. ' +
  'If you trust the files in this folder, choose "Manage Workspace Trust" and trust it.';

/** Shows why a cloud action is refused; returns false so callers can `return refuseUntrusted()`. */
export function refuseUntrusted(action: string): false {
  void vscode.window
    .showWarningMessage(`${action} is turned off. ${UNTRUSTED_EXPLANATION}`, 'Manage Workspace Trust')
    .then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.trust.manage');
    });
  return false;
}
