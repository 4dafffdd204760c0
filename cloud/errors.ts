/**
 * Typed errors of the cloud core. Every message is plain, says what to do, and never contains
 * secrets (callers pass service text through redaction before it gets here).
 */
import { CREDENTIAL_CODES, explainHttpStatus, lookupErrorCode, THROTTLING_CODES } from './errorCatalog';
import { CREDENTIAL_ENV_NAMES } from './credentials';

export type CloudErrorKind =
  'api' | 'network' | 'timeout' | 'cancelled' | 'missing-credentials' | 'project-lookup' | 'invalid-target';

/** Base class: `instanceof CloudError` catches everything this module throws on purpose. */
export abstract class CloudError extends Error {
  abstract readonly kind: CloudErrorKind;
  /** Transient: the same request may succeed later (whether it is re-sent depends on idempotency). */
  abstract readonly retryable: boolean;
}

export interface EcsErrorDetail {
  code?: string;
  message?: string;
}

export interface EcsApiErrorInit {
  code: string;
  message: string;
  details?: EcsErrorDetail[];
  httpStatus: number;
  requestId?: string;
  retryAfterMs?: number;
}

/** An error answer from ECS, the API gateway or another service. */
export class EcsApiError extends CloudError {
  readonly kind = 'api' as const;
  readonly code: string;
  /** The service's own message text (redacted). `message` is `code: serviceMessage`. */
  readonly serviceMessage: string;
  readonly details: EcsErrorDetail[];
  readonly httpStatus: number;
  readonly requestId?: string;
  readonly explanation: string;
  readonly whatToDo: string;
  readonly retryable: boolean;
  /** Throttling: the request was not processed and may be sent again after a pause. */
  readonly throttled: boolean;
  /** Credentials are wrong, expired or not allowed: stop, do not retry. */
  readonly credentialProblem: boolean;
  /** From a Retry-After header, when the service sent one. */
  readonly retryAfterMs?: number;

  constructor(init: EcsApiErrorInit) {
    super(`${init.code}: ${init.message}`);
    this.name = 'EcsApiError';
    this.code = init.code;
    this.serviceMessage = init.message;
    this.details = init.details ?? [];
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
    const known =
      lookupErrorCode(init.code) ??
      lookupErrorCode(this.details.find((d) => d.code)?.code) ??
      explainHttpStatus(init.httpStatus);
    this.explanation = known.explanation;
    this.whatToDo = known.whatToDo;
    this.throttled = THROTTLING_CODES.has(init.code) || init.httpStatus === 429;
    this.credentialProblem = CREDENTIAL_CODES.has(init.code) || init.httpStatus === 401;
    this.retryable = this.throttled || init.httpStatus >= 500 || init.code === 'Ecs.0603';
  }

  /** One readable paragraph for people: code, message, details, meaning, next step, request ID. */
  describe(): string {
    const details = this.details
      .filter((d) => d.code || d.message)
      .map((d) => ` [${[d.code, d.message].filter(Boolean).join(': ')}]`)
      .join('');
    const request = this.requestId ? ` Request ID: ${this.requestId}.` : '';
    const said = `${this.serviceMessage}${details}`;
    const sentence = /[.!?]$/.test(said) ? said : `${said}.`;
    return `${this.code} (HTTP ${this.httpStatus}): ${sentence} ${this.explanation} ${this.whatToDo}${request}`;
  }
}

export interface NetworkErrorInit {
  host: string;
  /** Low-level code such as ECONNREFUSED or UND_ERR_SOCKET. */
  code?: string;
  /** False only when the connection was never established, so the server cannot have seen the request. */
  requestMayHaveBeenSent: boolean;
  cause?: unknown;
}

const NETWORK_CODE_TEXT: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name could not be resolved',
  EAI_AGAIN: 'the host name could not be resolved (temporary DNS failure)',
  ECONNRESET: 'the connection was reset',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_SOCKET: 'the connection was closed unexpectedly',
  UND_ERR_CONNECT_TIMEOUT: 'connecting took too long',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate could not be verified',
  SELF_SIGNED_CERT_IN_CHAIN: 'the certificate chain contains a self-signed certificate (a proxy that inspects TLS?)',
};

/** The request could not be completed on the network level. */
export class NetworkError extends CloudError {
  readonly kind = 'network' as const;
  readonly retryable = true;
  readonly host: string;
  readonly code?: string;
  readonly requestMayHaveBeenSent: boolean;

  constructor(init: NetworkErrorInit) {
    const what =
      (init.code && NETWORK_CODE_TEXT[init.code]) ?? `the request failed${init.code ? ` (${init.code})` : ''}`;
    super(
      `Could not complete the call to ${init.host}: ${what}. Check the network connection, the proxy settings ` +
        `and the endpoint.`,
      { cause: init.cause },
    );
    this.name = 'NetworkError';
    this.host = init.host;
    this.code = init.code;
    this.requestMayHaveBeenSent = init.requestMayHaveBeenSent;
  }
}

/** No complete answer within the time limit of one attempt. */
export class TimeoutError extends CloudError {
  readonly kind = 'timeout' as const;
  readonly retryable = true;
  readonly requestMayHaveBeenSent = true;
  constructor(
    readonly host: string,
    readonly timeoutMs: number,
  ) {
    super(
      `${host} did not answer within ${formatDuration(timeoutMs)}. The service may be slow or unreachable; ` +
        `try again, or raise the timeout setting.`,
    );
    this.name = 'TimeoutError';
  }
}

/** The caller cancelled (AbortSignal). */
export class CancelledError extends CloudError {
  readonly kind = 'cancelled' as const;
  readonly retryable = false;
  constructor(what = 'The request') {
    super(`${what} was cancelled.`);
    this.name = 'CancelledError';
  }
}

/** No usable AK/SK. `hint` names the place to store them in the calling tool. */
export class MissingCredentialsError extends CloudError {
  readonly kind = 'missing-credentials' as const;
  readonly retryable = false;
  constructor(hint?: string) {
    super(
      'No access key is set up. ' +
        (hint ?? `Set ${CREDENTIAL_ENV_NAMES.ak} and ${CREDENTIAL_ENV_NAMES.sk} in the environment`) +
        ' (an AK/SK pair from My Credentials → Access Keys in the console).',
    );
    this.name = 'MissingCredentialsError';
  }
}

/**
 * An endpoint, project ID, job ID or credential that must not be used to build or sign a request
 * (plain http to another computer, user:pass@, a path that leaves the API, a control character).
 * Nothing was sent. The message never repeats the rejected value when it may hold a secret.
 */
export class InvalidTargetError extends CloudError {
  readonly kind = 'invalid-target' as const;
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTargetError';
  }
}

/** IAM did not return exactly one project for the region. */
export class ProjectLookupError extends CloudError {
  readonly kind = 'project-lookup' as const;
  readonly retryable = false;
  constructor(
    readonly region: string,
    found: number,
  ) {
    super(
      found === 0
        ? `IAM returned no project named "${region}". Check the region id, or set the project ID explicitly (My ` +
            `Credentials → API Credentials in the console).`
        : `IAM returned ${found} projects named "${region}". Set the project ID explicitly.`,
    );
    this.name = 'ProjectLookupError';
  }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  return seconds < 120 ? `${Number(seconds.toFixed(1))} s` : `${Number((seconds / 60).toFixed(1))} min`;
}

// ---------------------------------------------------------------------------------------------
// Parsing error bodies

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function parseDetails(value: unknown): EcsErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((d) => ({ code: str(d.code), message: str(d.message) }));
}

/** Finds the error inside a parsed body, whichever of the known shapes it has. */
function errorFromJson(
  json: unknown,
): { code?: string; message?: string; details?: EcsErrorDetail[]; requestId?: string } | undefined {
  if (!isObject(json)) return undefined;
  // ECS: {"error": {"code", "message", "details"}}
  if (isObject(json.error) && (str(json.error.code) || str(json.error.message))) {
    return {
      code: str(json.error.code),
      message: str(json.error.message),
      details: parseDetails(json.error.details),
      requestId: str(json.request_id),
    };
  }
  // API gateway: {"error_code", "error_msg", "request_id"}
  // (A failed job also has `error_code`, next to `status`; that is a job result, not an error answer.)
  if (str(json.error_msg) || (str(json.error_code) && json.status === undefined && json.job_id === undefined)) {
    return { code: str(json.error_code), message: str(json.error_msg), requestId: str(json.request_id) };
  }
  // Failed job query: {"code", "message"} at the top level
  if (str(json.code) && typeof json.message === 'string' && json.status === undefined) {
    return { code: str(json.code), message: str(json.message) };
  }
  // Nova style: {"itemNotFound": {"message", "code": 404}}
  const keys = Object.keys(json);
  if (keys.length === 1 && isObject(json[keys[0]]) && typeof (json[keys[0]] as Json).message === 'string') {
    const inner = json[keys[0]] as Json;
    return { code: typeof inner.code === 'string' ? inner.code : undefined, message: str(inner.message) };
  }
  return undefined;
}

export interface ResponseForErrors {
  status: number;
  bodyText: string;
  requestId?: string;
  retryAfterMs?: number;
}

/**
 * The error carried by a response, or undefined when the response is a success. A 2xx answer
 * is an error only when its body says so (Common.0024 arrives with HTTP 202).
 * `redact` is applied to every text taken from the body.
 */
export function errorFromResponse(
  response: ResponseForErrors,
  redact: (text: string) => string = (t) => t,
): EcsApiError | undefined {
  let json: unknown;
  try {
    json = response.bodyText ? JSON.parse(response.bodyText) : undefined;
  } catch {
    json = undefined;
  }
  const found = errorFromJson(json);
  const success = response.status >= 200 && response.status < 300;
  if (success && !found?.code) return undefined;
  const snippet = response.bodyText.trim().slice(0, 200);
  return new EcsApiError({
    code: found?.code ?? `HTTP.${response.status}`,
    message: redact(found?.message ?? (snippet || `HTTP ${response.status} without a message`)),
    details: found?.details?.map((d) => ({
      code: d.code,
      message: d.message === undefined ? undefined : redact(d.message),
    })),
    httpStatus: response.status,
    requestId: response.requestId ?? found?.requestId,
    retryAfterMs: response.retryAfterMs,
  });
}
