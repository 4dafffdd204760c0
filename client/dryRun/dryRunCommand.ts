import * as vscode from 'vscode';
import { showError } from '../ui/toast';
import { EcsApiError } from '../../cloud';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import { describeFailure, prepareCloudAction } from '../requests/cloudAction';
import { formatOf } from '../requests/requestSource';
import type { DryRunDiagnostics } from './dryRunDiagnostics';
import type { DryRunNotes } from './dryRunNotes';
import { withoutCodeSpans } from '../ui/plainText';

export interface DryRunOutcome {
  readonly ok: boolean;
  /** Error code when the service refused the request. */
  readonly code?: string;
  /** Diagnostics placed on fields. */
  readonly diagnostics?: number;
  readonly message?: string;
}

/** What the service's dry-run covers and what it does not, said after every successful check. */
const COVERAGE =
  'The service checked the required fields and the request format. It does not check quotas, prices, ' +
  'or the details of a new EIP (type, bandwidth billing), so a real submit can still fail on those.';

/**
 * "ECS: Dry-Run Request": sends the body with `dry_run: true`. The answer is a notification, a log
 * line and a note in the request's CodeLens ("Dry-run passed at 10:42 against …") until the next
 * edit; a refusal that names a field becomes a diagnostic on that field (source "ECS dry-run").
 *
 * VS Code cannot close a notification, so a refusal's toast must not outlive the problem with a
 * long claim: when the refusal is marked on fields, the toast only says that (code and file), and
 * the diagnostics and the lens (its tooltip has the whole answer) carry the state, and both go
 * with the next edit. A refusal that names no field keeps the whole text in the toast.
 */
export async function dryRun(
  uri: vscode.Uri | undefined,
  deps: ClientFactoryDeps & { diagnostics: DryRunDiagnostics; notes: DryRunNotes },
): Promise<DryRunOutcome | undefined> {
  const ready = await prepareCloudAction('Dry-run', uri, deps);
  if (!ready) return undefined;
  const { document, prepared, profile, fileName } = ready;
  const sentVersion = document.version;
  deps.diagnostics.clear(document.uri);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Dry-run of ${fileName} with profile "${profile.name}"`,
      cancellable: true,
    },
    async (_progress, token): Promise<DryRunOutcome> => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let connection;
      try {
        connection = await connect(profile, { ...deps, extraSecrets: () => prepared.filledValues }, abort.signal);
        const result = await connection.client.createServers(prepared.value, { dryRun: true, signal: abort.signal });
        const message = `Dry-run passed: ${fileName} was accepted by ${profile.name} (${connection.region}). ${COVERAGE}`;
        deps.log.info(
          `Dry-run of ${fileName} with "${profile.name}": accepted (HTTP ${result.status}${result.requestId ? `, request ${result.requestId}` : ''}).`,
        );
        void vscode.window.showInformationMessage(message);
        deps.notes.record(document, sentVersion, {
          passed: true,
          detail: message,
          profileName: profile.name,
          at: new Date(),
        });
        return { ok: true, message };
      } catch (error) {
        if (abort.signal.aborted) {
          deps.log.info(`Dry-run of ${fileName} cancelled.`);
          return { ok: false, message: 'cancelled' };
        }
        const text = describeFailure(error);
        deps.log.error(`Dry-run of ${fileName} with "${profile.name}" failed: ${text}`);
        if (error instanceof EcsApiError) {
          const count = deps.diagnostics.show(
            document,
            formatOf(document),
            { code: error.code, message: error.serviceMessage, details: error.details },
            prepared.value,
          );
          deps.notes.record(document, sentVersion, {
            passed: false,
            code: error.code,
            detail: withoutCodeSpans(text),
            profileName: profile.name,
            at: new Date(),
          });
          const marked = `marked on ${count === 1 ? 'the field' : `${count} fields`} in the file`;
          const toast =
            count > 0 ? `Dry-run of ${fileName} refused (${error.code}): ${marked}.` : `Dry-run refused: ${text}`;
          void showError(toast, ...(count > 0 ? ['Show Problems'] : [])).then((choice) => {
            if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
          });
          return { ok: false, code: error.code, diagnostics: count, message: text };
        }
        void showError(`Dry-run of ${fileName} did not complete: ${text}`);
        return { ok: false, message: text };
      } finally {
        cancel.dispose();
        await connection?.client.close();
      }
    },
  );
}
