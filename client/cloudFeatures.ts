/**
 * The cloud side (profile commands, dry-run, submit, job tracking), bundled apart as dist/cloud.js
 * with the cloud core and undici, and loaded by cloudOnDemand.ts when first needed. Each piece
 * lives in its own module; this file only creates them and maps the commands to them.
 */
import * as vscode from 'vscode';
import type { FetchOutcome, FreshSnapshot } from './account/accountRefresher';
import { fetchAccount } from './account/fetchAccount';
import type { ClientFactoryDeps } from './cloud/clientFactory';
import type { CloudCommand } from './constants';
import { COMMANDS } from './constants';
import { deleteSecret, storeSecret } from './commands/storeSecret';
import { dryRun } from './dryRun/dryRunCommand';
import { DryRunDiagnostics } from './dryRun/dryRunDiagnostics';
import type { DryRunNotes } from './dryRun/dryRunNotes';
import * as jobCommands from './jobs/jobCommands';
import type { JobStore } from './jobs/jobStore';
import { JobsFeature } from './jobs/jobsFeature';
import type { JobsNode } from './jobs/jobsTree';
import type { JobsView } from './jobs/jobsView';
import { EmulatorHost } from './profiles/emulatorHost';
import type { Profile } from './profiles/profile';
import { addProfile, editProfile, removeProfile, selectProfile } from './profiles/profileCommands';
import type { ProfileStore } from './profiles/profileStore';
import { SecretStore } from './profiles/secretStore';
import { emulatorWorldSetting } from './settings';
import { retrySubmit } from './submit/retrySubmit';
import { submit } from './submit/submitCommand';
import { isUnderTest } from './testHooks';

type JobNode = Extract<JobsNode, { kind: 'job' }>;
type ServerNode = Extract<JobsNode, { kind: 'server' }>;

/** What the cloud side gets from activation: the parts every window has (extension.ts). */
export interface CloudHost {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly profiles: ProfileStore;
  readonly jobs: JobStore;
  readonly jobsView: JobsView;
  /** The last dry-run result per file, shown by the request CodeLens. */
  readonly dryRunNotes: DryRunNotes;
  /** The pre-flight's account data: the background refresher's, so one fetch serves both. */
  readonly freshAccount: (profile: Profile, signal: AbortSignal) => Promise<FreshSnapshot>;
  /** The language server's diagnostics of a document's current text (no race with its opening). */
  readonly localDiagnostics: (document: vscode.TextDocument) => Promise<vscode.Diagnostic[]>;
}

export interface CloudFeatures extends vscode.Disposable {
  /** Runs one of the cloud commands (constants.ts, CLOUD_COMMANDS) with the arguments VS Code passed. */
  run(command: CloudCommand, args: readonly unknown[]): unknown;
  isFollowing(jobId: string): boolean;
  /** Drops every job tracker, as a window reload does (tests). */
  stopTracking(): void;
  /** Follows every unfinished job from global state. */
  resumeTracking(): void;
  /** The account snapshot of a profile (the Local emulator started if needed); never rejects. */
  fetchAccount(profile: Profile, signal: AbortSignal): Promise<FetchOutcome>;
  /** Stops the Local emulator, so that its next use starts it with the world now set (`ecs.emulator.world`). */
  restartEmulator(): Promise<void>;
  /** Tests only: the address of the bundled emulator (to inject faults through its control API). */
  emulatorEndpoint(): Promise<string | undefined>;
  /** Tests only: the bundled emulator's address, region and keys (to add a profile that points at it). */
  emulatorAccess(): Promise<{ endpoint: string; region: string; ak: string; sk: string } | undefined>;
}

/** Creates the cloud side and starts following the unfinished jobs. */
export function createCloudFeatures({
  context,
  log,
  profiles,
  jobs: store,
  jobsView,
  dryRunNotes,
  freshAccount,
  localDiagnostics,
}: CloudHost): CloudFeatures {
  const secrets = new SecretStore(context.secrets);
  const emulator = new EmulatorHost(
    vscode.Uri.joinPath(context.globalStorageUri, 'emulator'),
    log,
    emulatorWorldSetting,
  );
  const deps: ClientFactoryDeps = { profiles, secrets, emulator, log };
  const diagnostics = new DryRunDiagnostics();
  const jobs = new JobsFeature(store, deps, jobsView);
  const jobDeps = () => ({ ...deps, jobs: store, tracking: jobs.tracking });
  const submitDeps = () => ({ ...jobDeps(), reveal: (id: string) => jobsView.reveal(id) });
  const uriOrUndefined = (uri: unknown) => (uri instanceof vscode.Uri ? uri : undefined);

  const handlers: Record<CloudCommand, (...args: never[]) => unknown> = {
    [COMMANDS.addProfile]: () => addProfile(deps),
    [COMMANDS.selectProfile]: (id?: unknown) => selectProfile(deps, typeof id === 'string' ? id : undefined),
    [COMMANDS.editProfile]: () => editProfile(deps),
    [COMMANDS.removeProfile]: () => removeProfile(deps),
    [COMMANDS.storeSecret]: (name?: string) => storeSecret(secrets, name),
    [COMMANDS.deleteSecret]: (name?: string) => deleteSecret(secrets, log, name),
    [COMMANDS.dryRun]: (uri?: unknown) =>
      dryRun(uriOrUndefined(uri), { ...deps, diagnostics, notes: dryRunNotes, freshAccount, localDiagnostics }),
    [COMMANDS.submit]: (uri?: unknown) => submit(uriOrUndefined(uri), { ...submitDeps(), localDiagnostics }),
    [COMMANDS.jobsRefresh]: (node?: JobsNode) => jobCommands.refreshJobs(jobDeps(), node),
    [COMMANDS.jobsCopyJobId]: (node: JobNode) => jobCommands.copyJobId(node),
    [COMMANDS.jobsCopyServerId]: (node: ServerNode) => jobCommands.copyServerId(node),
    [COMMANDS.jobsOpenRequestFile]: (node: JobNode) => jobCommands.openRequestFile(node),
    [COMMANDS.jobsOpenInConsole]: (node: ServerNode) => jobCommands.openInConsole(jobDeps(), node),
    [COMMANDS.jobsPayOrder]: (node: JobNode) => jobCommands.payOrder(jobDeps(), node),
    [COMMANDS.jobsRemove]: (node: JobNode) => jobCommands.removeJob(jobDeps(), node),
    [COMMANDS.jobsRetrySubmit]: (node: JobNode) => retrySubmit(store.get(node.job.jobId) ?? node.job, submitDeps()),
    [COMMANDS.jobsCheckServers]: (node: JobNode) => jobCommands.checkServers(jobDeps(), node),
  };
  const disposables = vscode.Disposable.from(diagnostics, emulator, jobs);

  return {
    run: (command, args) => (handlers[command] as (...a: readonly unknown[]) => unknown)(...args),
    isFollowing: (jobId) => jobs.tracking.isFollowing(jobId),
    stopTracking: () => jobs.stopTracking(),
    resumeTracking: () => jobs.resumeTracking(),
    fetchAccount: (profile, signal) => fetchAccount(profile, deps, signal),
    restartEmulator: () => emulator.stop(),
    emulatorEndpoint: async () => (isUnderTest() ? (await emulator.ensure()).endpoint : undefined),
    emulatorAccess: async () => {
      if (!isUnderTest()) return undefined;
      const { endpoint, region, ak, sk } = await emulator.ensure();
      return { endpoint, region, ak, sk };
    },
    dispose: () => disposables.dispose(),
  };
}
