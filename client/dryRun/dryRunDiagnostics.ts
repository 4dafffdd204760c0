import * as vscode from 'vscode';
import { DRY_RUN_DIAGNOSTIC_SOURCE } from '../constants';
import { fieldProblems, problemMessage, type CloudErrorLike } from '../../cloud/errorFields';
import { locateField } from './fieldLocation';

/**
 * Diagnostics from the last failed dry-run (source "ECS dry-run"), on the fields the service
 * named. They describe the file as it was sent, so any edit of the file clears them.
 */
export class DryRunDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('ecs-dry-run');
  private readonly subscription = vscode.workspace.onDidChangeTextDocument((e) => {
    if (e.contentChanges.length > 0 && this.collection.has(e.document.uri)) this.collection.delete(e.document.uri);
  });

  /** Puts the error on its fields; returns how many diagnostics were placed. */
  show(document: vscode.TextDocument, format: 'json' | 'yaml', error: CloudErrorLike, body: unknown): number {
    const text = document.getText();
    const diagnostics = fieldProblems(error, body).map((problem) => {
      const span = locateField(text, format, problem.path);
      const range = new vscode.Range(document.positionAt(span.offset), document.positionAt(span.offset + span.length));
      const diagnostic = new vscode.Diagnostic(range, problemMessage(problem), vscode.DiagnosticSeverity.Error);
      diagnostic.source = DRY_RUN_DIAGNOSTIC_SOURCE;
      diagnostic.code = problem.code;
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
    return diagnostics.length;
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
