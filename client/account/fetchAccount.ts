/**
 * One fetch of the account snapshot for a profile, in the cloud bundle (dist/cloud.js: the cloud
 * core and undici load only when account data is first fetched). The Local emulator profile starts
 * the bundled emulator as dry-run does. Errors become an outcome the refresher words; nothing
 * throws, and the signal aborts the whole fetch.
 */
import { fetchAccountSnapshot } from '../../cloud';
import { connect, type ClientFactoryDeps } from '../cloud/clientFactory';
import type { Profile } from '../profiles/profile';
import type { FetchOutcome } from './accountRefresher';
import { fetchFailure } from './fetchFailure';

export async function fetchAccount(
  profile: Profile,
  deps: ClientFactoryDeps,
  signal: AbortSignal,
): Promise<FetchOutcome> {
  try {
    const { client } = await connect(profile, deps, signal);
    const snapshot = await fetchAccountSnapshot({ profile: profile.name, client }, { signal });
    return { ok: true, snapshot };
  } catch (error) {
    return fetchFailure(error);
  }
}
