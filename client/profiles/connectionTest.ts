/**
 * The connection test of the profile wizard: one cheap signed read (the project lookup through
 * IAM, GET /v3/projects?name=REGION, which every cloud profile needs anyway) says whether the keys
 * work before they are saved. Pure (no vscode): the wizard shows the verdict.
 */
import { EcsApiError, ProjectLookupError, type EcsClient } from '../../cloud';

export interface ConnectionVerdict {
  /** True: the keys signed a request the service accepted. */
  readonly keysWork: boolean;
  /** One plain sentence for the user. */
  readonly message: string;
  /** The project of the region, when IAM named exactly one. */
  readonly projectId?: string;
}

/** Signs the project lookup of `region` with the client's keys and says what the answer means. */
export async function testConnection(
  client: EcsClient,
  region: string,
  signal?: AbortSignal,
): Promise<ConnectionVerdict> {
  try {
    const projectId = await client.lookupProjectId(region, { signal });
    return { keysWork: true, projectId, message: `The keys work: IAM found project ${projectId} for ${region}.` };
  } catch (error) {
    return verdictOf(error);
  }
}

/** The verdict for a failed lookup. Exported for tests. */
export function verdictOf(error: unknown): ConnectionVerdict {
  if (error instanceof ProjectLookupError) {
    // IAM answered, so the signature was accepted; only the project is not unique by name.
    return { keysWork: true, message: `The keys work, but ${error.message}` };
  }
  if (error instanceof EcsApiError && error.credentialProblem) {
    const advice =
      error.code === 'APIGW.0301'
        ? "check the AK and SK (and that this computer's clock is right)."
        : `${lowerFirst(error.whatToDo)}`;
    return { keysWork: false, message: `The keys were refused (${error.code}): ${advice}` };
  }
  if (error instanceof EcsApiError) {
    return {
      keysWork: false,
      message:
        `The connection test was answered with ${error.code} (HTTP ${error.httpStatus}): ` +
        `${error.explanation} ${error.whatToDo}`,
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    keysWork: false,
    message: `The connection test could not reach the service, so the keys are not checked: ${reason}`,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
