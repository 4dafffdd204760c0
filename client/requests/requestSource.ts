import * as path from 'path';
import * as vscode from 'vscode';
import { showError } from '../ui/toast';
import {
  MissingValueError,
  prepareRequest,
  RequestShapeError,
  RequestSyntaxError,
  type PreparedRequest,
} from '../../cloud';
import { COMMANDS } from '../constants';
import { formatFromUri, REQUEST_LANGUAGE_IDS } from '../../request/languageIds';
import type { SecretStore } from '../profiles/secretStore';
import { DIAGNOSTIC_SOURCE } from '../../server/service/api';

/** The request document a command works on: the given URI, else the active editor's document. */
export async function requestDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || !REQUEST_LANGUAGE_IDS.includes(document.languageId)) {
    void vscode.window.showInformationMessage(
      'Open an ECS request file (*.ecs.yaml, *.ecs.yml or *.ecs.json) first, or run ' +
        '"ECS: Treat This File as an ECS Request File" on a JSON or YAML file.',
    );
    return undefined;
  }
  return document;
}

export function formatOf(document: vscode.TextDocument): 'json' | 'yaml' {
  return formatFromUri(document.fileName, document.languageId);
}

/** Errors the language server found in the document (the ones the service would refuse). */
export function localErrors(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.severity === vscode.DiagnosticSeverity.Error);
}

/**
 * The exact JSON body for the document: comments dropped, `${env:…}` and `${secret:…}` filled in.
 * Shows what is wrong and returns undefined when it cannot be built.
 */
export async function prepareDocument(
  document: vscode.TextDocument,
  secrets: SecretStore,
): Promise<PreparedRequest | undefined> {
  try {
    return await prepareRequest(document.getText(), formatOf(document), {
      env: process.env,
      secrets: { get: (name) => secrets.getPlaceholder(name) },
      howToProvide: {
        env: 'Set it in the environment VS Code is started from',
        secret: `Run "ECS: Store a Secret for \${secret:…}" to keep it in VS Code's secret storage`,
      },
    });
  } catch (error) {
    const file = path.basename(document.fileName);
    if (error instanceof MissingValueError) {
      void showError(`${file}: ${error.message}`, 'Store a Secret').then((c) => {
        if (c)
          void vscode.commands.executeCommand(
            COMMANDS.storeSecret,
            error.missing.find((m) => m.kind === 'secret')?.name,
          );
      });
    } else if (error instanceof RequestSyntaxError || error instanceof RequestShapeError) {
      void showError(`${file} cannot be sent: ${error.message}`);
    } else {
      void showError(`${file} cannot be sent: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
  }
}
