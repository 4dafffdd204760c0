/**
 * Wiring of the cloud side (profiles, dry-run, submit, jobs). Each piece lives in its own module;
 * this file only creates them and registers their commands and views.
 */
import * as vscode from 'vscode';
import type { ClientFactoryDeps } from './cloud/clientFactory';
import { COMMANDS, REQUEST_DOCUMENT_SELECTOR } from './constants';
import { newRequestFile, type NewRequestFileArgs } from './commands/newRequestFile';
import { storeSecret } from './commands/storeSecret';
import { dryRun } from './dryRun/dryRunCommand';
import { DryRunDiagnostics } from './dryRun/dryRunDiagnostics';
import * as jobCommands from './jobs/jobCommands';
import { JobStore } from './jobs/jobStore';
import { JobsFeature } from './jobs/jobsFeature';
import type { JobsTreeProvider, JobsNode } from './jobs/jobsTree';
import { EmulatorHost } from './profiles/emulatorHost';
import { EMULATOR_PROFILE_ID } from './profiles/profile';
import { addProfile, editProfile, removeProfile, selectProfile } from './profiles/profileCommands';
import { registerProfileStatusBar } from './profiles/profileStatusBar';
import { ProfileStore } from './profiles/profileStore';
import { SecretStore } from './profiles/secretStore';
import { RequestCodeLensProvider } from './requests/requestCodeLens';
import { retrySubmit } from './submit/retrySubmit';
import { submit } from './submit/submitCommand';
import { endpointOverridesSetting } from './settings';
import { isUnderTest, setWorkspaceTrustOverride } from './testHooks';

type JobNode = Extract<JobsNode, { kind: 'job' }>;
type ServerNode = Extract<JobsNode, { kind: 'server' }>;

/** What the end-to-end tests (and other extensions) may look at. */
export interface CloudFeaturesApi {
  readonly profiles: ProfileStore;
  readonly jobs: JobStore;
  jobsTree(): JobsTreeProvider;
  isFollowing(jobId: string): boolean;
  /** The endpoint overrides cloud profiles use (user settings only). */
  endpointOverrides(): ReturnType<typeof endpointOverridesSetting>;
  /** Tests only: drop every job tracker and resume them from global state, as a reload does. */
  restartJobs(): void;
  /** Tests only: the address of the bundled emulator (to inject faults through its control API). */
  emulatorEndpoint(): Promise<string | undefined>;
}

export function registerCloudFeatures(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): CloudFeaturesApi {
  const profiles = new ProfileStore(context.globalState);
  const secrets = new SecretStore(context.secrets);
  const emulator = new EmulatorHost(vscode.Uri.joinPath(context.globalStorageUri, 'emulator'), log);
  const deps: ClientFactoryDeps = { profiles, secrets, emulator, log };
  const diagnostics = new DryRunDiagnostics();
  const store = new JobStore(context.globalState);
  const jobs = new JobsFeature(store, deps);
  const codeLens = new RequestCodeLensProvider(profiles);
  const jobDeps = () => ({ ...deps, jobs: store, tracking: jobs.tracking });
  const submitDeps = () => ({ ...jobDeps(), reveal: (id: string) => jobs.reveal(id) });
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);

  context.subscriptions.push(
    profiles, store, diagnostics, emulator, codeLens,
    { dispose: () => jobs.dispose() },
    registerProfileStatusBar(profiles),
    vscode.languages.registerCodeLensProvider(REQUEST_DOCUMENT_SELECTOR, codeLens),
    command(COMMANDS.addProfile, () => addProfile(deps)),
    command(COMMANDS.selectProfile, (id?: string) => selectProfile(deps, typeof id === 'string' ? id : undefined)),
    command(COMMANDS.editProfile, () => editProfile(deps)),
    command(COMMANDS.removeProfile, () => removeProfile(deps)),
    command(COMMANDS.storeSecret, (name?: string) => storeSecret(secrets, name)),
    command(COMMANDS.dryRun, (uri?: vscode.Uri) => dryRun(uri instanceof vscode.Uri ? uri : undefined, { ...deps, diagnostics })),
    command(COMMANDS.submit, (uri?: vscode.Uri) => submit(uri instanceof vscode.Uri ? uri : undefined, submitDeps())),
    command(COMMANDS.newRequestFile, (args?: NewRequestFileArgs) => newRequestFile(args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {})),
    command(COMMANDS.tryEmulator, async () => {
      await profiles.setActive(EMULATOR_PROFILE_ID);
      void vscode.window.showInformationMessage('The "Local emulator" profile is active: dry-run and submit go to an emulator on this computer; nothing is created in the cloud.');
      return newRequestFile();
    }),
    command(COMMANDS.jobsRefresh, (node?: JobsNode) => jobCommands.refreshJobs(jobDeps(), node)),
    command(COMMANDS.jobsCopyJobId, (node: JobNode) => jobCommands.copyJobId(node)),
    command(COMMANDS.jobsCopyServerId, (node: ServerNode) => jobCommands.copyServerId(node)),
    command(COMMANDS.jobsOpenRequestFile, (node: JobNode) => jobCommands.openRequestFile(node)),
    command(COMMANDS.jobsOpenInConsole, (node: ServerNode) => jobCommands.openInConsole(jobDeps(), node)),
    command(COMMANDS.jobsPayOrder, (node: JobNode) => jobCommands.payOrder(jobDeps(), node)),
    command(COMMANDS.jobsRemove, (node: JobNode) => jobCommands.removeJob(jobDeps(), node)),
    command(COMMANDS.jobsRetrySubmit, (node: JobNode) => retrySubmit(store.get(node.job.jobId) ?? node.job, submitDeps())),
    command(COMMANDS.jobsCheckServers, (node: JobNode) => jobCommands.checkServers(jobDeps(), node)),
  );
  if (isUnderTest()) {
    context.subscriptions.push(command('ecs._test.setWorkspaceTrust', (trusted?: boolean) => {
      setWorkspaceTrustOverride(trusted);
      codeLens.refresh();
    }));
  }

  return {
    profiles,
    jobs: store,
    jobsTree: () => jobs.tree,
    isFollowing: (jobId) => jobs.tracking.isFollowing(jobId),
    endpointOverrides: () => endpointOverridesSetting(),
    restartJobs: () => {
      if (isUnderTest()) jobs.restartTracking();
    },
    emulatorEndpoint: async () => (isUnderTest() ? (await emulator.ensure()).endpoint : undefined),
  };
}
