import * as vscode from 'vscode';
import type { JobTrackerState } from '../../cloud';
import type { JobRecord } from './jobModel';

const JOBS_KEY = 'ecs.jobs';

/** A job as persisted: the record plus the tracker's saved state, so tracking resumes after a reload. */
export interface StoredJob extends JobRecord {
  readonly tracker?: JobTrackerState;
}

/** Submitted jobs in the user's global state (they outlive windows and workspaces). */
export class JobStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StoredJob | undefined>();
  /** Fires with the job that changed, or undefined when the list changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  all(): StoredJob[] {
    return this.state.get<StoredJob[]>(JOBS_KEY, []);
  }

  get(jobId: string): StoredJob | undefined {
    return this.all().find((j) => j.jobId === jobId);
  }

  async add(job: StoredJob): Promise<void> {
    await this.state.update(JOBS_KEY, [...this.all().filter((j) => j.jobId !== job.jobId), job]);
    this.changed.fire(undefined);
  }

  /** Puts `job` in the place of the record `oldId` (a submit that got its job ID). */
  async replace(oldId: string, job: StoredJob): Promise<void> {
    await this.state.update(JOBS_KEY, [...this.all().filter((j) => j.jobId !== oldId && j.jobId !== job.jobId), job]);
    this.changed.fire(undefined);
  }

  /** Replaces a job through `change`; ignored when the job was removed meanwhile. */
  async update(jobId: string, change: (job: StoredJob) => StoredJob): Promise<StoredJob | undefined> {
    const jobs = this.all();
    const index = jobs.findIndex((j) => j.jobId === jobId);
    if (index < 0) return undefined;
    const next = change(jobs[index]);
    jobs[index] = next;
    await this.state.update(JOBS_KEY, jobs);
    this.changed.fire(next);
    return next;
  }

  async remove(jobId: string): Promise<void> {
    await this.state.update(
      JOBS_KEY,
      this.all().filter((j) => j.jobId !== jobId),
    );
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
