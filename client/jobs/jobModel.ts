/**
 * What the "ECS Jobs" view knows about a submitted job, and how it is labelled. Pure (no vscode):
 * the tree provider turns these descriptions into TreeItems; tests check the wording here.
 */
import { awaitsPayment, isFailure, isFinished, jobStatusLabel, type JobState } from '../../cloud/jobStatus';
import { serverLabel } from '../../cloud/jobTracker';
import { requestedServerNames } from '../../request/requestFacts';
import { EMULATOR_PROFILE_ID } from '../profiles/profile';

export type { JobState };

export interface ServerEntry {
  readonly id?: string;
  /** The name the service gave the server (looked up by ID). */
  readonly name?: string;
  /** The name the request asks for (with -0001… when count > 1), shown until `name` is known. */
  readonly requestedName?: string;
  readonly status: JobState;
  readonly errorCode?: string;
  readonly failReason?: string;
}

/** One submitted job, as kept in globalState (plain JSON). */
export interface JobRecord {
  readonly jobId: string;
  readonly profileId: string;
  readonly profileName: string;
  readonly region: string;
  readonly projectId: string;
  /** URI (string) of the request file it came from. */
  readonly requestFile?: string;
  /** `server.name` of the request. */
  readonly requestName?: string;
  readonly count: number;
  /** `server.isAutoRename` of the request: with count > 1 every server keeps the same name. */
  readonly isAutoRename?: boolean;
  readonly submittedAt: string;
  readonly finishedAt?: string;
  readonly status: JobState;
  readonly orderId?: string;
  readonly serverIds: readonly string[];
  readonly servers: readonly ServerEntry[];
  /** Server names found so far (ID → name): looked up once, kept with the job. */
  readonly serverNames?: Readonly<Record<string, string>>;
  readonly errorCode?: string;
  readonly failReason?: string;
  /** Why the last status check failed (network, credentials); cleared by the next good check. */
  readonly checkProblem?: string;
  /** The X-Client-Token of the create request (recorded before it was sent). */
  readonly clientToken?: string;
  /** requestFingerprint of the body and target: a retry must send exactly this with the same token. */
  readonly fingerprint?: string;
  /** When the token was first sent: ECS honours it for 8 hours from then. */
  readonly tokenFirstSentAt?: string;
  /** Set while there is no job ID: the create is being sent, or its outcome is unknown. */
  readonly outcome?: 'sending' | 'unknown';
}

/** The key of a submit that has no job ID (yet): it is found again by its client token. */
export function pendingSubmitId(clientToken: string): string {
  return `submit:${clientToken}`;
}

/** Whether the record has a job the service can be asked about (not a submit without an answer). */
export function hasJob(job: JobRecord): boolean {
  return job.outcome === undefined;
}

/** The subset of the cloud client's job answer the model needs (cloud/apiTypes.ts EcsJob). */
export interface JobAnswer {
  readonly status: string;
  readonly endTime?: string;
  readonly errorCode?: string;
  readonly failReason?: string;
  readonly subJobs: readonly {
    status: string;
    serverId?: string;
    serverName?: string;
    errorCode?: string;
    failReason?: string;
  }[];
}

export interface StatusLook {
  /** Codicon id (with ~spin for motion). */
  readonly icon: string;
  /** Theme colour id, if any. */
  readonly color?: string;
  readonly label: string;
}

/** Icon and colour of a status; the words are the cloud core's (cloud/jobStatus.ts). */
export function statusLook(status: JobState): StatusLook {
  const label = jobStatusLabel(status);
  switch (status) {
    case 'INIT':
      return { icon: 'loading~spin', label };
    case 'RUNNING':
      return { icon: 'sync~spin', label };
    case 'SUCCESS':
      return { icon: 'pass', color: 'testing.iconPassed', label };
    case 'FAIL':
      return { icon: 'error', color: 'testing.iconFailed', label };
    case 'PENDING_PAYMENT':
      return { icon: 'credit-card', color: 'list.warningForeground', label };
    case 'EXPIRED':
      return { icon: 'history', label };
    case 'SENDING':
      return { icon: 'cloud-upload', label };
    case 'UNKNOWN':
      return { icon: 'question', color: 'list.warningForeground', label };
    default:
      return { icon: 'question', label };
  }
}

/** "45s", "3m 05s", "2h 07m", "3d 4h". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** Time from submission to the end (finished jobs) or to `now`. */
export function elapsedMs(job: JobRecord, now: Date): number {
  const end = job.finishedAt ? Date.parse(job.finishedAt) : now.getTime();
  return end - Date.parse(job.submittedAt);
}

function baseName(uri: string | undefined): string | undefined {
  if (!uri) return undefined;
  const clean = decodeURIComponent(uri.replace(/[?#].*$/, ''));
  return clean.slice(clean.lastIndexOf('/') + 1) || undefined;
}

export interface NodeText {
  readonly label: string;
  readonly description: string;
  /** Markdown. */
  readonly tooltip: string;
}

export function jobText(job: JobRecord, now: Date): NodeText {
  const look = statusLook(job.status);
  const what = job.requestName ?? baseName(job.requestFile) ?? job.jobId;
  const label = job.count > 1 ? `${what} ×${job.count}` : what;
  const file = baseName(job.requestFile);
  const description = [look.label, formatElapsed(elapsedMs(job, now)), file].filter(Boolean).join(' · ');
  if (!hasJob(job)) return submitText(job, label, look.label, file, now);
  const tooltip = [
    `**${label}** — ${look.label}`,
    '',
    `Job ID: \`${job.jobId}\``,
    `Profile: ${job.profileName} (${job.region}, project \`${job.projectId}\`)`,
    `Submitted: ${job.submittedAt}${job.finishedAt ? `, finished: ${job.finishedAt}` : ''}`,
    job.orderId
      ? `Order: \`${job.orderId}\`${awaitsPayment(job.status) ? ' — pay it to start creating the servers' : ''}`
      : undefined,
    file ? `Request file: ${file}` : undefined,
    job.errorCode || job.failReason
      ? `Failure: ${[job.errorCode, job.failReason].filter(Boolean).join(' — ')}`
      : undefined,
    job.checkProblem ? `Last status check failed: ${job.checkProblem}` : undefined,
  ].filter((l): l is string => l !== undefined);
  return { label, description, tooltip: tooltip.join('\n\n') };
}

/** A submit without a job ID: being sent, or every answer was lost (servers may exist). */
function submitText(job: JobRecord, label: string, state: string, file: string | undefined, now: Date): NodeText {
  const description = [state, formatElapsed(elapsedMs(job, now)), file].filter(Boolean).join(' · ');
  const expires = job.tokenFirstSentAt
    ? new Date(Date.parse(job.tokenFirstSentAt) + 8 * 3_600_000).toISOString()
    : undefined;
  const tooltip = [
    `**${label}** — ${state}`,
    job.outcome === 'unknown'
      ? 'Every answer to this submit was lost after it was sent: the servers **may exist**. Retry it with the same ' +
        'client token (the service then creates nothing twice), or check for servers by name first. ' +
        'Do not submit the file again as a new request before you know what exists.'
      : 'The create request is being sent.',
    job.clientToken
      ? `X-Client-Token: \`${job.clientToken}\`${expires ? ` (honoured until ${expires})` : ''}`
      : undefined,
    job.fingerprint ? `Request fingerprint: \`${job.fingerprint}\`` : undefined,
    `Profile: ${job.profileName} (${job.region}, project \`${job.projectId}\`)`,
    `Sent: ${job.submittedAt}`,
    file ? `Request file: ${file}` : undefined,
    job.failReason ? `Last error: ${[job.errorCode, job.failReason].filter(Boolean).join(' — ')}` : undefined,
  ].filter((l): l is string => l !== undefined);
  return { label, description, tooltip: tooltip.join('\n\n') };
}

export function serverText(server: ServerEntry): NodeText {
  const look = statusLook(server.status);
  const label = serverLabel(server.name ?? server.requestedName, server.id) ?? 'server (ID not known yet)';
  const failure = [server.errorCode, server.failReason].filter(Boolean).join(' — ');
  const description = [look.label, failure].filter(Boolean).join(': ');
  const tooltip = [
    `**${label}** — ${look.label}`,
    server.id ? `Server ID: \`${server.id}\`` : 'The server ID is known once the service has started creating it.',
    !server.name && server.requestedName
      ? `Name from the request; the service's name for it is not known yet.`
      : undefined,
    failure ? `Reason: ${failure}` : undefined,
  ].filter((l): l is string => l !== undefined);
  return { label, description, tooltip: tooltip.join('\n\n') };
}

/**
 * contextValue of a job node: `ecsJob` plus flags the menus test with regular expressions,
 * e.g. `ecsJob:unpaid:file` for an unpaid order whose request file is known.
 */
export function jobContextValue(job: JobRecord): string {
  if (!hasJob(job)) return ['ecsSubmit', job.outcome, job.requestFile ? 'file' : undefined].filter(Boolean).join(':');
  const flags = [
    awaitsPayment(job.status) && job.orderId ? 'unpaid' : undefined,
    job.requestFile ? 'file' : undefined,
    isFinished(job.status) ? 'finished' : 'active',
  ].filter(Boolean);
  return ['ecsJob', ...flags].join(':');
}

/**
 * contextValue of a server node: `ecsServer`, `:id` once the server ID is known, and `:console`
 * when the server is in the cloud (the console link is not offered for emulator servers).
 */
export function serverContextValue(job: JobRecord, server: ServerEntry): string {
  if (!server.id) return 'ecsServer';
  return job.profileId === EMULATOR_PROFILE_ID ? 'ecsServer:id:emulator' : 'ecsServer:id:console';
}

export interface ProfileGroup {
  readonly profileId: string;
  readonly profileName: string;
  readonly jobs: readonly JobRecord[];
}

/** Jobs grouped by profile (groups in name order), newest job first in each group. */
export function groupByProfile(jobs: readonly JobRecord[]): ProfileGroup[] {
  const groups = new Map<string, { profileId: string; profileName: string; jobs: JobRecord[] }>();
  for (const job of jobs) {
    const group = groups.get(job.profileId) ?? { profileId: job.profileId, profileName: job.profileName, jobs: [] };
    group.jobs.push(job);
    groups.set(job.profileId, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, jobs: [...g.jobs].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt)) }))
    .sort((a, b) => a.profileName.localeCompare(b.profileName));
}

/** Names known for a job: the cached ones plus any the answer carries. */
function knownNames(answer: JobAnswer, previous: JobRecord): Record<string, string> {
  const names: Record<string, string> = { ...(previous.serverNames ?? {}) };
  for (const sub of answer.subJobs) if (sub.serverId && sub.serverName) names[sub.serverId] = sub.serverName;
  return names;
}

/**
 * Servers to show under a job: from the sub-jobs when known, else the IDs from the submit answer.
 * Each gets its looked-up name, or the name the request asked for at its position.
 */
function serversFrom(answer: JobAnswer, previous: JobRecord, names: Readonly<Record<string, string>>): ServerEntry[] {
  const requested = requestedServerNames({
    name: previous.requestName,
    count: previous.count,
    isAutoRename: previous.isAutoRename,
  });
  const entries: Omit<ServerEntry, 'name' | 'requestedName'>[] =
    answer.subJobs.length > 0
      ? answer.subJobs.map((sub) => ({
          id: sub.serverId,
          status: sub.status,
          errorCode: sub.errorCode,
          failReason: sub.failReason,
        }))
      : previous.serverIds.length > 0
        ? previous.serverIds.map((id) => ({ id, status: answer.status }))
        : requested.map(() => ({ status: answer.status }));
  return entries.map((entry, i) => ({
    ...entry,
    name: entry.id ? names[entry.id] : undefined,
    requestedName: requested[i],
  }));
}

/** Servers of a job just submitted: the IDs from the answer (if any), else one entry per requested server. */
export function initialServers(job: Omit<JobRecord, 'servers'>): ServerEntry[] {
  const requested = requestedServerNames({ name: job.requestName, count: job.count, isAutoRename: job.isAutoRename });
  if (job.serverIds.length > 0)
    return job.serverIds.map((id, i) => ({ id, status: 'INIT', requestedName: requested[i] }));
  return requested.map((requestedName) => ({ status: 'INIT', requestedName }));
}

/** The record after a status answer from the service. */
export function applyJobAnswer(job: JobRecord, answer: JobAnswer, now: Date): JobRecord {
  const finished = isFinished(answer.status);
  const serverNames = knownNames(answer, job);
  return {
    ...job,
    status: answer.status,
    servers: serversFrom(answer, job, serverNames),
    serverNames,
    errorCode: answer.errorCode,
    failReason: answer.failReason,
    finishedAt: finished ? (job.finishedAt ?? answer.endTime ?? now.toISOString()) : undefined,
    checkProblem: undefined,
  };
}

/** The record when the service says the job ID is unknown (it was purged). */
export function markExpired(job: JobRecord, now: Date): JobRecord {
  return { ...job, status: 'EXPIRED', finishedAt: job.finishedAt ?? now.toISOString(), checkProblem: undefined };
}

/** The notification text when a job ends. */
export function endMessage(job: JobRecord): string {
  const what =
    job.count > 1 ? `${job.count} servers "${job.requestName ?? ''}"` : `server "${job.requestName ?? job.jobId}"`;
  const failed = job.servers.filter((s) => isFailure(s.status)).length;
  switch (job.status) {
    case 'SUCCESS':
      return `ECS job finished: ${what} created in ${job.region}.`;
    case 'FAIL': {
      const reason =
        [job.errorCode, job.failReason].filter(Boolean).join(': ') ||
        'See the job in the ECS Jobs view for the reason.';
      return (
        `ECS job failed: ${what} in ${job.region}${failed ? ` (${failed} of ${job.servers.length} failed)` : ''}. ` +
        reason
      );
    }
    case 'EXPIRED':
      return `ECS job ${job.jobId} is no longer known to the service (finished jobs are kept about a day).`;
    default:
      return `ECS job ${job.jobId}: ${statusLook(job.status).label}.`;
  }
}

/** The parts of the cloud core's JobTrackerState (cloud/jobTracker.ts) the model reads. */
export interface TrackerSnapshot {
  readonly phase: string;
  readonly job?: JobAnswer;
  readonly reason?: string;
  readonly errorCode?: string;
  readonly lastProblem?: string;
}

/** The record after an update from the job tracker. */
export function applyTrackerState(job: JobRecord, state: TrackerSnapshot, now: Date): JobRecord {
  let next = state.job ? applyJobAnswer(job, state.job, now) : job;
  switch (state.phase) {
    case 'expired':
      return markExpired(next, now);
    case 'failed':
      if (!state.job) next = { ...next, status: 'FAIL', finishedAt: next.finishedAt ?? now.toISOString() };
      return { ...next, errorCode: next.errorCode ?? state.errorCode, failReason: next.failReason ?? state.reason };
    case 'stopped':
    case 'timed-out':
      return { ...next, checkProblem: state.reason ?? 'Checking the job stopped.' };
    default:
      return state.lastProblem ? { ...next, checkProblem: state.lastProblem } : next;
  }
}
