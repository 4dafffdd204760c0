import * as vscode from 'vscode';
import type { ClientFactoryDeps } from '../cloud/clientFactory';
import type { JobStore } from './jobStore';
import { JobTracking, notifyJobEnd } from './jobTracking';
import type { JobsView } from './jobsView';

/** The tracking of unfinished jobs, shown in the jobs view. Nothing is followed until `resumeTracking`. */
export class JobsFeature implements vscode.Disposable {
  tracking!: JobTracking;
  private trackingEnd?: vscode.Disposable;

  constructor(
    readonly store: JobStore,
    private readonly deps: ClientFactoryDeps,
    private readonly view: JobsView,
  ) {
    this.replaceTracking({ resume: false });
  }

  /** Drops every tracker, as a window reload does (tests); `resumeTracking` starts them again. */
  stopTracking(): void {
    this.replaceTracking({ resume: false });
  }

  /** Follows every unfinished job from its saved state, with fresh trackers. */
  resumeTracking(): void {
    this.replaceTracking({ resume: true });
    this.view.tree.refresh();
  }

  private replaceTracking({ resume }: { resume: boolean }): void {
    this.dispose();
    this.tracking = new JobTracking(this.store, this.deps);
    this.trackingEnd = this.tracking.onDidEnd((job) => notifyJobEnd(job, (id) => void this.view.reveal(id)));
    if (resume) this.tracking.resumeAll();
  }

  dispose(): void {
    this.trackingEnd?.dispose();
    this.tracking?.dispose();
  }
}
