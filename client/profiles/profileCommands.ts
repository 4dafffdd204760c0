import { randomUUID } from 'crypto';
import * as vscode from 'vscode';
import { CREDENTIAL_ENV_NAMES, credentialsFromEnv, endpointProblem, maskAccessKey, isProjectId, regions, type Credentials, type EndpointOverrides } from '../../cloud';
import { describeProfile, EMULATOR_PROFILE_ID, type Profile } from './profile';
import type { ProfileStore } from './profileStore';
import { SecretStorageUnavailableError, type SecretStore } from './secretStore';

const PROJECT_ENV = 'HUAWEICLOUD_SDK_PROJECT_ID';

export interface ProfileCommandDeps {
  readonly profiles: ProfileStore;
  readonly secrets: SecretStore;
  readonly log: vscode.LogOutputChannel;
}

function showSecretProblem(error: unknown): void {
  const message = error instanceof SecretStorageUnavailableError ? error.message : `The profile could not be saved: ${error instanceof Error ? error.message : String(error)}`;
  void vscode.window.showErrorMessage(message);
}

async function pickRegion(current?: string): Promise<string | undefined> {
  const items = regions.map((r) => ({ label: r.id, description: r.displayName, picked: r.id === current }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Region of the profile', placeHolder: current ?? 'cn-north-4', matchOnDescription: true });
  return picked?.label;
}

async function askKeys(prefill?: Credentials): Promise<Credentials | undefined> {
  const ak = await vscode.window.showInputBox({
    title: 'Access key ID (AK)', value: prefill?.ak, ignoreFocusOut: true,
    prompt: 'From My Credentials → Access Keys in the Huawei Cloud console. Kept in VS Code\'s secret storage.',
    validateInput: (v) => (v.trim() ? undefined : 'Enter the access key ID.'),
  });
  if (!ak) return undefined;
  const sk = await vscode.window.showInputBox({
    title: 'Secret access key (SK)', password: true, ignoreFocusOut: true,
    prompt: 'Kept in VS Code\'s secret storage only; never written to settings or logs.',
    validateInput: (v) => (v.trim() ? undefined : 'Enter the secret access key.'),
  });
  if (!sk) return undefined;
  return { ak: ak.trim(), sk: sk.trim() };
}

/** "ECS: Add Profile": name, region, project, AK/SK (offering the HUAWEICLOUD_SDK_* environment variables). */
export async function addProfile(deps: ProfileCommandDeps): Promise<Profile | undefined> {
  const fromEnv = credentialsFromEnv(process.env);
  let credentials: Credentials | undefined;
  let projectId = process.env[PROJECT_ENV]?.trim() || undefined;
  if (fromEnv) {
    const choice = await vscode.window.showInformationMessage(
      `Use the access key from the environment (${CREDENTIAL_ENV_NAMES.ak} / ${CREDENTIAL_ENV_NAMES.sk}${projectId ? ` / ${PROJECT_ENV}` : ''}) for the new profile?`,
      { modal: true, detail: 'The keys are copied into VS Code\'s secret storage; the profile keeps working without the variables.' },
      'Import from Environment', 'Enter Manually',
    );
    if (!choice) return undefined;
    if (choice === 'Import from Environment') credentials = fromEnv;
    else projectId = undefined;
  }
  const name = await vscode.window.showInputBox({
    title: 'Profile name', placeHolder: 'e.g. Production (cn-north-4)', ignoreFocusOut: true,
    validateInput: (v) => (!v.trim() ? 'Enter a name.' : deps.profiles.list().some((p) => p.name === v.trim()) ? 'A profile with this name exists.' : undefined),
  });
  if (!name) return undefined;
  const region = await pickRegion();
  if (!region) return undefined;
  const project = await vscode.window.showInputBox({
    title: 'Project ID (optional)', value: projectId, ignoreFocusOut: true,
    prompt: `Leave empty to look it up from the region (IAM) when the profile is first used.`,
    validateInput: (v) => (!v.trim() || isProjectId(v.trim()) ? undefined : 'A project ID is 32 hexadecimal characters.'),
  });
  if (project === undefined) return undefined;
  credentials ??= await askKeys();
  if (!credentials) return undefined;
  const profile: Profile = { id: randomUUID(), name: name.trim(), kind: 'cloud', region, projectId: project.trim() || undefined };
  try {
    await deps.secrets.storeCredentials(profile.id, credentials);
  } catch (error) {
    showSecretProblem(error);
    return undefined;
  }
  await deps.profiles.save(profile);
  await deps.profiles.setActive(profile.id);
  deps.log.info(`Profile "${profile.name}" added (${profile.region}); access key ${maskAccessKey(credentials.ak)} stored in VS Code's secret storage.`);
  void vscode.window.showInformationMessage(`Profile "${profile.name}" is now active.`);
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
  const picked = await vscode.window.showQuickPick(items, { title: 'Send ECS requests with profile', placeHolder: `Active: ${active.name}` });
  if (!picked) return undefined;
  if (!picked.profile) return addProfile(deps);
  await deps.profiles.setActive(picked.profile.id);
  return picked.profile;
}

async function pickCloudProfile(deps: ProfileCommandDeps, title: string): Promise<Profile | undefined> {
  const cloud = deps.profiles.list().filter((p) => p.id !== EMULATOR_PROFILE_ID);
  if (cloud.length === 0) {
    void vscode.window.showInformationMessage('There are no cloud profiles yet. The built-in "Local emulator" profile cannot be changed. Run "ECS: Add Profile" to add one.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(cloud.map((profile) => ({ label: profile.name, description: describeProfile(profile), profile })), { title });
  return picked?.profile;
}

function parseOverrides(text: string): EndpointOverrides | string {
  const result: Record<string, string> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
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
      const name = await vscode.window.showInputBox({ title: 'Profile name', value: profile.name, validateInput: (v) => (v.trim() ? undefined : 'Enter a name.') });
      if (name) updated = { ...profile, name: name.trim() };
      break;
    }
    case 'Region': {
      const region = await pickRegion(profile.region);
      // The project belongs to the region: look it up again unless the user enters one.
      if (region) updated = { ...profile, region, projectId: region === profile.region ? profile.projectId : undefined };
      break;
    }
    case 'Project ID': {
      const project = await vscode.window.showInputBox({
        title: 'Project ID (empty = look it up from the region)', value: profile.projectId ?? '',
        validateInput: (v) => (!v.trim() || isProjectId(v.trim()) ? undefined : 'A project ID is 32 hexadecimal characters.'),
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
      return profile;
    }
    case 'Endpoint Overrides': {
      const current = Object.entries(profile.endpoints ?? {}).map(([k, v]) => `${k}=${v}`).join(', ');
      const text = await vscode.window.showInputBox({
        title: 'Endpoint overrides (service=URL, comma separated; empty = default endpoints)', value: current,
        prompt: 'Services: ecs, iam, vpc, ims, evs, kps, bss, eps, or all.',
        validateInput: (v) => { const r = parseOverrides(v); return typeof r === 'string' ? r : undefined; },
      });
      if (text !== undefined) updated = { ...profile, endpoints: parseOverrides(text) as EndpointOverrides };
      break;
    }
    default:
      return undefined;
  }
  if (!updated) return undefined;
  await deps.profiles.save(updated);
  return updated;
}

/** "ECS: Remove Profile": the profile and its keys. */
export async function removeProfile(deps: ProfileCommandDeps): Promise<boolean> {
  const profile = await pickCloudProfile(deps, 'Remove which profile?');
  if (!profile) return false;
  const ok = await vscode.window.showWarningMessage(`Remove profile "${profile.name}" and its access keys from this computer?`, { modal: true }, 'Remove');
  if (ok !== 'Remove') return false;
  try {
    await deps.secrets.deleteCredentials(profile.id);
  } catch (error) {
    showSecretProblem(error);
  }
  await deps.profiles.remove(profile.id);
  return true;
}
