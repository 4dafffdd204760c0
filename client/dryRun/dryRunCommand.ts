import * as vscode from 'vscode';
import { showError } from '../ui/toast';
import { EcsApiError } from '../../cloud';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import { describeFailure, prepareCloudAction } from '../requests/cloudAction';
import { formatOf } from '../requests/requestSource';
import type { DryRunDiagnostics } from './dryRunDiagnostics';

export interface DryRunOutcome {
  readonly ok: boolean;
  /** Error code when the service refused the request. */
  readonly code?: string;
  /** Diagnostics placed on fields. */
  readonly diagnostics?: number;
  readonly message?: string;
}

/** What the service's dry-run covers and what it does not, said after every successful check. */
const COVERAGE = 'The service checked the required fields and the request format. It does not check quotas, prices, '
  + 'or the details of a new EIP (type, bandwidth billing), so a real submit can still fail on those.';

/**
 * "ECS: Dry-Run Request": sends the body with `dry_run: true`. The answer is a notification and a
 * log line; a refusal that names a field becomes a diagnostic on that field (source "ECS dry-run").
 */
export async function dryRun(uri: vscode.Uri | undefined, deps: ClientFactoryDeps & { diagnostics: DryRunDiagnostics }): Promise<DryRunOutcome | undefined> {
  const ready = await prepareCloudAction('Dry-run', uri, deps);
  if (!ready) return undefined;
  const { document, prepared, profile, fileName } = ready;
  deps.diagnostics.clear(document.uri);
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Dry-run of ${fileName} with profile "${profile.name}"`, cancellable: true },
    async (_progress, token): Promise<DryRunOutcome> => {
      const abort = new AbortController();
      const cancel = token.onCancellationRequested(() => abort.abort());
      let connection;
      try {
        connection = await connect(profile, { ...deps, extraSecrets: () => prepared.filledValues }, abort.signal);
        const result = await connection.client.createServers(prepared.value, { dryRun: true, signal: abort.signal });
        const message = `Dry-run passed: ${fileName} was accepted by ${profile.name} (${connection.region}). ${COVERAGE}`;
        deps.log.info(`Dry-run of ${fileName} with "${profile.name}": accepted (HTTP ${result.status}${result.requestId ? `, request ${result.requestId}` : ''}).`);
        void vscode.window.showInformationMessage(message);
        return { ok: true, message };
      } catch (error) {
        if (abort.signal.aborted) {
          deps.log.info(`Dry-run of ${fileName} cancelled.`);
          return { ok: false, message: 'cancelled' };
        }
        const text = describeFailure(error);
        deps.log.error(`Dry-run of ${fileName} with "${profile.name}" failed: ${text}`);
        if (error instanceof EcsApiError) {
          const count = deps.diagnostics.show(document, formatOf(document), { code: error.code, message: error.serviceMessage, details: error.details }, prepared.value);
          const where = count > 0 ? ` It is marked on ${count === 1 ? 'the field' : `${count} fields`} in the file.` : '';
          void showError(`Dry-run refused: ${text}${where}`, ...(count > 0 ? ['Show Problems'] : []))
            .then((choice) => { if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems'); });
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
