/**
 * One request from socket to answer: read the body, route, authenticate at the gateway, apply
 * injected faults, run the handler, render errors in the right shape, and write the answer with
 * an X-Request-Id. Log lines carry method, path, status and IDs only — never bodies or headers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { EmulatorContext } from '../context';
import { EcsApiError, GatewayError, ecsErrorBody, gatewayErrorBody } from '../errors';
import type { FaultScope } from '../faults';
import { authenticate, bodyTooLarge, routeNotFound, throttled } from '../gateway';
import { hex32 } from '../ids';
import type { EmulatorAnswer, EmulatorRequest } from './exchange';
import type { Route, Router } from './router';

const MAX_BODY_BYTES = 12 * 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    message.on('data', (chunk: Uint8Array) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        message.resume();
        return;
      }
      chunks.push(chunk);
    });
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

function renderError(error: unknown, requestId: string, context: EmulatorContext): EmulatorAnswer {
  if (error instanceof GatewayError) return { status: error.status, body: gatewayErrorBody(error, requestId), headers: error.headers };
  if (error instanceof EcsApiError) return { status: error.status, body: ecsErrorBody(error) };
  context.log.error(`internal error for request ${requestId}: ${error instanceof Error ? error.message : String(error)}`);
  return { status: 500, body: ecsErrorBody(new EcsApiError(500, 'Common.0001', 'The emulator hit an internal error; see its log.')) };
}

function serverErrorAnswer(status: number, requestId: string): EmulatorAnswer {
  if (status === 502 || status === 504) {
    const message = status === 502 ? 'The backend service is unavailable; retry later.' : 'The backend service timed out; retry later.';
    return { status, body: gatewayErrorBody(new GatewayError(status, 'APIGW.0201', message), requestId) };
  }
  const code = status === 503 ? 'Common.1503' : 'Common.0001';
  const message = status === 503 ? 'Too many API calls are running; retry later.' : 'A system error occurred; retry later.';
  return { status, body: ecsErrorBody(new EcsApiError(status, code, message)) };
}

function flowControlAnswer(): EmulatorAnswer {
  // Common.0024 really is answered with HTTP 202: clients must read the body, not only the status.
  return { status: 202, body: ecsErrorBody(new EcsApiError(202, 'Common.0024', 'Too many concurrent requests; the request was not processed. Retry later.')) };
}

function scopesOf(route: Route): FaultScope[] {
  return route.scope ? ['all', route.scope] : ['all'];
}

/** Runs the route's handler with the faults that apply before and after the work. */
async function answerWithFaults(route: Route, request: EmulatorRequest, context: EmulatorContext): Promise<{ answer: EmulatorAnswer; reset: boolean }> {
  const scopes = scopesOf(route);
  const faults = context.faults;
  const latency = faults.take('latency', scopes);
  if (latency) await delay(latency.ms);
  const throttle = faults.take('throttle', scopes);
  if (throttle) throw throttled(throttle.retryAfterSeconds ?? 1);
  const serverError = faults.take('serverError', scopes);
  if (serverError && !serverError.afterCommit) return { answer: serverErrorAnswer(serverError.status ?? 500, request.requestId), reset: false };
  if (faults.take('flowControl', scopes)) return { answer: flowControlAnswer(), reset: false };

  const answer = await route.handler(request, context);
  // afterCommit: the work is done (and remembered), only the answer is lost.
  if (serverError) return { answer: serverErrorAnswer(serverError.status ?? 500, request.requestId), reset: false };
  if (!answer.committed) return { answer, reset: false };
  return { answer, reset: route.scope === 'create' && faults.take('resetAfterCommit', ['create']) !== undefined };
}

export function createRequestListener(router: Router, context: EmulatorContext) {
  return async (message: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = hex32();
    const started = Date.now();
    const url = new URL(message.url ?? '/', 'http://emulator.invalid');
    const method = (message.method ?? 'GET').toUpperCase();
    const rawTarget = message.url ?? '/';
    const queryIndex = rawTarget.indexOf('?');
    let answer: EmulatorAnswer;
    let reset = false;
    try {
      let rawBody: Buffer;
      try {
        rawBody = await readBody(message);
      } catch (error) {
        if (error instanceof BodyTooLarge) throw bodyTooLarge();
        throw error;
      }
      const match = router.match(method, url.pathname);
      if (!match) throw routeNotFound(method, url.pathname);
      const request: EmulatorRequest = {
        method,
        path: queryIndex < 0 ? rawTarget : rawTarget.slice(0, queryIndex),
        query: url.searchParams,
        rawQuery: queryIndex < 0 ? '' : rawTarget.slice(queryIndex + 1),
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
      answer = renderError(error, requestId, context);
    }

    if (reset) {
      context.log.warn(`fault: ${method} ${url.pathname} committed, connection reset without an answer (request ${requestId})`);
      message.socket.destroy();
      return;
    }
    context.log.info(`${method} ${url.pathname} -> ${answer.status} (${Date.now() - started} ms, request ${requestId})`);
    const headers: Record<string, string> = { 'X-Request-Id': requestId, ...answer.headers };
    if (answer.body === undefined) {
      response.writeHead(answer.status, { ...headers, 'Content-Length': '0' });
      response.end();
      return;
    }
    const payload = Buffer.from(JSON.stringify(answer.body), 'utf8');
    response.writeHead(answer.status, {
      ...headers,
      'Content-Type': 'application/json;charset=UTF-8',
      'Content-Length': String(payload.length),
    });
    response.end(payload);
  };
}
