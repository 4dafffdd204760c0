import * as vscode from 'vscode';
import type { SecretStore } from '../profiles/secretStore';
import { SecretStorageUnavailableError } from '../profiles/secretStore';

/** "ECS: Store a Secret for ${secret:…}": the value a `${secret:NAME}` placeholder is filled with. */
export async function storeSecret(secrets: SecretStore, name?: string): Promise<boolean> {
  const key =
    name ??
    (await vscode.window.showInputBox({
      title: 'Secret name (as in ${secret:NAME})',
      placeHolder: 'ECS_ADMIN_PASS',
      validateInput: (v) =>
        /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(v)
          ? undefined
          : 'Letters, digits, "_", "." and "-", starting with a letter or "_".',
    }));
  if (!key) return false;
  const value = await vscode.window.showInputBox({
    title: `Value of \${secret:${key}}`,
    password: true,
    ignoreFocusOut: true,
    prompt: "Kept in VS Code's secret storage; filled in only when a request is sent.",
    // An empty secret would be sent as an empty field: refuse it here rather than at submit time.
    validateInput: (v) => (v.length > 0 ? undefined : 'Enter a value, or press Escape to cancel.'),
  });
  if (!value) return false;
  try {
    await secrets.storePlaceholder(key, value);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof SecretStorageUnavailableError ? error.message : String(error));
    return false;
  }
  void vscode.window.showInformationMessage(`Stored \${secret:${key}} in VS Code's secret storage.`);
  return true;
}
