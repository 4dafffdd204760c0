/** ECS job query: the state of a create job and of one sub-job per server. */
import type { RouteDefinition } from '../http/router';
import { ok, type EmulatorAnswer } from '../http/exchange';
import { isExpired, viewJob, type JobView } from '../state/jobLifecycle';
import type { JobRecord } from '../state/records';
import { isoMillis, requireProject } from './common';

function time(epochMs: number | null): string {
  return epochMs === null ? '' : isoMillis(epochMs);
}

function jobJson(job: JobRecord, view: JobView): unknown {
  const failure = job.failure;
  const subJobs = view.subJobs.map((sub) => {
    const failed = sub.status === 'FAIL' && failure;
    return {
      status: sub.status,
      entities: failed
        ? { server_id: sub.record.serverId, errorcode_message: failure.reason }
        : { server_id: sub.record.serverId },
      job_id: sub.record.jobId,
      job_type: 'createSingleServer',
      begin_time: time(sub.beginAt),
      end_time: time(sub.endAt),
      error_code: failed ? failure.code : null,
      fail_reason: failed ? failure.reason : null,
    };
  });
  const failed = view.status === 'FAIL' && failure;
  return {
    status: view.status,
    entities: { sub_jobs_total: subJobs.length, sub_jobs: subJobs },
    job_id: job.jobId,
    job_type: job.jobType,
    begin_time: time(view.beginAt),
    end_time: time(view.endAt),
    error_code: failed ? failure.code : null,
    fail_reason: failed ? failure.reason : null,
  };
}

/**
 * A failed job query answers HTTP 400 with `code` and `message` at the top level of the body,
 * the fields the job answer reserves for "the query itself failed" (Common.0011: invalid job ID).
 */
function jobQueryFailed(jobId: string): EmulatorAnswer {
  return {
    status: 400,
    body: {
      code: 'Common.0011',
      message:
        `Job ${jobId} was not found; finished jobs are kept for one day. ` +
        'Check the job_id from the create response.',
    },
  };
}

export const jobRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    pattern: '/v1/{project_id}/jobs/{job_id}',
    scope: 'jobs',
    handler: (request, context) => {
      requireProject(request, context);
      const jobId = request.params.job_id;
      const job = context.store.jobs.get(jobId);
      const now = context.now().getTime();
      if (!job) return jobQueryFailed(jobId);
      const view = viewJob(job, now);
      if (isExpired(view, now)) {
        context.store.forgetJob(jobId, view.status === 'FAIL');
        context.store.save();
        return jobQueryFailed(jobId);
      }
      return ok(jobJson(job, view));
    },
  },
];
