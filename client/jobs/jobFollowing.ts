import { stopsPolling } from '../../cloud/jobStatus';
import { hasJob, type JobRecord } from './jobModel';

/**
 * Whether the extension follows `job` until it ends: it was created and its status does not stop
 * polling (finished, or waiting for payment). At activation, such a job is what loads the cloud code.
 */
export function needsFollowing(job: JobRecord): boolean {
  return hasJob(job) && !stopsPolling(job.status);
}
