/**
 * How a create job moves through its states. Nothing runs in the background: the state of a job
 * is computed from the clock when someone asks, so a fast `jobSpeed` or a fake clock is all a
 * test needs, and a reloaded state file carries on where it left off.
 *
 *   PENDING_PAYMENT (unpaid yearly/monthly order) → per server: INIT → RUNNING → SUCCESS | FAIL
 * The parent job is INIT until a sub-job starts, RUNNING until all are done, then SUCCESS, or
 * FAIL if any sub-job failed.
 */
import type { JobRecord, ServerRecord, SubJobRecord } from './records';

export type JobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | 'PENDING_PAYMENT';
export type SubJobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';

/** Finished jobs are forgotten after a day (JOB-EN 2025-12). */
export const JOB_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Base durations at jobSpeed 1, in milliseconds. */
const INIT_MS = 1000;
const RUN_MS = 3000;
const RUN_STAGGER_MS = 250;

export interface SubJobView {
  record: SubJobRecord;
  status: SubJobStatus;
  beginAt: number | null;
  endAt: number | null;
}

export interface JobView {
  status: JobStatus;
  subJobs: SubJobView[];
  beginAt: number;
  endAt: number | null;
}

/** Sub-job timings for `count` servers; later servers finish a little later, like a real batch. */
export function subJobDurations(index: number, jobSpeed: number): { initMs: number; runMs: number } {
  const speed = jobSpeed > 0 ? jobSpeed : 1;
  return { initMs: INIT_MS / speed, runMs: (RUN_MS + RUN_STAGGER_MS * index) / speed };
}

function subJobView(job: JobRecord, sub: SubJobRecord, now: number): SubJobView {
  if (job.startAt === null) return { record: sub, status: 'INIT', beginAt: null, endAt: null };
  const elapsed = now - job.startAt;
  const runStart = job.startAt + sub.initMs;
  if (elapsed < sub.initMs) return { record: sub, status: 'INIT', beginAt: null, endAt: null };
  if (elapsed < sub.initMs + sub.runMs) return { record: sub, status: 'RUNNING', beginAt: runStart, endAt: null };
  return { record: sub, status: job.failure ? 'FAIL' : 'SUCCESS', beginAt: runStart, endAt: runStart + sub.runMs };
}

export function viewJob(job: JobRecord, now: number): JobView {
  const subJobs = job.subJobs.map((sub) => subJobView(job, sub, now));
  const beginAt = job.createdAt;
  if (job.startAt === null) return { status: 'PENDING_PAYMENT', subJobs, beginAt, endAt: null };
  const finished = subJobs.filter((s) => s.endAt !== null);
  if (finished.length === subJobs.length) {
    const endAt = Math.max(...finished.map((s) => s.endAt as number));
    return { status: subJobs.some((s) => s.status === 'FAIL') ? 'FAIL' : 'SUCCESS', subJobs, beginAt, endAt };
  }
  const started = subJobs.some((s) => s.status !== 'INIT');
  return { status: started ? 'RUNNING' : 'INIT', subJobs, beginAt, endAt: null };
}

export function isTerminal(status: JobStatus): boolean {
  return status === 'SUCCESS' || status === 'FAIL';
}

/** True when a finished job is older than the retention period and must answer "not found". */
export function isExpired(view: JobView, now: number): boolean {
  return isTerminal(view.status) && view.endAt !== null && now - view.endAt > JOB_RETENTION_MS;
}

/** Server status as the server list shows it; undefined = the server does not (or no longer) exist. */
export function serverStatus(
  server: ServerRecord,
  job: JobRecord | undefined,
  now: number,
): 'BUILD' | 'ACTIVE' | undefined {
  if (!job) return 'ACTIVE';
  const view = viewJob(job, now);
  if (view.status === 'PENDING_PAYMENT') return undefined;
  const sub = view.subJobs.find((s) => s.record.serverId === server.id);
  if (!sub || sub.status === 'FAIL') return undefined;
  return sub.status === 'SUCCESS' ? 'ACTIVE' : 'BUILD';
}

/** Whether a server counts against quotas and IP usage (anything not failed or rolled back). */
export function holdsResources(server: ServerRecord, job: JobRecord | undefined, now: number): boolean {
  if (!job) return true;
  const view = viewJob(job, now);
  const sub = view.subJobs.find((s) => s.record.serverId === server.id);
  return sub?.status !== 'FAIL';
}
