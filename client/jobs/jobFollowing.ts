import { hasJob, isFinished, type JobRecord } from './jobModel';

/**
 * Whether the extension follows `job` until it ends: it was created and has neither finished nor
 * stopped to wait for payment. At activation, such a job is what loads the cloud code.
 */
export function needsFollowing(job: JobRecord): boolean {
  return hasJob(job) && !isFinished(job.status) && job.status !== 'PENDING_PAYMENT';
}
