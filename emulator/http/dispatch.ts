/**
 * One request from socket to answer: read the body, route, authenticate at the gateway, apply
 * injected faults, run the handler, render errors in the right shape, and write the answer with
 * an X-Request-Id. Log lines carry method, path, status and IDs only — never bodies or headers.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { EmulatorContext } from '../context';
import { EcsApiError, GatewayError, ecsErrorBody, gatewayErrorBody } from '../errors';
import type { FaultScope } from '../faults';
import { authenticate, bodyTooLarge, routeNotFound, throttled } from '../gateway';
import { hex32 } from '../ids';
import type { EmulatorAnswer, EmulatorRequest } from './exchange';
import { checkRequestHead, parseRequestTarget } from './front';
import { MAX_BODY_BYTES } from './limits';
import type { Route, Router } from './router';

class BodyTooLarge extends Error {}
/** The client went away before the body was complete: there is no one to answer. */
class ClientGone extends Error {}
/** The emulator was closed while a latency fault held the request: no work, no answer. */
class EmulatorClosing extends Error {}

/** Reads the whole body, refusing (without buffering) anything over the gateway's limit. */
function readBody(message: IncomingMessage): Promise<Buffer> {
  const announced = Number(message.headers['content-length'] ?? 0);
  if (announced > MAX_BODY_BYTES) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    message.on('data', (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', () => reject(new ClientGone()));
    message.on('close', () => {
      if (!message.complete) reject(new ClientGone());
    });
  });
}

/** Status line text, including the gateway's non-standard 494. */
export function statusText(status: number): string {
  return STATUS_CODES[status] ?? (status === 494 ? 'Request Header Too Large' : 'Unknown');
}

/** Paths go into log lines; a client may send 32 KB of them. */
function pathForLog(path: string): string {
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

function renderError(error: unknown, requestId: string, context: EmulatorContext): EmulatorAnswer {
  if (error instanceof GatewayError)
    return { status: error.status, body: gatewayErrorBody(error, requestId), headers: error.headers };
  if (error instanceof EcsApiError) return { status: error.status, body: ecsErrorBody(error) };
  context.log.error(
    `internal error for request ${requestId}: ${error instanceof Error ? error.message : String(error)}`,
  );
  return {
    status: 500,
    body: ecsErrorBody(new EcsApiError(500, 'Common.0001', 'The emulator hit an internal error; see its log.')),
  };
}

function serverErrorAnswer(status: number, requestId: string): EmulatorAnswer {
  if (status === 502 || status === 504) {
    const message =
      status === 502
        ? 'The backend service is unavailable; retry later.'
        : 'The backend service timed out; retry later.';
    return { status, body: gatewayErrorBody(new GatewayError(status, 'APIGW.0201', message), requestId) };
  }
  const code = status === 503 ? 'Common.1503' : 'Common.0001';
  const message =
    status === 503 ? 'Too many API calls are running; retry later.' : 'A system error occurred; retry later.';
  return { status, body: ecsErrorBody(new EcsApiError(status, code, message)) };
}

function flowControlAnswer(): EmulatorAnswer {
  // Common.0024 really is answered with HTTP 202: clients must read the body, not only the status.
  return {
    status: 202,
    body: ecsErrorBody(
      new EcsApiError(202, 'Common.0024', 'Too many concurrent requests; the request was not processed. Retry later.'),
    ),
  };
}

function scopesOf(route: Route): FaultScope[] {
  return route.scope ? ['all', route.scope] : ['all'];
}

/** Runs the route's handler with the faults that apply before and after the work. */
async function answerWithFaults(
  route: Route,
  request: EmulatorRequest,
  context: EmulatorContext,
): Promise<{ answer: EmulatorAnswer; reset: boolean }> {
  const scopes = scopesOf(route);
  const faults = context.faults;
  const latency = faults.take('latency', scopes);
  if (latency) {
    // Without the signal a held request would keep a stopped emulator's process alive (up to 10 minutes).
    await delay(latency.ms, undefined, { signal: context.closing }).catch(() => {
      throw new EmulatorClosing();
    });
  }
  const throttle = faults.take('throttle', scopes);
  if (throttle) throw throttled(throttle.retryAfterSeconds ?? 1);
  const serverError = faults.take('serverError', scopes);
  if (serverError && !serverError.afterCommit)
    return { answer: serverErrorAnswer(serverError.status ?? 500, request.requestId), reset: false };
  if (faults.take('flowControl', scopes)) return { answer: flowControlAnswer(), reset: false };

  const answer = await route.handler(request, context);
  // afterCommit: the work is done (and remembered), only the answer is lost.
  if (serverError) return { answer: serverErrorAnswer(serverError.status ?? 500, request.requestId), reset: false };
  if (!answer.committed) return { answer, reset: false };
  return { answer, reset: route.scope === 'create' && faults.take('resetAfterCommit', ['create']) !== undefined };
}

/** Writes the answer unless the connection is gone; `close` ends the connection afterwards. */
function writeAnswer(response: ServerResponse, answer: EmulatorAnswer, requestId: string, close: boolean): void {
  if (response.headersSent || response.destroyed || response.socket?.destroyed) return;
  const headers: Record<string, string> = { 'X-Request-Id': requestId, ...answer.headers };
  if (close) headers.Connection = 'close';
  if (answer.body === undefined) {
    response.writeHead(answer.status, statusText(answer.status), { ...headers, 'Content-Length': '0' });
    response.end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(answer.body), 'utf8');
  response.writeHead(answer.status, statusText(answer.status), {
    ...headers,
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': String(payload.length),
  });
  response.end(payload);
}

/**
 * The last line of defence: whatever went wrong while answering (a handler bug, an answer that
 * cannot be written), log it and answer 500 if nothing was sent yet, else drop the connection.
 * Never throws, so no single request can take the emulator down.
 */
function failSafe(error: unknown, response: ServerResponse, requestId: string, context: EmulatorContext): void {
  try {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.log.error(`internal error while answering request ${requestId}: ${detail}`);
  } catch {
    // A failing logger must not matter either.
  }
  try {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const message = `The emulator hit an internal error (request ${requestId}); see its log.`;
    const internal = new EcsApiError(500, 'Common.0001', message);
    writeAnswer(response, { status: 500, body: ecsErrorBody(internal) }, requestId, true);
  } catch {
    response.destroy();
  }
}

export function createRequestListener(router: Router, context: EmulatorContext) {
  const answerRequest = async (
    message: IncomingMessage,
    response: ServerResponse,
    requestId: string,
  ): Promise<void> => {
    const started = Date.now();
    const method = (message.method ?? 'GET').toUpperCase();
    let path = '(unreadable target)';
    let answer: EmulatorAnswer;
    let reset = false;
    // Errors found before the body is read leave it unread: close the connection after answering.
    let close = true;
    try {
      const target = parseRequestTarget(message.url ?? '/');
      path = target.path;
      checkRequestHead(message);
      let rawBody: Buffer;
      try {
        rawBody = await readBody(message);
      } catch (error) {
        if (error instanceof BodyTooLarge) throw bodyTooLarge();
        throw error;
      }
      close = false;
      const match = router.match(method, target.path);
      if (!match) throw routeNotFound(method, pathForLog(target.path));
      const request: EmulatorRequest = {
        method,
        path: target.path,
        query: target.query,
        rawQuery: target.rawQuery,
        headers: message.headers,
        rawBody,
        params: match.params,
        requestId,
        receivedAt: context.now(),
      };
      if (match.route.control) {
        answer = await match.route.handler(request, context);
      } else {
        authenticate(request, context);
        ({ answer, reset } = await answerWithFaults(match.route, request, context));
      }
    } catch (error) {
      if (error instanceof EmulatorClosing) {
        context.log.info(`${method} ${pathForLog(path)}: the emulator stopped while the answer was delayed`);
        return;
      }
      if (error instanceof ClientGone) {
        const what = `${method} ${pathForLog(path)}`;
        context.log.info(`${what}: the client left before the body was complete (request ${requestId})`);
        return;
      }
      answer = renderError(error, requestId, context);
    }

    if (reset) {
      const what = `${method} ${pathForLog(path)}`;
      context.log.warn(`fault: ${what} committed, connection reset without an answer (request ${requestId})`);
      message.socket.destroy();
      return;
    }
    const took = Date.now() - started;
    context.log.info(`${method} ${pathForLog(path)} -> ${answer.status} (${took} ms, request ${requestId})`);
    writeAnswer(response, answer, requestId, close);
  };

  return (message: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = hex32();
    // Errors of the connection surface through the socket and clientError; these only keep
    // an 'error' event without listener from being thrown.
    message.on('error', () => undefined);
    response.on('error', () => undefined);
    return answerRequest(message, response, requestId).catch((error: unknown) => {
      failSafe(error, response, requestId, context);
    });
  };
}
