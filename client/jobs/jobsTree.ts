import * as vscode from 'vscode';
import {
  groupByProfile,
  jobContextValue,
  jobText,
  serverContextValue,
  serverText,
  statusLook,
  type JobRecord,
  type ServerEntry,
} from './jobModel';
import type { JobStore } from './jobStore';

export type JobsNode =
  | {
      readonly kind: 'group';
      readonly id: string;
      readonly profileId: string;
      readonly profileName: string;
      readonly count: number;
    }
  | { readonly kind: 'job'; readonly id: string; readonly job: JobRecord }
  | { readonly kind: 'server'; readonly id: string; readonly job: JobRecord; readonly server: ServerEntry };

function icon(status: string): vscode.ThemeIcon {
  const look = statusLook(status);
  return new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined);
}

/**
 * The "ECS Jobs" view: profiles → jobs → servers. Labels, icons and tooltips come from the pure
 * job model; this class only shapes them into TreeItems. Elapsed times tick while a job runs.
 */
export class JobsTreeProvider implements vscode.TreeDataProvider<JobsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<JobsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private ticker?: NodeJS.Timeout;

  constructor(private readonly store: JobStore) {
    this.subscription = store.onDidChange(() => this.refresh());
    this.updateTicker();
  }

  refresh(): void {
    this.changed.fire(undefined);
    this.updateTicker();
  }

  /** Re-render every 10 s while a job is unfinished, so its elapsed time moves. */
  private updateTicker(): void {
    const running = this.store.all().some((j) => j.status === 'INIT' || j.status === 'RUNNING');
    if (running && !this.ticker) this.ticker = setInterval(() => this.changed.fire(undefined), 10_000);
    if (!running && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }

  getChildren(node?: JobsNode): JobsNode[] {
    const jobs = this.store.all();
    if (!node) {
      return groupByProfile(jobs).map((g) => ({
        kind: 'group',
        id: `group:${g.profileId}`,
        profileId: g.profileId,
        profileName: g.profileName,
        count: g.jobs.length,
      }));
    }
    if (node.kind === 'group') {
      const group = groupByProfile(jobs).find((g) => g.profileId === node.profileId);
      return (group?.jobs ?? []).map((job) => ({ kind: 'job', id: `job:${job.jobId}`, job }));
    }
    if (node.kind === 'job') {
      return node.job.servers.map((server, i) => ({
        kind: 'server',
        id: `server:${node.job.jobId}:${i}`,
        job: node.job,
        server,
      }));
    }
    return [];
  }

  getParent(node: JobsNode): JobsNode | undefined {
    if (node.kind === 'group') return undefined;
    const job = node.job;
    if (node.kind === 'server') return { kind: 'job', id: `job:${job.jobId}`, job };
    const count = this.store.all().filter((j) => j.profileId === job.profileId).length;
    return {
      kind: 'group',
      id: `group:${job.profileId}`,
      profileId: job.profileId,
      profileName: job.profileName,
      count,
    };
  }

  /** The node of a job, for TreeView.reveal. */
  jobNode(jobId: string): JobsNode | undefined {
    const job = this.store.get(jobId);
    return job ? { kind: 'job', id: `job:${job.jobId}`, job } : undefined;
  }

  getTreeItem(node: JobsNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.profileName, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = `${node.count} job${node.count === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon('account');
      item.contextValue = 'ecsProfileGroup';
      return item;
    }
    if (node.kind === 'job') {
      const text = jobText(node.job, new Date());
      const item = new vscode.TreeItem(
        text.label,
        node.job.servers.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
      );
      item.id = node.id;
      item.description = text.description;
      item.tooltip = new vscode.MarkdownString(text.tooltip);
      item.iconPath = node.job.checkProblem
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : icon(node.job.status);
      item.contextValue = jobContextValue(node.job);
      return item;
    }
    const text = serverText(node.server);
    const item = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = text.description;
    item.tooltip = new vscode.MarkdownString(text.tooltip);
    item.iconPath = icon(node.server.status);
    item.contextValue = serverContextValue(node.job, node.server);
    return item;
  }

  dispose(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
