import * as vscode from 'vscode';
import type { DryRunResult } from './dryRunNote';

/**
 * The last dry-run result of each open request file, for the text it was sent with (document
 * version). Any edit drops it, so the CodeLens never claims a result for text that was not checked.
 * Lives in dist/extension.js (the lens does); the dry-run command (cloud bundle) records into it.
 */
export class DryRunNotes implements vscode.Disposable {
  private readonly results = new Map<string, { version: number; result: DryRunResult }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && this.results.delete(e.document.uri.toString())) this.changed.fire();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      this.results.delete(d.uri.toString());
    }),
  ];

  /** Records the result of the dry-run of `document` as it was at `version` (when it was sent). */
  record(document: vscode.TextDocument, version: number, result: DryRunResult): void {
    if (document.version !== version) return; // Edited while the dry-run ran: the result is for older text.
    this.results.set(document.uri.toString(), { version, result });
    this.changed.fire();
  }

  get(document: vscode.TextDocument): DryRunResult | undefined {
    const entry = this.results.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.result : undefined;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
