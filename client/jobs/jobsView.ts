import * as vscode from 'vscode';
import { JOBS_VIEW_ID } from '../constants';
import type { JobStore } from './jobStore';
import { JobsTreeProvider, type JobsNode } from './jobsTree';

/**
 * The "ECS Jobs" view. It shows the jobs kept in global state and needs no network, so it is made
 * at activation; following unfinished jobs (jobsFeature.ts) loads with the cloud bundle.
 */
export class JobsView implements vscode.Disposable {
  readonly tree: JobsTreeProvider;
  private readonly view: vscode.TreeView<JobsNode>;

  constructor(store: JobStore) {
    this.tree = new JobsTreeProvider(store);
    this.view = vscode.window.createTreeView(JOBS_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
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
    this.view.dispose();
    this.tree.dispose();
  }
}
