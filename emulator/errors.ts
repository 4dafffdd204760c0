/**
 * The two error shapes the emulator answers with: the ECS service shape
 * `{"error":{"code","message","details"?}}` and the API gateway shape
 * `{"error_code","error_msg","request_id"}` (errors.md §1 and §3).
 * Messages must never contain secrets (SK, adminPass, user_data, signatures).
 */

export interface EcsErrorDetail {
  code: string;
  message: string;
}

/** An error raised by an ECS-side handler or body check. */
export class EcsApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: EcsErrorDetail[],
  ) {
    super(message);
    this.name = 'EcsApiError';
  }
}

/** An error raised by the API gateway in front of every service (authentication, routing, throttling). */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** Shorthand for the most common case: an HTTP 400 with an `Ecs.*` code. */
export function badRequest(code: string, message: string, details?: EcsErrorDetail[]): EcsApiError {
  return new EcsApiError(400, code, message, details);
}

/** `Ecs.0005` (invalid parameter) wrapping finer-grained details, as in the API's own example. */
export function invalidParameter(message: string, details?: EcsErrorDetail[]): EcsApiError {
  return new EcsApiError(400, 'Ecs.0005', message, details);
}

export function ecsErrorBody(error: EcsApiError): unknown {
  const body: { code: string; message: string; details?: EcsErrorDetail[] } = {
    code: error.code,
    message: error.message,
  };
  if (error.details && error.details.length > 0) body.details = error.details;
  return { error: body };
}

export function gatewayErrorBody(error: GatewayError, requestId: string): unknown {
  return { error_code: error.code, error_msg: error.message, request_id: requestId };
}
