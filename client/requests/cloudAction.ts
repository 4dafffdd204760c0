import * as path from 'path';
import * as vscode from 'vscode';
import { CloudError, type PreparedRequest } from '../../cloud';
import type { ClientFactoryDeps } from '../cloud/clientFactory';
import type { Profile } from '../profiles/profile';
import { SecretStorageUnavailableError } from '../profiles/secretStore';
import { cloudActionsAllowed, refuseUntrusted } from '../trust';
import { askModal } from '../ui/ask';
import { localErrors, prepareDocument, requestDocument } from './requestSource';

/** Everything a dry-run or submit starts from. */
export interface ReadyRequest {
  readonly document: vscode.TextDocument;
  readonly prepared: PreparedRequest;
  readonly profile: Profile;
  readonly fileName: string;
  /** The language server's diagnostics of the text being sent (the local checks). */
  readonly local: readonly vscode.Diagnostic[];
}

/** Where the local checks are read: the server asked for the current text (see client/localChecks.ts). */
export interface LocalChecksDeps {
  readonly localDiagnostics: (document: vscode.TextDocument) => Promise<vscode.Diagnostic[]>;
}

/**
 * The common first steps of dry-run and submit: workspace trust, the request document, local
 * errors (send anyway or stop), and the exact body. Undefined when the user stops or it cannot go.
 */
export async function prepareCloudAction(
  action: string,
  uri: vscode.Uri | undefined,
  deps: ClientFactoryDeps & LocalChecksDeps,
): Promise<ReadyRequest | undefined> {
  if (!cloudActionsAllowed()) return refuseUntrusted(action) || undefined;
  const document = await requestDocument(uri);
  if (!document) return undefined;
  const fileName = path.basename(document.fileName);
  const local = await deps.localDiagnostics(document);
  const errors = localErrors(local);
  if (errors.length > 0) {
    const first = errors[0];
    const choice = await askModal(
      deps.log,
      `${fileName} has ${errors.length} problem${errors.length === 1 ? '' : 's'} the service is likely to refuse. ` +
        `${action} anyway?`,
      `First problem, line ${first.range.start.line + 1}: ${first.message}`,
      `${action} Anyway`,
      'Show Problems',
    );
    if (choice === 'Show Problems') void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice !== `${action} Anyway`) return undefined;
  }
  const prepared = await prepareDocument(document, deps.secrets);
  if (!prepared) return undefined;
  return { document, prepared, profile: deps.profiles.active(), fileName, local };
}

/** A cloud, keychain or other failure as a message (the cloud core's messages say what to do). */
export function describeFailure(error: unknown): string {
  if (error instanceof SecretStorageUnavailableError) return error.message;
  if (error instanceof CloudError)
    return 'describe' in error && typeof error.describe === 'function'
      ? (error.describe as () => string)()
      : error.message;
  return error instanceof Error ? error.message : String(error);
}
