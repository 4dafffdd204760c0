import * as vscode from 'vscode';
import { findSchemaFile } from '../schemaLocation';

/** Opens the bundled JSON Schema read-only beside the request. */
export async function openSchema(context: vscode.ExtensionContext): Promise<vscode.Uri | undefined> {
  const schema = findSchemaFile(context);
  if (!schema) {
    void vscode.window.showWarningMessage(
      'The ECS request schema is missing from the extension folder (schemas/). Reinstall the extension.',
    );
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(schema);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return schema;
}
