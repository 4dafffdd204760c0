import * as vscode from 'vscode';
import type { SecretStore } from '../profiles/secretStore';
import { SecretStorageUnavailableError } from '../profiles/secretStore';
import { askModal } from '../ui/ask';
import { inputStep, pickStep } from '../ui/quickInputStep';

const NAME_RULE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * "ECS: Store a Secret for ${secret:…}": the value a `${secret:NAME}` placeholder is filled with.
 * With `name` (the quick fix on a placeholder with nothing stored) only the value is asked.
 */
export async function storeSecret(secrets: SecretStore, name?: string): Promise<boolean> {
  const given = typeof name === 'string' && NAME_RULE.test(name) ? name : undefined;
  const totalSteps = given ? 1 : 2;
  let key = given;
  for (;;) {
    if (!key) {
      const asked = await inputStep({
        title: 'Secret name (as in ${secret:NAME})',
        position: { step: 1, totalSteps },
        value: name,
        placeholder: 'ECS_ADMIN_PASS',
        validate: (v) =>
          NAME_RULE.test(v.trim()) ? undefined : 'Letters, digits, "_", "." and "-", starting with a letter or "_".',
      });
      if (typeof asked !== 'object') return false;
      key = asked.value;
    }
    const value = await inputStep({
      title: `Value of \${secret:${key}}`,
      position: { step: totalSteps, totalSteps },
      password: true,
      keepBlanks: true,
      prompt: "Kept in VS Code's secret storage; filled in only when a request is sent.",
      // An empty secret would be sent as an empty field: refuse it here rather than at submit time.
      validate: (v) => (v.length > 0 ? undefined : 'Enter a value, or press Escape to cancel.'),
    });
    if (value === 'cancel') return false;
    if (value === 'back') {
      if (given) return false;
      key = undefined;
      continue;
    }
    try {
      await secrets.storePlaceholder(key, value.value);
    } catch (error) {
      void vscode.window.showErrorMessage(
        error instanceof SecretStorageUnavailableError ? error.message : String(error),
      );
      return false;
    }
    void vscode.window.showInformationMessage(`Stored \${secret:${key}} in VS Code's secret storage.`);
    return true;
  }
}

/** "ECS: Delete a Stored Secret…": removes a `${secret:NAME}` value, after a confirmation. */
export async function deleteSecret(
  secrets: SecretStore,
  log: vscode.LogOutputChannel,
  name?: string,
): Promise<boolean> {
  try {
    let key = typeof name === 'string' ? name : undefined;
    if (!key) {
      const names = await secrets.placeholderNames();
      if (names.length === 0) {
        void vscode.window.showInformationMessage('No ${secret:NAME} value is stored: there is nothing to delete.');
        return false;
      }
      const picked = await pickStep({
        title: 'Delete a stored secret',
        position: { step: 1, totalSteps: 1 },
        items: names.map((label) => ({ label })),
        placeholder: 'The secret whose value to delete (request files keep their ${secret:NAME})',
      });
      if (typeof picked !== 'object') return false;
      key = picked.value.label;
    }
    const detail = 'Request files that use it will stop at dry-run or submit until a value is stored again.';
    if ((await askModal(log, `Delete the stored value of \${secret:${key}}?`, detail, 'Delete')) !== 'Delete')
      return false;
    await secrets.deletePlaceholder(key);
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof SecretStorageUnavailableError ? error.message : String(error));
    return false;
  }
  return true;
}
