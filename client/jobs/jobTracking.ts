import * as vscode from 'vscode';
import { showError, showInfo, showWarning } from '../ui/toast';
import { isFailure, isFinished, isSuccess, stopsPolling } from '../../cloud/jobStatus';
import { JobTracker, jobTrackerOptions, type JobTrackerState } from '../../cloud';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import { needsFollowing } from './jobFollowing';
import { applyTrackerState, endMessage, hasJob } from './jobModel';
import type { JobStore, StoredJob } from './jobStore';

/** Faster polling for the in-process emulator; the cloud core's defaults for the real service. */
const EMULATOR_POLLING = { initialDelayMs: 300, maxDelayMs: 2_000 };

/**
 * Follows unfinished jobs with the cloud core's JobTracker: one tracker per job, polling only
 * while the job is unfinished, the tracker's state saved with the job after every change.
 */
export class JobTracking implements vscode.Disposable {
  private readonly active = new Map<string, AbortController>();
  private readonly ended = new vscode.EventEmitter<StoredJob>();
  /** Fires when a followed job reaches an end (success, failure, payment wait, expiry). */
  readonly onDidEnd = this.ended.event;

  constructor(
    private readonly store: JobStore,
    private readonly deps: ClientFactoryDeps,
  ) {}

  /** Starts following every unfinished job (after activation or a reload). */
  resumeAll(): void {
    for (const job of this.store.all()) {
      if (needsFollowing(job)) this.follow(job.jobId);
    }
  }

  isFollowing(jobId: string): boolean {
    return this.active.has(jobId);
  }

  /** Follows a job until it ends; a second call while it is followed does nothing. */
  follow(jobId: string): void {
    if (this.active.has(jobId)) return;
    const abort = new AbortController();
    this.active.set(jobId, abort);
    void this.run(jobId, abort.signal)
      .catch((error: unknown) =>
        this.deps.log.error(`Following job ${jobId} failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        if (this.active.get(jobId) === abort) this.active.delete(jobId);
      });
  }

  private async run(jobId: string, signal: AbortSignal): Promise<void> {
    const job = this.store.get(jobId);
    // A submit without a job ID has nothing to poll: its actions are retry and check by name.
    if (!job || !hasJob(job)) return;
    const profile = this.deps.profiles.get(job.profileId);
    if (!profile) {
      await this.store.update(jobId, (j) => ({
        ...j,
        checkProblem: `Profile "${job.profileName}" was removed, so this job can no longer be checked.`,
      }));
      return;
    }
    let connection;
    try {
      connection = await connect({ ...profile, projectId: job.projectId }, this.deps, signal);
    } catch (error) {
      await this.store.update(jobId, (j) => ({
        ...j,
        checkProblem: error instanceof Error ? error.message : String(error),
      }));
      return;
    }
    const wasFinished = isFinished(job.status);
    const options = jobTrackerOptions(connection.client, {
      requestName: job.requestName,
      ...(profile.kind === 'emulator' ? EMULATOR_POLLING : {}),
      onUpdate: (state: JobTrackerState) => {
        void this.store.update(jobId, (j) => ({ ...applyTrackerState(j, state, new Date()), tracker: state }));
      },
    });
    // A finished or cancelled saved state restarts (a refresh of a finished job polls once more).
    const saved = job.tracker && job.tracker.phase === 'tracking' ? job.tracker : undefined;
    const tracker = saved ? JobTracker.fromJSON(saved, options) : new JobTracker(jobId, options);
    try {
      const final = await tracker.track(signal);
      const updated = await this.store.update(jobId, (j) => ({
        ...applyTrackerState(j, final, new Date()),
        tracker: final,
      }));
      if (updated && final.phase !== 'cancelled' && !wasFinished && stopsPolling(updated.status)) {
        this.ended.fire(updated);
      }
    } finally {
      await connection.client.close();
    }
  }

  stop(jobId: string): void {
    this.active.get(jobId)?.abort();
    this.active.delete(jobId);
  }

  dispose(): void {
    for (const abort of this.active.values()) abort.abort();
    this.active.clear();
    this.ended.dispose();
  }
}

/** Notification when a job ends, with a button to show it. */
export function notifyJobEnd(job: StoredJob, reveal: (jobId: string) => void): void {
  const message = endMessage(job);
  const show = isSuccess(job.status) ? showInfo : isFailure(job.status) ? showError : showWarning;
  void show(message, 'Show Job').then((choice) => {
    if (choice) reveal(job.jobId);
  });
}
