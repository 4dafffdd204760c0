import * as vscode from 'vscode';
import type { CloudFeatures, CloudHost } from './cloudFeatures';
import { CLOUD_COMMANDS } from './constants';
import { needsFollowing } from './jobs/jobFollowing';

/**
 * The cloud side (dist/cloud.js: dry-run, submit, job tracking, profile commands, the cloud core
 * and undici) is loaded the first time it is needed: when one of its commands runs, or at
 * activation when an unfinished job is to be followed. A window that only edits requests never
 * loads it.
 */
export class CloudOnDemand implements vscode.Disposable {
  private loading?: Promise<CloudFeatures>;
  private features?: CloudFeatures;

  constructor(private readonly host: CloudHost) {}

  /** The cloud side, loaded now if it is not yet. */
  load(): Promise<CloudFeatures> {
    if (!this.loading) {
      this.loading = import('./cloudFeatures').then(({ createCloudFeatures }) => {
        this.features = createCloudFeatures(this.host);
        return this.features;
      });
      this.loading.catch((error: unknown) => {
        // A damaged install, most likely: say so, and try again with the next command.
        this.loading = undefined;
        const reason = error instanceof Error ? error.message : String(error);
        this.host.log.error(`Loading the cloud features failed: ${reason}`);
      });
    }
    return this.loading;
  }

  /** The cloud side if it is loaded already. */
  loaded(): CloudFeatures | undefined {
    return this.features;
  }

  /** The cloud commands, each loading the cloud side on its first run. */
  registerCommands(): vscode.Disposable[] {
    return CLOUD_COMMANDS.map((id) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => (await this.load()).run(id, args)),
    );
  }

  /** Follows the unfinished jobs in global state; loads the cloud side only if there is one. */
  async resumeTracking(): Promise<void> {
    if (!this.host.jobs.all().some(needsFollowing)) return;
    (await this.load()).resumeTracking();
  }

  dispose(): void {
    this.features?.dispose();
  }
}
