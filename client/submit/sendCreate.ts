import * as vscode from 'vscode';
import { isOutcomeUnknown, whyOutcomeUnknown, type JsonObject } from '../../cloud';
import type { ProfileConnection } from '../cloud/clientFactory';
import { initialServers, pendingSubmitId, type JobRecord } from '../jobs/jobModel';
import type { JobStore } from '../jobs/jobStore';
import { describeFailure } from '../requests/cloudAction';
import { readRequestFacts } from '../../request/requestFacts';

export interface SendCreateDeps {
  readonly jobs: JobStore;
  readonly log: vscode.LogOutputChannel;
}

export interface SendCreateInput {
  readonly connection: ProfileConnection;
  readonly body: JsonObject;
  /** URI (string) of the request file. */
  readonly requestFile?: string;
  readonly fileName: string;
  readonly signal: AbortSignal;
  /** A retry: the token and first send time of the earlier attempt. */
  readonly clientToken?: string;
  readonly tokenFirstSentAt?: string;
}

/**
 * The three ways a create ends: a job, a refusal (nothing created), or no answer after it may have
 * been carried out.
 */
export type SendCreateOutcome =
  | { readonly kind: 'accepted'; readonly job: JobRecord }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'unknown'; readonly record: JobRecord; readonly message: string };

/**
 * Sends a create request. Before the first byte goes out, the jobs store gets a record with the
 * X-Client-Token and fingerprint, so that a lost answer can be retried with the same token (and
 * the service creates nothing twice). The record becomes the job when the answer arrives, is
 * dropped on a refusal, and stays as "outcome unknown" when every answer was lost.
 */
export async function sendCreate(input: SendCreateInput, deps: SendCreateDeps): Promise<SendCreateOutcome> {
  const { connection, body } = input;
  const facts = readRequestFacts(body);
  let pending: JobRecord | undefined;
  try {
    const result = await connection.client.createServers(body, {
      dryRun: false,
      clientToken: input.clientToken,
      signal: input.signal,
      beforeSend: async (intent) => {
        pending = {
          jobId: pendingSubmitId(intent.clientToken),
          profileId: connection.profile.id,
          profileName: connection.profile.name,
          region: connection.region,
          projectId: connection.projectId,
          requestFile: input.requestFile,
          requestName: facts.name,
          count: facts.count,
          isAutoRename: facts.isAutoRename,
          submittedAt: new Date().toISOString(),
          status: 'SENDING',
          serverIds: [],
          servers: [],
          clientToken: intent.clientToken,
          fingerprint: intent.fingerprint,
          tokenFirstSentAt: input.tokenFirstSentAt ?? new Date().toISOString(),
          outcome: 'sending',
        };
        await deps.jobs.add(pending);
        deps.log.info(
          `Sending ${input.fileName} with client token ${intent.clientToken} (fingerprint ${intent.fingerprint}).`,
        );
      },
    });
    if (!result.jobId) throw new Error(`the service answered HTTP ${result.status} without a job ID.`);
    const submitted: Omit<JobRecord, 'servers'> = {
      ...(pending as JobRecord),
      jobId: result.jobId,
      status: 'INIT',
      orderId: result.orderId,
      serverIds: result.serverIds ?? [],
      outcome: undefined,
    };
    const job: JobRecord = { ...submitted, servers: initialServers(submitted) };
    await deps.jobs.replace(pendingSubmitId(result.clientToken), job);
    deps.log.info(
      `Submitted ${input.fileName}: job ${job.jobId}${job.orderId ? `, order ${job.orderId}` : ''} ` +
        `(request ${result.requestId ?? 'n/a'}, client token ${result.clientToken}).`,
    );
    return { kind: 'accepted', job };
  } catch (error) {
    // Cancelling while the request is out leaves its fate open, like a lost answer.
    if (pending && (input.signal.aborted || isOutcomeUnknown(error))) {
      const why = input.signal.aborted
        ? 'you stopped waiting after the request had been sent.'
        : whyOutcomeUnknown(error);
      const record =
        (await deps.jobs.update(pending.jobId, (j) => ({
          ...j,
          status: 'UNKNOWN',
          outcome: 'unknown',
          failReason: describeFailure(error),
        }))) ?? pending;
      const message =
        `The outcome of submitting ${input.fileName} is unknown: the servers MAY exist, because ${why} ` +
        `Retry with the same client token (${pending.clientToken}; nothing is created twice) ` +
        'or check for servers by name.';
      deps.log.warn(`${message} Last error: ${describeFailure(error)}`);
      return { kind: 'unknown', record, message };
    }
    if (pending) await deps.jobs.remove(pending.jobId);
    return { kind: 'refused', message: describeFailure(error) };
  }
}
