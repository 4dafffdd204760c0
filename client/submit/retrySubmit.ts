import * as path from 'path';
import * as vscode from 'vscode';
import { showError } from '../ui/toast';
import { CLIENT_TOKEN_LIFETIME_MS } from '../../cloud';
import { connect } from '../cloud/clientFactory';
import type { JobRecord } from '../jobs/jobModel';
import { describeFailure } from '../requests/cloudAction';
import { prepareDocument } from '../requests/requestSource';
import { cloudActionsAllowed, refuseUntrusted } from '../trust';
import { askModal } from '../ui/ask';
import { sendCreate } from './sendCreate';
import { afterCreate, type SubmitDeps } from './submitCommand';

/**
 * "Retry with the Same Token" on a submit whose outcome is unknown: the request file is prepared
 * again and must give the same fingerprint (same body to the same target), else the service would
 * refuse the token (Ecs.0122) or, with a new token, possibly create a second set of servers.
 */
export async function retrySubmit(job: JobRecord, deps: SubmitDeps): Promise<JobRecord | undefined> {
  if (!cloudActionsAllowed()) return refuseUntrusted('Retrying a submit') || undefined;
  if (!job.clientToken || !job.requestFile) return undefined;
  const profile = deps.profiles.get(job.profileId);
  if (!profile) {
    void vscode.window.showErrorMessage(
      `Profile "${job.profileName}" was removed, so this submit cannot be retried. ` +
        'Check for the servers in the console.',
    );
    return undefined;
  }
  const expires = Date.parse(job.tokenFirstSentAt ?? job.submittedAt) + CLIENT_TOKEN_LIFETIME_MS;
  if (Date.now() > expires - 10 * 60_000) {
    void vscode.window.showErrorMessage(
      `The client token of this submit has expired (8 hours): a retry could create a second set of servers. ` +
        'Check for servers by name first; submit the file again only if none exist.',
    );
    return undefined;
  }
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(vscode.Uri.parse(job.requestFile));
  } catch {
    void vscode.window.showErrorMessage(
      `The request file of this submit is no longer there (${vscode.Uri.parse(job.requestFile).fsPath}).`,
    );
    return undefined;
  }
  const fileName = path.basename(document.fileName);
  const prepared = await prepareDocument(document, deps.secrets);
  if (!prepared) return undefined;
  let connection;
  try {
    connection = await connect(
      { ...profile, projectId: job.projectId },
      { ...deps, extraSecrets: () => prepared.filledValues },
    );
  } catch (error) {
    void showError(`Cannot retry ${fileName}: ${describeFailure(error)}`);
    return undefined;
  }
  try {
    const intent = await connection.client.describeCreate(prepared.value, {
      dryRun: false,
      clientToken: job.clientToken,
    });
    if (intent.fingerprint !== job.fingerprint) {
      void vscode.window.showErrorMessage(
        `${fileName} or its target changed since the lost submit, so it cannot be retried with the same ` +
          'client token. Check for servers by name first; undo the change to retry safely.',
      );
      return undefined;
    }
    const choice = await askModal(
      deps.log,
      `Retry submitting ${fileName} with the same client token?`,
      `Token ${job.clientToken}. If the first attempt created the servers, ` +
        'the service answers with that result and creates nothing new.',
      'Retry',
    );
    if (choice !== 'Retry') return undefined;
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Retrying ${fileName}` },
      () =>
        sendCreate(
          {
            connection: connection!,
            body: prepared.value,
            requestFile: job.requestFile,
            fileName,
            signal: new AbortController().signal,
            clientToken: job.clientToken,
            tokenFirstSentAt: job.tokenFirstSentAt,
          },
          deps,
        ),
    );
    if (outcome.kind === 'refused') {
      // The first attempt may still have created servers: keep the record, with the new reason.
      await deps.jobs.add({ ...job, failReason: outcome.message });
    }
    return await afterCreate(outcome, fileName, deps);
  } finally {
    await connection.client.close();
  }
}
