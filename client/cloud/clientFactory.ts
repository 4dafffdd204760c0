import * as vscode from 'vscode';
import {
  EcsClient,
  emulatorClientOptions,
  endpointProblem,
  InvalidTargetError,
  type CredentialSource,
  type EndpointOverrides,
} from '../../cloud';
import type { EmulatorHost } from '../profiles/emulatorHost';
import type { Profile } from '../profiles/profile';
import type { ProfileStore } from '../profiles/profileStore';
import type { SecretStore } from '../profiles/secretStore';
import { endpointOverridesSetting, proxySetting, requestTimeoutMs } from '../settings';
import { outputLogger } from './outputLogger';

/** A ready client for a profile, with the region and project it works in. */
export interface ProfileConnection {
  readonly profile: Profile;
  readonly client: EcsClient;
  readonly region: string;
  readonly projectId: string;
}

export interface ClientFactoryDeps {
  readonly profiles: ProfileStore;
  readonly secrets: SecretStore;
  readonly emulator: EmulatorHost;
  readonly log: vscode.LogOutputChannel;
  /** Extra strings to keep out of logs (filled-in secret placeholders of the current request). */
  readonly extraSecrets?: () => readonly string[];
}

const MISSING_KEYS_HINT = 'Run "ECS: Edit Profile" and enter the access key (AK) and secret key (SK) of this profile.';

/**
 * The cloud client of a cloud profile, signing with `credentials` (the stored keys, or the keys a
 * profile being added has not stored yet). Endpoints: the profile's, then user settings (machine
 * scope), never the workspace's.
 */
export function cloudClient(
  profile: Profile,
  credentials: CredentialSource,
  deps: Pick<ClientFactoryDeps, 'log' | 'extraSecrets'>,
): EcsClient {
  const fromSettings = endpointOverridesSetting();
  const endpoints: EndpointOverrides = { ...(profile.endpoints ?? {}), ...fromSettings };
  for (const [service, url] of Object.entries(endpoints)) {
    const where =
      service in fromSettings
        ? `The setting ecs.cloud.endpointOverrides.${service}`
        : `The ${service} endpoint of profile "${profile.name}"`;
    const problem = endpointProblem(url, where);
    if (problem) throw new InvalidTargetError(problem);
  }
  const proxy = proxySetting();
  if (proxy.warning) deps.log.warn(proxy.warning);
  return new EcsClient({
    region: profile.region,
    projectId: profile.projectId || undefined,
    credentials,
    missingCredentialsHint: MISSING_KEYS_HINT,
    endpoints,
    proxy: proxy.proxy,
    timeoutMs: requestTimeoutMs(),
    logger: outputLogger(deps.log),
    userAgent: userAgent(),
    extraSecrets: deps.extraSecrets,
  });
}

const userAgent = () => `ecs-request-tools-vscode/${vscode.version}`;

/** Builds the cloud client for a profile; looks up and remembers the project ID when it is empty. */
export async function connect(
  profile: Profile,
  deps: ClientFactoryDeps,
  signal?: AbortSignal,
): Promise<ProfileConnection> {
  if (profile.kind === 'emulator') {
    const emulator = await deps.emulator.ensure();
    const client = new EcsClient(
      emulatorClientOptions(emulator, {
        timeoutMs: requestTimeoutMs(),
        logger: outputLogger(deps.log),
        userAgent: userAgent(),
        extraSecrets: deps.extraSecrets,
      }),
    );
    return { profile, client, region: emulator.region, projectId: emulator.projectId };
  }
  const client = cloudClient(profile, () => deps.secrets.getCredentials(profile.id), deps);
  let projectId = profile.projectId;
  if (!projectId) {
    projectId = await client.lookupProjectId(profile.region, { signal });
    await deps.profiles.save({ ...profile, projectId });
    deps.log.info(`Profile "${profile.name}": project ${projectId} found for region ${profile.region}.`);
  }
  return { profile, client, region: profile.region, projectId };
}
