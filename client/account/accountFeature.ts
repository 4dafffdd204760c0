/**
 * Account data in the editor (wiring): fetches the active profile's snapshot in the background,
 * caches it, hands it to the language server, and shows its state in a language status item.
 * It starts with the language server (the first request file) or with "ECS: Refresh Account Data";
 * a window that edits no request file fetches nothing. The fetch code lives in the cloud bundle
 * (dist/cloud.js), loaded with the first fetch. The logic is in accountRefresher.ts (tested in Node).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ACCOUNT_SNAPSHOT_NOTIFICATION, slimSnapshot } from '../../request/accountSnapshot';
import type { CloudOnDemand } from '../cloudOnDemand';
import { COMMANDS, REQUEST_DOCUMENT_SELECTOR } from '../constants';
import type { LanguageServerOnDemand } from '../languageServerOnDemand';
import type { Profile } from '../profiles/profile';
import type { ProfileStore } from '../profiles/profileStore';
import { accountRefreshMinutes } from '../settings';
import { cloudActionsAllowed } from '../trust';
import {
  AccountRefresher,
  PREFLIGHT_FRESH_MS,
  type FreshSnapshot,
  type AccountSnapshotParams,
  type AccountState,
  type AccountTarget,
  type FetchOutcome,
} from './accountRefresher';
import { describeAccountState, type AccountStatusText } from './accountStatus';
import { SnapshotCache } from './snapshotCache';

export interface AccountFeatureHost {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly profiles: ProfileStore;
  readonly cloud: CloudOnDemand;
  readonly languageServer: LanguageServerOnDemand;
}

/** The age in the status item is in minutes: one cheap update a minute while data is shown. */
const AGE_TICK_MS = 60_000;

const SEVERITY = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
} as const;

export class AccountFeature implements vscode.Disposable {
  private refresher?: AccountRefresher;
  private item?: vscode.LanguageStatusItem;
  private client?: LanguageClient;
  private ageTicker?: ReturnType<typeof setInterval>;
  private readonly changed = new vscode.EventEmitter<AccountState>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires on every change of state (tests wait on it). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly host: AccountFeatureHost) {
    this.disposables.push(
      this.changed,
      // The cached snapshot is read while the server starts, and goes with its `initialize`.
      host.languageServer.addInitializationField('account', {
        value: () => this.serverParams(this.start().handOverAtInitialize()),
        ready: () => this.start().cachedSnapshotRead(),
      }),
      host.languageServer.onDidStartServer((client) => {
        this.client = client;
        this.start().serverStarted();
      }),
      host.profiles.onDidChange(() => this.retarget()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.retarget()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('ecs.account.refreshMinutes'))
          this.refresher?.setRefreshMinutes(accountRefreshMinutes());
        if (event.affectsConfiguration('ecs.emulator.world')) void this.emulatorWorldChanged();
      }),
      vscode.commands.registerCommand(COMMANDS.refreshAccount, () => this.refreshCommand()),
    );
  }

  /** The state now (tests and the command's result). */
  state(): AccountState {
    return this.refresher?.state() ?? { kind: 'off', why: 'not-started' };
  }

  status(): AccountStatusText {
    return describeAccountState(this.state(), Date.now());
  }

  /** Workspace trust or the active profile may have changed: fetch for the right target, or nothing. */
  retarget(): void {
    if (!this.refresher) return;
    if (!cloudActionsAllowed()) {
      this.refresher.setTarget(undefined, 'untrusted');
      return;
    }
    const profile = this.host.profiles.active();
    this.refresher.setTarget({ profileId: profile.id, profileName: profile.name, region: profile.region });
    // The same profile, saved again (keys or endpoints edited): after a failure, try again now
    // rather than at the next retry.
    const state = this.refresher.state();
    if (state.kind === 'on' && state.failure && !state.fetching) void this.refresher.refresh();
  }

  /**
   * The pre-flight's account data for `profile` (the active one): the refresher's snapshot if it
   * is recent, else one fetch whose result the editor gets too, so both say the same.
   */
  freshSnapshot(profile: Profile, signal?: AbortSignal): Promise<FreshSnapshot> {
    const refresher = this.start();
    const target = { profileId: profile.id, profileName: profile.name, region: profile.region };
    return refresher.freshSnapshot(target, PREFLIGHT_FRESH_MS, signal);
  }

  /** "ECS: Refresh Account Data": fetch now. Returns the status words (for tests and other extensions). */
  private async refreshCommand(): Promise<AccountStatusText> {
    const refresher = this.start();
    if (this.state().kind === 'on') await refresher.refresh();
    return this.status();
  }

  private start(): AccountRefresher {
    if (this.refresher) return this.refresher;
    const { context, log } = this.host;
    const item = vscode.languages.createLanguageStatusItem('ecs.account', REQUEST_DOCUMENT_SELECTOR);
    item.name = 'ECS account data';
    item.command = { command: COMMANDS.refreshAccount, title: 'Refresh', tooltip: 'Fetch the account data again' };
    this.item = item;
    const cache = new SnapshotCache(path.join(context.globalStorageUri.fsPath, 'account-snapshots'), log);
    const refresher = new AccountRefresher(
      {
        now: () => Date.now(),
        timer: { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as NodeJS.Timeout) },
        fetch: (target, signal) => this.fetch(target, signal),
        cache,
        send: (params) => {
          const client = this.client;
          if (!client?.isRunning()) return;
          client.sendNotification(ACCOUNT_SNAPSHOT_NOTIFICATION, this.serverParams(params)).catch((error: unknown) => {
            log.warn(`Account data not handed to the language server: ${(error as Error).message}`);
          });
        },
        log,
        onState: (state) => this.show(state),
      },
      accountRefreshMinutes(),
    );
    this.refresher = refresher;
    this.ageTicker = setInterval(() => this.show(refresher.state()), AGE_TICK_MS);
    this.retarget();
    return refresher;
  }

  /** Only what the server reads: it parses every byte of the message. */
  private serverParams(params: AccountSnapshotParams) {
    return { ...params, snapshot: params.snapshot && slimSnapshot(params.snapshot) };
  }

  private async fetch(target: AccountTarget, signal: AbortSignal): Promise<FetchOutcome> {
    // A server starting (a window just opened): its first diagnostics come before a fetch loads
    // the cloud code and fills the extension host; meanwhile the cached data serves.
    if (this.host.languageServer.started) await this.host.languageServer.ready;
    if (signal.aborted) return { ok: false, cancelled: true, offline: false, reason: 'the fetch was stopped' };
    const profile = this.host.profiles.get(target.profileId);
    if (!profile) return { ok: false, cancelled: true, offline: false, reason: 'the profile was removed' };
    const features = await this.host.cloud.load();
    return features.fetchAccount(profile, signal);
  }

  /** The Local emulator starts again with the world now set; its account data is fetched again. */
  private async emulatorWorldChanged(): Promise<void> {
    const features = this.host.cloud.loaded();
    if (features) await features.restartEmulator();
    if (this.host.profiles.active().kind === 'emulator') await this.refresher?.refresh({ restart: true });
  }

  private show(state: AccountState): void {
    const item = this.item;
    if (item) {
      const status = describeAccountState(state, Date.now());
      item.text = status.text;
      item.detail = status.detail;
      item.severity = SEVERITY[status.severity];
      item.busy = status.busy;
    }
    this.changed.fire(state);
  }

  dispose(): void {
    if (this.ageTicker) clearInterval(this.ageTicker);
    this.refresher?.dispose();
    this.item?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
