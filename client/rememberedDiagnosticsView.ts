/**
 * Shows a request file's remembered diagnostics (rememberedDiagnostics.ts) from activation until
 * the language server's first answer, which replaces them, and remembers each answer for the next
 * window reload. Only before the server's first answer: after it, the server answers a newly
 * opened file itself within a few milliseconds.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../server/service/api';
import { CONFIG_SECTION } from './constants';
import {
  RememberedDiagnostics,
  rememberable,
  sameRemembered,
  verdictKey,
  type RememberedDiagnostic,
  type VerdictInputs,
} from './rememberedDiagnostics';

export class RememberedDiagnosticsView implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('ecs-remembered');
  private readonly memory: RememberedDiagnostics;
  private readonly listeners: vscode.Disposable[];
  /** Set by the server's first answer: from then on it speaks for itself (and shows its own). */
  private answered = false;
  /** What was put on screen per file, until the server's answer (compared with it, in the log). */
  private readonly shown = new Map<string, readonly RememberedDiagnostic[]>();
  /**
   * The version alone would not do: a build from source keeps its version while its checks change.
   * One stat at activation.
   */
  private readonly serverBuild: string;

  constructor(
    context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly isRequestDocument: (document: vscode.TextDocument) => boolean,
    /** Told each time remembered diagnostics are put on screen (the start time line). */
    private readonly onShown: (document: vscode.TextDocument) => void,
  ) {
    this.memory = new RememberedDiagnostics(context.workspaceState);
    this.serverBuild = serverBuildOf(context);
    const forget = (uri: vscode.Uri) => {
      this.shown.delete(uri.toString());
      this.collection.delete(uri);
    };
    this.listeners = [
      vscode.workspace.onDidOpenTextDocument((document) => this.show(document)),
      // Ranges and verdicts were for the text as it was; the server answers the edit.
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0) forget(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => forget(document.uri)),
    ];
    for (const document of vscode.workspace.textDocuments) this.show(document);
  }

  private inputsOf(document: vscode.TextDocument): VerdictInputs {
    return {
      serverBuild: this.serverBuild,
      languageId: document.languageId,
      settings: vscode.workspace.getConfiguration().get(CONFIG_SECTION),
    };
  }

  /** Whether the server answered a diagnostics pull: diagnostics on screen are then its own. */
  get serverAnswered(): boolean {
    return this.answered;
  }

  private show(document: vscode.TextDocument): void {
    if (this.answered || !this.isRequestDocument(document)) return;
    const remembered = this.memory.recall(
      document.uri.toString(),
      verdictKey(this.inputsOf(document), document.getText()),
    );
    if (!remembered?.length) return;
    this.collection.set(document.uri, remembered.map(toDiagnostic));
    this.shown.set(document.uri.toString(), remembered);
    this.onShown(document);
  }

  /**
   * The server answered for `document` as it was at `version`: its answer replaces what was shown,
   * and a full one (`diagnostics`) is remembered if the text is still that version.
   */
  serverAnswer(document: vscode.TextDocument, version: number, diagnostics: readonly vscode.Diagnostic[] | undefined) {
    this.answered = true;
    const uri = document.uri.toString();
    const shown = this.shown.get(uri);
    this.shown.delete(uri);
    this.collection.delete(document.uri);
    if (!diagnostics || document.isClosed || document.version !== version) return;
    const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const kept = rememberable(ours, (line) => (line < document.lineCount ? document.lineAt(line).text : ''));
    if (shown) this.compare(document, shown, kept);
    this.memory.remember(uri, verdictKey(this.inputsOf(document), document.getText()), kept);
  }

  /** Says in the log whether the server confirmed what was shown (the e2e `reload` step reads it). */
  private compare(
    document: vscode.TextDocument,
    shown: readonly RememberedDiagnostic[],
    answer: readonly RememberedDiagnostic[],
  ): void {
    const name = path.basename(document.uri.path);
    if (sameRemembered(shown, answer)) {
      this.log.info(`Remembered diagnostics of ${name} (${shown.length}) matched the server's answer.`);
    } else {
      this.log.warn(
        `Remembered diagnostics of ${name} differed from the server's answer (${shown.length} shown, ` +
          `${answer.length} of the same kinds answered); the server's are shown now.`,
      );
    }
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.collection.dispose();
  }
}

function serverBuildOf(context: vscode.ExtensionContext): string {
  const version = String(context.extension.packageJSON.version);
  try {
    const bundle = fs.statSync(context.asAbsolutePath('dist/server.js'));
    return `${version} ${bundle.size} ${bundle.mtimeMs}`;
  } catch {
    return version;
  }
}

function toDiagnostic(remembered: RememberedDiagnostic): vscode.Diagnostic {
  const [startLine, startCharacter, endLine, endCharacter] = remembered.range;
  const range = new vscode.Range(startLine, startCharacter, endLine, endCharacter);
  const diagnostic = new vscode.Diagnostic(range, remembered.message, remembered.severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  if (remembered.code !== undefined) {
    diagnostic.code =
      remembered.codeTarget !== undefined
        ? { value: remembered.code, target: vscode.Uri.parse(remembered.codeTarget) }
        : remembered.code;
  }
  if (remembered.tags) diagnostic.tags = [...remembered.tags];
  return diagnostic;
}
