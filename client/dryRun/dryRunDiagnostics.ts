import * as vscode from 'vscode';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import { fieldProblems, problemMessage, type CloudErrorLike } from '../../cloud/errorFields';
import type { AccountSnapshot } from '../../request/accountSnapshot';
import { ACCOUNT_DIAGNOSTIC_SOURCE, DRY_RUN_DIAGNOSTIC_SOURCE, REQUEST_DOCUMENT_SELECTOR } from '../constants';
import { locateField } from './fieldLocation';
import { fixEdits, fixesOf, parseRequest, refusalFixesOf, type PreflightFix } from './preflightFindings';

/** A diagnostic this collection shows and the fixes it offers. */
interface Entry {
  readonly diagnostic: vscode.Diagnostic;
  readonly fixes: readonly PreflightFix[];
}

/**
 * Diagnostics of the last pre-flight (Dry-Run Request) of each file: the cloud's refusal on the
 * fields it named (source "ECS dry-run") and the account findings (source "ECS account"), each
 * with the quick fixes that are known (the error catalog's for a refusal, the account checks'
 * own). They describe the file as it was checked, so any edit of the file clears them.
 */
export class DryRunDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];
  private readonly collection = vscode.languages.createDiagnosticCollection('ecs-dry-run');
  private readonly entries = new Map<string, Entry[]>();
  private readonly subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && this.collection.has(e.document.uri)) this.clear(e.document.uri);
    }),
    vscode.languages.registerCodeActionsProvider(REQUEST_DOCUMENT_SELECTOR, this, {
      providedCodeActionKinds: DryRunDiagnostics.providedCodeActionKinds,
    }),
  ];

  /**
   * Puts a refusal on its fields, with the catalog's fixes (those that need account data use
   * `snapshot` when there is one); returns how many diagnostics were placed.
   */
  show(
    document: vscode.TextDocument,
    format: 'json' | 'yaml',
    error: CloudErrorLike,
    body: unknown,
    snapshot?: AccountSnapshot,
  ): number {
    const text = document.getText();
    const added = fieldProblems(error, body).map((problem): Entry => {
      const span = locateField(text, format, problem.path);
      const range = new vscode.Range(document.positionAt(span.offset), document.positionAt(span.offset + span.length));
      const diagnostic = new vscode.Diagnostic(range, problemMessage(problem), vscode.DiagnosticSeverity.Error);
      diagnostic.source = DRY_RUN_DIAGNOSTIC_SOURCE;
      diagnostic.code = problem.code;
      return { diagnostic, fixes: refusalFixesOf(problem, body, snapshot) };
    });
    this.add(document.uri, added);
    return added.length;
  }

  /** Puts the account findings (LSP diagnostics of the language service) on their fields. */
  showAccount(document: vscode.TextDocument, findings: readonly LspDiagnostic[]): void {
    const added = findings.map((finding): Entry => {
      const { start, end } = finding.range;
      const range = new vscode.Range(start.line, start.character, end.line, end.character);
      const diagnostic = new vscode.Diagnostic(range, finding.message, toSeverity(finding.severity));
      diagnostic.source = ACCOUNT_DIAGNOSTIC_SOURCE;
      if (finding.code !== undefined) diagnostic.code = finding.code;
      return { diagnostic, fixes: fixesOf(finding) };
    });
    this.add(document.uri, added);
  }

  private add(uri: vscode.Uri, added: Entry[]): void {
    const entries = [...(this.entries.get(uri.toString()) ?? []), ...added];
    this.entries.set(uri.toString(), entries);
    this.collection.set(
      uri,
      entries.map((e) => e.diagnostic),
    );
  }

  clear(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** Quick fixes of this collection's diagnostics (VS Code hands copies: matched by range, code and text). */
  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const entries = this.entries.get(document.uri.toString());
    if (!entries) return [];
    const asked = context.diagnostics.filter(
      (d) => d.source === DRY_RUN_DIAGNOSTIC_SOURCE || d.source === ACCOUNT_DIAGNOSTIC_SOURCE,
    );
    const matching = entries.filter(
      (entry) => entry.fixes.length > 0 && asked.some((d) => sameDiagnostic(d, entry.diagnostic)),
    );
    if (matching.length === 0) return [];
    const format = document.languageId === 'ecs-json' || /\.jsonc?$/i.test(document.fileName) ? 'json' : 'yaml';
    const parsed = parseRequest(document.uri.toString(), document.version, document.getText(), format);
    return matching.flatMap(({ diagnostic, fixes }) =>
      fixEdits(parsed, toLsp(diagnostic), fixes).map(({ title, edits, isPreferred }) => {
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = isPreferred;
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of edits) {
          const { start, end } = edit.range;
          action.edit.replace(
            document.uri,
            new vscode.Range(start.line, start.character, end.line, end.character),
            edit.newText,
          );
        }
        return action;
      }),
    );
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.collection.dispose();
  }
}

function sameDiagnostic(a: vscode.Diagnostic, b: vscode.Diagnostic): boolean {
  const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
  return a.range.isEqual(b.range) && a.message === b.message && code(a) === code(b);
}

function toSeverity(severity: LspDiagnostic['severity']): vscode.DiagnosticSeverity {
  switch (severity) {
    case 2:
      return vscode.DiagnosticSeverity.Warning;
    case 3:
      return vscode.DiagnosticSeverity.Information;
    case 4:
      return vscode.DiagnosticSeverity.Hint;
    default:
      return vscode.DiagnosticSeverity.Error;
  }
}

function toLsp(diagnostic: vscode.Diagnostic): LspDiagnostic {
  const { start, end } = diagnostic.range;
  return {
    range: {
      start: { line: start.line, character: start.character },
      end: { line: end.line, character: end.character },
    },
    message: diagnostic.message,
  };
}
