import * as vscode from 'vscode';
import { COMMANDS } from '../constants';
import { dryRunNoteTitle } from '../dryRun/dryRunNote';
import type { DryRunNotes } from '../dryRun/dryRunNotes';
import type { ProfileStore } from '../profiles/profileStore';
import { cloudActionsAllowed, UNTRUSTED_EXPLANATION } from '../trust';

/** Line of the `server` key (JSON or YAML), where the lenses go; the first line otherwise. */
function serverLine(document: vscode.TextDocument): number {
  const match = /^\s*(?:\{\s*)?"?server"?\s*:/m.exec(document.getText());
  return match ? document.positionAt(match.index + match[0].indexOf('server')).line : 0;
}

/**
 * "Dry-run | Submit · profile" above the request, then what the last dry-run of this text said
 * ("Dry-run passed at 10:42 against Local emulator") until the next edit. In Restricted Mode one
 * lens says instead why they are off and opens the trust settings, so the actions do not just vanish.
 */
export class RequestCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly profiles: ProfileStore,
    private readonly dryRuns: DryRunNotes,
  ) {
    this.subscriptions = [
      profiles.onDidChange(() => this.changed.fire()),
      dryRuns.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire()),
    ];
  }

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const range = new vscode.Range(serverLine(document), 0, serverLine(document), 0);
    if (!cloudActionsAllowed()) {
      return [
        new vscode.CodeLens(range, {
          title: '$(shield) Dry-run and Submit are off in Restricted Mode',
          command: 'workbench.trust.manage',
          tooltip: UNTRUSTED_EXPLANATION,
        }),
      ];
    }
    const profile = this.profiles.active();
    const last = this.dryRuns.get(document);
    const note = last
      ? [
          new vscode.CodeLens(range, {
            title: dryRunNoteTitle(last),
            tooltip: last.detail,
            command: last.passed ? '' : 'workbench.actions.view.problems',
          }),
        ]
      : [];
    return [
      new vscode.CodeLens(range, {
        title: '$(beaker) Dry-run',
        command: COMMANDS.dryRun,
        arguments: [document.uri],
        tooltip: 'Let the service check this request without creating anything',
      }),
      new vscode.CodeLens(range, {
        title: '$(cloud-upload) Submit…',
        command: COMMANDS.submit,
        arguments: [document.uri],
        tooltip: 'Create the servers (asks for confirmation first)',
      }),
      new vscode.CodeLens(range, {
        title: `$(account) ${profile.name}`,
        command: COMMANDS.selectProfile,
        tooltip: 'Profile the request is sent with; click to switch',
      }),
      ...note,
    ];
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
