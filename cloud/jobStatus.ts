/**
 * ECS job statuses and what each means for whoever follows a job (responses-and-jobs.md §4). The
 * one home of these facts: the job tracker, the CLI and the editor's jobs view all ask here.
 *
 * The service reports INIT, RUNNING, SUCCESS, FAIL and (documented since 2024, missing from the
 * SDK enums) PENDING_PAYMENT. The tools add three of their own: EXPIRED (the service no longer
 * knows the job: finished jobs are purged after a day, unpaid ones after 14 days), SENDING (a
 * create is on its way, no job ID yet) and UNKNOWN (every answer to a create was lost).
 */

/** Statuses the service documents; others may appear and are kept as they are. */
export type KnownJobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL' | 'PENDING_PAYMENT';
export type JobStatus = KnownJobStatus | (string & {});

/** A service status, or one the tools add (see above). */
export type JobState = JobStatus | 'EXPIRED' | 'SENDING' | 'UNKNOWN';

/** Statuses after which nothing about the job changes any more. */
const FINISHED: ReadonlySet<string> = new Set(['SUCCESS', 'FAIL', 'EXPIRED']);

/** The job is over: it succeeded, failed, or the service forgot it. Nothing changes any more. */
export function isFinished(status: string): boolean {
  return FINISHED.has(status);
}

export function isSuccess(status: string): boolean {
  return status === 'SUCCESS';
}

export function isFailure(status: string): boolean {
  return status === 'FAIL';
}

/** A yearly/monthly order waits to be paid: nothing happens until someone pays it. */
export function awaitsPayment(status: string): boolean {
  return status === 'PENDING_PAYMENT';
}

/**
 * Polling stops here: the job is finished, or it waits for payment and will not move by itself.
 * (A job waiting for payment is not finished: after payment it runs on, so it is followed again.)
 */
export function stopsPolling(status: string): boolean {
  return isFinished(status) || awaitsPayment(status);
}

/** The job moves on its own (INIT, RUNNING, or a status not documented): keep polling. */
export function isInProgress(status: string): boolean {
  return !stopsPolling(status);
}

/** A few words for a status, as the CLI and the jobs view print it. */
export function jobStatusLabel(status: string): string {
  switch (status) {
    case 'INIT':
      return 'starting';
    case 'RUNNING':
      return 'running';
    case 'SUCCESS':
      return 'succeeded';
    case 'FAIL':
      return 'failed';
    case 'PENDING_PAYMENT':
      return 'waiting for payment';
    case 'EXPIRED':
      return 'no longer known to the service';
    case 'SENDING':
      return 'sending';
    case 'UNKNOWN':
      return 'outcome unknown';
    default:
      return String(status).toLowerCase();
  }
}
