/**
 * The words of the account language status item: which profile and region request files are
 * checked against, how old the data is, and whether it is being fetched, offline, failed or
 * partial. Pure (state + clock → text), so the item stays cheap and every wording is tested.
 */
import { dataAge, RESOURCE_KIND_LABELS } from '../../request/accountSnapshot';
import { unknownKinds, type AccountState } from './accountRefresher';

export interface AccountStatusText {
  /** Short: shown in the language status list. */
  readonly text: string;
  /** The state in a few words, with the data's age. */
  readonly detail: string;
  readonly severity: 'information' | 'warning' | 'error';
  readonly busy: boolean;
}

/** Reasons are sentences from the cloud core; the item shows the first one, not a paragraph. */
const MAX_REASON_LENGTH = 160;

function shortReason(reason: string): string {
  const trimmed = reason.trim().replace(/\.$/, '');
  return trimmed.length > MAX_REASON_LENGTH ? `${trimmed.slice(0, MAX_REASON_LENGTH - 1)}…` : trimmed;
}

export function describeAccountState(state: AccountState, nowMs: number): AccountStatusText {
  if (state.kind === 'off') {
    return state.why === 'untrusted'
      ? {
          text: 'Account data off',
          detail: 'Restricted Mode: no account data is fetched',
          severity: 'information',
          busy: false,
        }
      : { text: 'No account data', detail: 'not fetched yet', severity: 'information', busy: false };
  }
  const text = `${state.target.profileName} · ${state.target.region}`;
  const { snapshot, failure, fetching } = state;
  if (!snapshot) {
    if (failure) {
      const what = failure.offline ? 'offline' : 'fetch failed';
      return {
        text,
        detail: `no account data, ${what}: ${shortReason(failure.reason)}`,
        severity: 'error',
        busy: fetching,
      };
    }
    if (fetching) return { text, detail: 'fetching account data…', severity: 'information', busy: true };
    const detail =
      state.refreshMinutes > 0 ? 'no account data yet' : 'no account data yet: run "ECS: Refresh Account Data"';
    return { text, detail, severity: 'information', busy: false };
  }
  const age = `data from ${dataAge(Date.parse(snapshot.fetchedAt), new Date(nowMs))}`;
  const notes: string[] = [];
  let severity: AccountStatusText['severity'] = 'information';
  if (failure) {
    notes.push(`${failure.offline ? 'offline' : 'refresh failed'}: ${shortReason(failure.reason)}`);
    severity = 'warning';
  }
  const unknown = unknownKinds(snapshot);
  if (unknown.length > 0) {
    notes.push(`partial, unknown: ${unknown.map((kind) => RESOURCE_KIND_LABELS[kind]).join(', ')}`);
    severity = 'warning';
  }
  if (fetching) notes.push('refreshing…');
  return { text, detail: [age, ...notes].join('; '), severity, busy: fetching };
}
