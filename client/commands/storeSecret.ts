import * as vscode from 'vscode';
import type { SecretStore } from '../profiles/secretStore';
import { SecretStorageUnavailableError } from '../profiles/secretStore';

/** "ECS: Store a Secret for ${secret:…}": the value a `${secret:NAME}` placeholder is filled with. */
export async function storeSecret(secrets: SecretStore, name?: string): Promise<boolean> {
  const key = name ?? await vscode.window.showInputBox({
    title: 'Secret name (as in ${secret:NAME})', placeHolder: 'ECS_ADMIN_PASS',
    validateInput: (v) => (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(v) ? undefined : 'Letters, digits, "_", "." and "-", starting with a letter or "_".'),
  });
  if (!key) return false;
  const value = await vscode.window.showInputBox({ title: `Value of \${secret:${key}}`, password: true, ignoreFocusOut: true, prompt: 'Kept in the system keychain; filled in only when a request is sent.' });
  if (value === undefined) return false;
  try {
    await secrets.storePlaceholder(key, value);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof SecretStorageUnavailableError ? error.message : String(error));
    return false;
  }
  void vscode.window.showInformationMessage(`Stored \${secret:${key}} in the system keychain.`);
  return true;
}
