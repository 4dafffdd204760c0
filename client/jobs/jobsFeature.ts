import * as vscode from 'vscode';
import type { ClientFactoryDeps } from '../cloud/clientFactory';
import { JOBS_VIEW_ID } from '../constants';
import type { JobStore } from './jobStore';
import { JobTracking, notifyJobEnd } from './jobTracking';
import { JobsTreeProvider, type JobsNode } from './jobsTree';

/** The jobs view and the tracking of unfinished jobs. */
export class JobsFeature implements vscode.Disposable {
  tracking: JobTracking;
  readonly tree: JobsTreeProvider;
  readonly view: vscode.TreeView<JobsNode>;
  private trackingEnd: vscode.Disposable;

  constructor(readonly store: JobStore, private readonly deps: ClientFactoryDeps) {
    this.tree = new JobsTreeProvider(store);
    this.view = vscode.window.createTreeView(JOBS_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    [this.tracking, this.trackingEnd] = this.startTracking();
  }

  /** Trackers for every unfinished job, resumed from their saved state. */
  private startTracking(): [JobTracking, vscode.Disposable] {
    const tracking = new JobTracking(this.store, this.deps);
    const end = tracking.onDidEnd((job) => notifyJobEnd(job, (id) => void this.reveal(id)));
    tracking.resumeAll();
    return [tracking, end];
  }

  /** Drops every tracker and resumes from global state, as after a window reload (tests). */
  restartTracking(): void {
    this.trackingEnd.dispose();
    this.tracking.dispose();
    [this.tracking, this.trackingEnd] = this.startTracking();
    this.tree.refresh();
  }

  async reveal(jobId: string): Promise<void> {
    const node = this.tree.jobNode(jobId);
    if (!node) return;
    try {
      await this.view.reveal(node, { select: true, focus: false, expand: true });
    } catch {
      // The view may be hidden in a closed container; the job is in the list all the same.
    }
  }

  dispose(): void {
    this.trackingEnd.dispose();
    this.tracking.dispose();
    this.view.dispose();
    this.tree.dispose();
  }
}
