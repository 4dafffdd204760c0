import type { EndpointOverrides } from '../../cloud';
import { LOCAL_EMULATOR_PROFILE_NAME } from '../../request/localEmulator';

/** A place to send requests: account (AK/SK in secret storage), region and project. */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly kind: 'cloud' | 'emulator';
  readonly region: string;
  /** Empty: looked up from the region through IAM on first use, then remembered. */
  readonly projectId?: string;
  /** Per-profile endpoint overrides (kept in the user's global state, never in the workspace). */
  readonly endpoints?: EndpointOverrides;
}

export const EMULATOR_PROFILE_ID = 'local-emulator';

/** Built in, cannot be removed; the default for a new user. Region and project come from the emulator. */
export const EMULATOR_PROFILE: Profile = {
  id: EMULATOR_PROFILE_ID,
  name: LOCAL_EMULATOR_PROFILE_NAME,
  kind: 'emulator',
  region: 'cn-north-4',
};

export function describeProfile(profile: Profile): string {
  return profile.kind === 'emulator'
    ? 'runs on this computer; nothing is created in the cloud'
    : `${profile.region}${profile.projectId ? `, project ${profile.projectId}` : ', project looked up on first use'}`;
}
