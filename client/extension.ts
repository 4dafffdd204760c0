/**
 * Extension entry point: wiring only. Each feature lives in its own module.
 *
 * The extension host is shared by every extension, so activation does little: it makes what every
 * window shows (profile status bar, jobs view, code lenses, language status) and registers the
 * commands. The language server starts with the first request file (languageServerOnDemand.ts);
 * the cloud side loads with its first command or an unfinished job (cloudOnDemand.ts).
 */
import * as vscode from 'vscode';
import { AccountFeature } from './account/accountFeature';
import { CloudOnDemand } from './cloudOnDemand';
import { COMMANDS, REQUEST_DOCUMENT_SELECTOR } from './constants';
import { newRequestFile, type NewRequestFileArgs } from './commands/newRequestFile';
import { openSchema } from './commands/openSchema';
import { treatAsRequestFile } from './commands/treatAsRequestFile';
import { tryEmulator } from './commands/tryEmulator';
import { DryRunNotes } from './dryRun/dryRunNotes';
import { JobStore } from './jobs/jobStore';
import { JobsView } from './jobs/jobsView';
import { LanguageServerOnDemand } from './languageServerOnDemand';
import { registerLanguageStatus } from './languageStatus';
import { createLog } from './log';
import { registerProfileStatusBar } from './profiles/profileStatusBar';
import { ProfileStore } from './profiles/profileStore';
import { RequestCodeLensProvider } from './requests/requestCodeLens';
import { endpointOverridesSetting } from './settings';
import {
  askedQuestions,
  initTestHooks,
  isUnderTest,
  scriptAnswers,
  setWorkspaceTrustOverride,
  shownToasts,
  takeQuickInput,
} from './testHooks';

let languageServer: LanguageServerOnDemand | undefined;

export function activate(context: vscode.ExtensionContext) {
  const activateStart = performance.now();
  initTestHooks(context);
  const output = createLog(context);
  output.info(`ECS Request Tools ${context.extension.packageJSON.version} in ${vscode.env.appName} ${vscode.version}`);

  const profiles = new ProfileStore(context.globalState);
  const jobs = new JobStore(context.globalState);
  const jobsView = new JobsView(jobs);
  const dryRunNotes = new DryRunNotes();
  const codeLens = new RequestCodeLensProvider(profiles, dryRunNotes);
  const server = new LanguageServerOnDemand(context, output);
  languageServer = server;
  const cloud: CloudOnDemand = new CloudOnDemand({
    context,
    log: output,
    profiles,
    jobs,
    jobsView,
    dryRunNotes,
    // The pre-flight reads the account data through the refresher, so one fetch serves both.
    freshAccount: (profile, signal) => account.freshSnapshot(profile, signal),
    localDiagnostics: (document) => server.diagnosticsOf(document),
  });
  const account = new AccountFeature({ context, log: output, profiles, cloud, languageServer: server });
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);

  context.subscriptions.push(
    profiles,
    jobs,
    jobsView,
    dryRunNotes,
    codeLens,
    cloud,
    languageServer,
    account,
    registerProfileStatusBar(profiles),
    registerLanguageStatus(context),
    vscode.languages.registerCodeLensProvider(REQUEST_DOCUMENT_SELECTOR, codeLens),
    command(COMMANDS.treatAsRequestFile, (uri?: vscode.Uri) => treatAsRequestFile(uri)),
    command(COMMANDS.openSchema, () => openSchema(context)),
    command(COMMANDS.showOutput, () => output.show()),
    command(COMMANDS.newRequestFile, (args?: NewRequestFileArgs) =>
      newRequestFile(output, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}),
    ),
    command(COMMANDS.tryEmulator, () => tryEmulator(profiles, output)),
    ...cloud.registerCommands(),
  );
  if (isUnderTest()) {
    context.subscriptions.push(
      command('ecs._test.setWorkspaceTrust', (trusted?: boolean) => {
        setWorkspaceTrustOverride(trusted);
        codeLens.refresh();
        account.retarget();
      }),
    );
  }
  // Jobs left unfinished by the last session are followed again (the cloud side loads for them).
  void cloud.resumeTracking();

  const activateMs = performance.now() - activateStart;
  output.debug(`Activated in ${activateMs.toFixed(1)} ms`);

  // Returned to other extensions and to the end-to-end tests (which read the log files).
  return {
    /** The language client, once the first request file was open (undefined if it failed to start). */
    clientReady: languageServer.ready,
    languageServerStarted: () => languageServer?.started ?? false,
    /** When the server process was forked and the language client loaded (ms since activation). */
    languageServerStartTimes: () => languageServer?.startTimes,
    /** How long `activate` took, in milliseconds. */
    activateMs,
    cloud: {
      profiles,
      jobs,
      jobsTree: () => jobsView.tree,
      /** Whether dist/cloud.js was loaded. */
      loaded: () => cloud.loaded() !== undefined,
      isFollowing: (jobId: string) => cloud.loaded()?.isFollowing(jobId) ?? false,
      /** The endpoint overrides cloud profiles use (user settings only). */
      endpointOverrides: () => endpointOverridesSetting(),
      /** Tests only: drop every job tracker and resume from global state, as a window reload does. */
      restartJobs: async () => {
        if (!isUnderTest()) return;
        cloud.loaded()?.stopTracking();
        await cloud.resumeTracking();
      },
      /** Tests only: the address of the bundled emulator (to inject faults through its control API). */
      emulatorEndpoint: async () => (isUnderTest() ? (await cloud.load()).emulatorEndpoint() : undefined),
      /** Tests only: the emulator's address, region and keys. */
      emulatorAccess: async () => (isUnderTest() ? (await cloud.load()).emulatorAccess() : undefined),
    },
    /** Account data: its state (profile, region, snapshot, fetching, failure) and the status item's words. */
    account: {
      state: () => account.state(),
      status: () => account.status(),
      onDidChange: account.onDidChange,
    },
    logUri: context.logUri,
    /** Tests only (undefined otherwise): questions asked, answers for the next ones, wizard steps, toasts, notes. */
    test: isUnderTest()
      ? {
          askedQuestions,
          scriptAnswers,
          takeQuickInput,
          shownToasts,
          dryRunNote: (document: vscode.TextDocument) => dryRunNotes.get(document),
        }
      : undefined,
  };
}

export async function deactivate(): Promise<void> {
  await languageServer?.stop();
  languageServer = undefined;
}
