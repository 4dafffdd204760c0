import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import {
  CREDENTIAL_ENV_NAMES,
  credentialsFromEnv,
  endpointProblem,
  maskAccessKey,
  isProjectId,
  regions,
  type Credentials,
  type EndpointOverrides,
} from '../../cloud';
import { describeProfile, EMULATOR_PROFILE_ID, type Profile } from './profile';
import type { ProfileStore } from './profileStore';
import { cloudClient } from '../cloud/clientFactory';
import { inputStep, pickAfterWork, pickStep } from '../ui/quickInputStep';
import { showInfo } from '../ui/toast';
import { runWizard, type StepAnswer, type WizardStep } from '../ui/wizard';
import { testConnection, verdictOf, type ConnectionVerdict } from './connectionTest';
import { SecretStorageUnavailableError, type SecretStore } from './secretStore';

const PROJECT_ENV = 'HUAWEICLOUD_SDK_PROJECT_ID';

export interface ProfileCommandDeps {
  readonly profiles: ProfileStore;
  readonly secrets: SecretStore;
  readonly log: vscode.LogOutputChannel;
}

function showSecretProblem(error: unknown): void {
  const message =
    error instanceof SecretStorageUnavailableError
      ? error.message
      : `The profile could not be saved: ${error instanceof Error ? error.message : String(error)}`;
  void vscode.window.showErrorMessage(message);
}

async function pickRegion(current?: string): Promise<string | undefined> {
  const items = regions.map((r) => ({ label: r.id, description: r.displayName, picked: r.id === current }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Region of the profile',
    placeHolder: current ?? 'cn-north-4',
    matchOnDescription: true,
  });
  return picked?.label;
}

async function askKeys(prefill?: Credentials): Promise<Credentials | undefined> {
  const ak = await vscode.window.showInputBox({
    title: 'Access key ID (AK)',
    value: prefill?.ak,
    ignoreFocusOut: true,
    prompt: "From My Credentials → Access Keys in the Huawei Cloud console. Kept in VS Code's secret storage.",
    validateInput: (v) => (v.trim() ? undefined : 'Enter the access key ID.'),
  });
  if (!ak) return undefined;
  const sk = await vscode.window.showInputBox({
    title: 'Secret access key (SK)',
    password: true,
    ignoreFocusOut: true,
    prompt: "Kept in VS Code's secret storage only; never written to settings or logs.",
    validateInput: (v) => (v.trim() ? undefined : 'Enter the secret access key.'),
  });
  if (!sk) return undefined;
  return { ak: ak.trim(), sk: sk.trim() };
}

/** What the Add Profile wizard has gathered so far. */
interface ProfileDraft {
  readonly name?: string;
  readonly region?: string;
  readonly projectId?: string;
  /** One URL for every service (a gateway, or a local emulator); empty = the region's public endpoints. */
  readonly endpoint?: string;
  readonly ak?: string;
  readonly sk?: string;
  /** Keys imported from the environment: the key steps are left out. */
  readonly imported?: Credentials;
  /** From the connection test: the project IAM found, kept when the user left the project empty. */
  readonly foundProjectId?: string;
}

type Decision = vscode.QuickPickItem & { readonly decision: 'save' | 'back' };

const NOTHING_SAVED = 'Add Profile was cancelled: nothing was saved.';

function draftProfile(draft: ProfileDraft, id: string): Profile {
  return {
    id,
    name: draft.name ?? '',
    kind: 'cloud',
    region: draft.region ?? '',
    projectId: draft.projectId || draft.foundProjectId || undefined,
    endpoints: draft.endpoint ? { all: draft.endpoint } : undefined,
  };
}

function draftCredentials(draft: ProfileDraft): Credentials {
  return draft.imported ?? { ak: draft.ak ?? '', sk: draft.sk ?? '' };
}

/** The steps of "ECS: Add Profile": name, region, project, endpoint, AK, SK, then the connection test. */
function addProfileSteps(deps: ProfileCommandDeps): WizardStep<ProfileDraft>[] {
  const typed = (answer: StepAnswer<string>, key: keyof ProfileDraft): StepAnswer<Partial<ProfileDraft>> =>
    typeof answer === 'string' ? answer : { value: { [key]: answer.value } };
  const needsKeys = (d: ProfileDraft) => !d.imported;
  return [
    {
      ask: async (d, position) =>
        typed(
          await inputStep({
            title: 'Add Profile: name',
            position,
            value: d.name,
            placeholder: 'e.g. Production (cn-north-4)',
            validate: (v) =>
              !v.trim()
                ? 'Enter a name.'
                : deps.profiles.list().some((p) => p.name === v.trim())
                  ? 'A profile with this name exists.'
                  : undefined,
          }),
          'name',
        ),
    },
    {
      ask: async (d, position) => {
        const items = regions.map((r) => ({ label: r.id, description: r.displayName }));
        const answer = await pickStep({
          title: 'Add Profile: region',
          position,
          items,
          matchOnDescription: true,
          active: items.find((i) => i.label === (d.region ?? 'cn-north-4')),
          placeholder: 'Type to filter, e.g. beijing',
        });
        return typeof answer === 'string' ? answer : { value: { region: answer.value.label } };
      },
    },
    {
      ask: async (d, position) =>
        typed(
          await inputStep({
            title: 'Add Profile: project ID (optional)',
            position,
            value: d.projectId,
            prompt: 'Leave empty to look it up from the region (IAM): the connection test does it.',
            validate: (v) =>
              !v.trim() || isProjectId(v.trim()) ? undefined : 'A project ID is 32 hexadecimal characters.',
          }),
          'projectId',
        ),
    },
    {
      ask: async (d, position) =>
        typed(
          await inputStep({
            title: 'Add Profile: endpoint (optional)',
            position,
            value: d.endpoint,
            prompt:
              "Leave empty for the region's public endpoints. A URL here is used for every service " +
              '(a gateway, or a local emulator); per-service endpoints are in Edit Profile.',
            placeholder: 'https://…',
            validate: (v) => (v.trim() ? endpointProblem(v.trim(), 'The endpoint') : undefined),
          }),
          'endpoint',
        ),
    },
    {
      applies: needsKeys,
      ask: async (d, position) =>
        typed(
          await inputStep({
            title: 'Add Profile: access key ID (AK)',
            position,
            value: d.ak,
            prompt: "From My Credentials → Access Keys in the Huawei Cloud console. Kept in VS Code's secret storage.",
            validate: (v) => (v.trim() ? undefined : 'Enter the access key ID.'),
          }),
          'ak',
        ),
    },
    {
      applies: needsKeys,
      ask: async (d, position) =>
        typed(
          await inputStep({
            title: 'Add Profile: secret access key (SK)',
            position,
            value: d.sk,
            password: true,
            prompt: "Kept in VS Code's secret storage only; never written to settings or logs.",
            validate: (v) => (v.trim() ? undefined : 'Enter the secret access key.'),
          }),
          'sk',
        ),
    },
    {
      ask: async (d, position) => {
        let found: string | undefined;
        const answer = await pickAfterWork<Decision>(
          {
            title: 'Add Profile: connection test',
            position,
            busyText: `Testing the keys: looking up the project of ${d.region} through IAM…`,
          },
          async (signal) => {
            const verdict = await runConnectionTest(d, deps, signal);
            found = verdict.projectId;
            deps.log.info(
              `Connection test of the new profile "${d.name}" (access key ${maskAccessKey(draftCredentials(d).ak)}): ` +
                verdict.message,
            );
            // The verdict is the placeholder and, in full (a placeholder is cut), the first item's detail.
            const back: Decision = {
              label: '$(arrow-left) Back',
              description: 'change the keys or the endpoint',
              decision: 'back',
            };
            return verdict.keysWork
              ? {
                  placeholder: verdict.message,
                  items: [{ label: '$(check) Save Profile', detail: verdict.message, decision: 'save' }, back],
                }
              : {
                  placeholder: verdict.message,
                  items: [
                    { ...back, detail: verdict.message },
                    { label: 'Save Anyway', description: 'e.g. when working offline', decision: 'save' },
                  ],
                };
          },
        );
        if (typeof answer === 'string') return answer;
        return answer.value.decision === 'back' ? 'back' : { value: { foundProjectId: found } };
      },
    },
  ];
}

async function runConnectionTest(
  d: ProfileDraft,
  deps: ProfileCommandDeps,
  signal: AbortSignal,
): Promise<ConnectionVerdict> {
  try {
    const client = cloudClient(draftProfile(d, 'connection-test'), draftCredentials(d), deps);
    try {
      return await testConnection(client, d.region ?? '', signal);
    } finally {
      await client.close();
    }
  } catch (error) {
    return verdictOf(error);
  }
}

/**
 * "ECS: Add Profile": a wizard with a step counter and Back (name, region, project, endpoint,
 * AK/SK, offering the HUAWEICLOUD_SDK_* environment variables), then a connection test before
 * anything is saved. Escape discards everything and says so.
 */
export async function addProfile(deps: ProfileCommandDeps): Promise<Profile | undefined> {
  const fromEnv = credentialsFromEnv(process.env);
  let imported: Credentials | undefined;
  let projectId = process.env[PROJECT_ENV]?.trim() || undefined;
  if (fromEnv) {
    const choice = await vscode.window.showInformationMessage(
      'Use the access key from the environment ' +
        `(${CREDENTIAL_ENV_NAMES.ak} / ${CREDENTIAL_ENV_NAMES.sk}${projectId ? ` / ${PROJECT_ENV}` : ''}) ` +
        'for the new profile?',
      {
        modal: true,
        detail: "The keys are copied into VS Code's secret storage; the profile keeps working without the variables.",
      },
      'Import from Environment',
      'Enter Manually',
    );
    if (!choice) return undefined;
    if (choice === 'Import from Environment') imported = fromEnv;
    else projectId = undefined;
  }
  const draft = await runWizard(addProfileSteps(deps), { imported, projectId });
  if (!draft) {
    void showInfo(NOTHING_SAVED);
    return undefined;
  }
  const profile = draftProfile(draft, randomUUID());
  const credentials = draftCredentials(draft);
  try {
    await deps.secrets.storeCredentials(profile.id, credentials);
  } catch (error) {
    showSecretProblem(error);
    return undefined;
  }
  await deps.profiles.save(profile);
  await deps.profiles.setActive(profile.id);
  deps.log.info(
    `Profile "${profile.name}" added (${profile.region}); ` +
      `access key ${maskAccessKey(credentials.ak)} stored in VS Code's secret storage.`,
  );
  void vscode.window.showInformationMessage(`Profile "${profile.name}" saved and now active.`);
  return profile;
}

/** "ECS: Select Profile" (also the status bar item). */
export async function selectProfile(deps: ProfileCommandDeps, id?: string): Promise<Profile | undefined> {
  if (id) {
    const profile = deps.profiles.get(id);
    if (profile) await deps.profiles.setActive(profile.id);
    return profile;
  }
  const active = deps.profiles.active();
  const items: (vscode.QuickPickItem & { profile?: Profile })[] = [
    ...deps.profiles.list().map((profile) => ({
      label: `${profile.id === active.id ? '$(check) ' : ''}${profile.name}`,
      description: describeProfile(profile),
      profile,
    })),
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(add) Add Profile…' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Send ECS requests with profile',
    placeHolder: `Active: ${active.name}`,
  });
  if (!picked) return undefined;
  if (!picked.profile) return addProfile(deps);
  await deps.profiles.setActive(picked.profile.id);
  return picked.profile;
}

async function pickCloudProfile(deps: ProfileCommandDeps, title: string): Promise<Profile | undefined> {
  const cloud = deps.profiles.list().filter((p) => p.id !== EMULATOR_PROFILE_ID);
  if (cloud.length === 0) {
    void vscode.window.showInformationMessage(
      'There are no cloud profiles yet. The built-in "Local emulator" profile cannot be changed. ' +
        'Run "ECS: Add Profile" to add one.',
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    cloud.map((profile) => ({ label: profile.name, description: describeProfile(profile), profile })),
    { title },
  );
  return picked?.profile;
}

function parseOverrides(text: string): EndpointOverrides | string {
  const result: Record<string, string> = {};
  for (const part of text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^(\w+)=(\S+)$/.exec(part);
    if (!match) return `An entry is not service=https://host (for example ecs=https://ecs.example.com).`;
    const problem = endpointProblem(match[2], `The ${match[1]} endpoint`);
    if (problem) return problem;
    result[match[1]] = match[2];
  }
  return result as EndpointOverrides;
}

/** "ECS: Edit Profile": change one thing at a time. */
export async function editProfile(deps: ProfileCommandDeps): Promise<Profile | undefined> {
  const profile = await pickCloudProfile(deps, 'Edit which profile?');
  if (!profile) return undefined;
  const what = await vscode.window.showQuickPick(
    ['Name', 'Region', 'Project ID', 'Access Keys (AK/SK)', 'Endpoint Overrides'],
    { title: `Edit "${profile.name}"`, placeHolder: describeProfile(profile) },
  );
  let updated: Profile | undefined;
  switch (what) {
    case 'Name': {
      const name = await vscode.window.showInputBox({
        title: 'Profile name',
        value: profile.name,
        validateInput: (v) => (v.trim() ? undefined : 'Enter a name.'),
      });
      if (name) updated = { ...profile, name: name.trim() };
      break;
    }
    case 'Region': {
      const region = await pickRegion(profile.region);
      // The project belongs to the region: look it up again unless the user enters one.
      if (region)
        updated = { ...profile, region, projectId: region === profile.region ? profile.projectId : undefined };
      break;
    }
    case 'Project ID': {
      const project = await vscode.window.showInputBox({
        title: 'Project ID (empty = look it up from the region)',
        value: profile.projectId ?? '',
        validateInput: (v) =>
          !v.trim() || isProjectId(v.trim()) ? undefined : 'A project ID is 32 hexadecimal characters.',
      });
      if (project !== undefined) updated = { ...profile, projectId: project.trim() || undefined };
      break;
    }
    case 'Access Keys (AK/SK)': {
      const credentials = await askKeys(await deps.secrets.getCredentials(profile.id).catch(() => undefined));
      if (!credentials) return undefined;
      try {
        await deps.secrets.storeCredentials(profile.id, credentials);
      } catch (error) {
        showSecretProblem(error);
        return undefined;
      }
      deps.log.info(`Profile "${profile.name}": access keys replaced (access key ${maskAccessKey(credentials.ak)}).`);
      void vscode.window.showInformationMessage(
        `Profile "${profile.name}" saved: new access keys (${maskAccessKey(credentials.ak)}).`,
      );
      return profile;
    }
    case 'Endpoint Overrides': {
      const current = Object.entries(profile.endpoints ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      const text = await vscode.window.showInputBox({
        title: 'Endpoint overrides (service=URL, comma separated; empty = default endpoints)',
        value: current,
        prompt: 'Services: ecs, iam, vpc, ims, evs, kps, bss, eps, or all.',
        validateInput: (v) => {
          const r = parseOverrides(v);
          return typeof r === 'string' ? r : undefined;
        },
      });
      if (text !== undefined) updated = { ...profile, endpoints: parseOverrides(text) as EndpointOverrides };
      break;
    }
    default:
      return undefined;
  }
  if (!updated) return undefined;
  await deps.profiles.save(updated);
  void vscode.window.showInformationMessage(`Profile "${updated.name}" saved: ${what.toLowerCase()} changed.`);
  return updated;
}

/** "ECS: Remove Profile": the profile and its keys. */
export async function removeProfile(deps: ProfileCommandDeps): Promise<boolean> {
  const profile = await pickCloudProfile(deps, 'Remove which profile?');
  if (!profile) return false;
  const ok = await vscode.window.showWarningMessage(
    `Remove profile "${profile.name}" and its access keys from this computer?`,
    { modal: true },
    'Remove',
  );
  if (ok !== 'Remove') return false;
  try {
    await deps.secrets.deleteCredentials(profile.id);
  } catch (error) {
    showSecretProblem(error);
  }
  await deps.profiles.remove(profile.id);
  return true;
}
