/**
 * What node's HTTP server answers by itself, answered in the gateway's JSON shape instead:
 * requests its parser refuses (bad request line, header syntax, Content-Length, chunked
 * encoding, oversized head), CONNECT, and unknown `Expect` values. Node's defaults would write
 * a bare status line or close the socket silently.
 */
import type { Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayError, gatewayErrorBody } from '../errors';
import { hex32 } from '../ids';
import type { EmulatorLogger } from '../logger';
import { statusText } from './dispatch';
import { formatBytes, PARSER_MAX_HEAD_BYTES } from './limits';

/** Node's parser error codes (llhttp `HPE_*`, plus node's own timeouts) mapped to an answer. */
export function clientErrorAnswer(code: string | undefined, reason: string | undefined): GatewayError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    const limit = formatBytes(PARSER_MAX_HEAD_BYTES);
    const message = `The request line and headers are larger than ${limit}; send smaller headers.`;
    return new GatewayError(494, 'APIGW.0201', message);
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new GatewayError(408, 'APIGW.0201', 'The request was not received completely in time; send it again.');
  }
  const why = reason ? ` (${reason.slice(0, 100)})` : '';
  const advice = 'check the request line, the headers and the body framing';
  return new GatewayError(400, 'APIGW.0201', `The request is not valid HTTP/1.1${why}; ${advice}.`);
}

/** A complete HTTP/1.1 answer with a JSON body, for writing straight onto a socket. */
export function rawAnswer(error: GatewayError, requestId: string): string {
  const body = JSON.stringify(gatewayErrorBody(error, requestId));
  const headers = [
    `HTTP/1.1 ${error.status} ${statusText(error.status)}`,
    `X-Request-Id: ${requestId}`,
    'Content-Type: application/json;charset=UTF-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

/** True when an answer to the request in progress on this socket has started. */
function answerStarted(socket: Duplex): boolean {
  const pending = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  return pending?.headersSent === true;
}

function answerOnSocket(socket: Duplex, error: GatewayError, log: EmulatorLogger, what: string): void {
  try {
    const requestId = hex32();
    if (!socket.writable || answerStarted(socket)) {
      socket.destroy();
      return;
    }
    log.warn(`${what} -> ${error.status} ${error.code} (request ${requestId})`);
    socket.end(rawAnswer(error, requestId));
    // Drop whatever else the client sends; the connection is done.
    socket.resume();
  } catch {
    socket.destroy();
  }
}

/** Installs the handlers above on the emulator's server. */
export function guardConnections(server: Server, log: EmulatorLogger): void {
  server.on('clientError', (error: NodeJS.ErrnoException & { reason?: string }, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || error.code === 'EPIPE') {
      socket.destroy();
      return;
    }
    const what = `unreadable request (${error.code ?? 'parse error'})`;
    answerOnSocket(socket, clientErrorAnswer(error.code, error.reason), log, what);
  });
  server.on('connect', (_request, socket: Duplex) => {
    const message = 'CONNECT is not supported: the emulator is an API endpoint, not a proxy.';
    const refusal = new GatewayError(400, 'APIGW.0201', message);
    answerOnSocket(socket, refusal, log, 'CONNECT');
  });
  server.on('checkExpectation', (_request, response: ServerResponse) => {
    const requestId = hex32();
    const message = 'Only "Expect: 100-continue" is supported; remove the Expect header.';
    const refusal = new GatewayError(417, 'APIGW.0201', message);
    const body = JSON.stringify(gatewayErrorBody(refusal, requestId));
    log.warn(`unsupported Expect header -> 417 (request ${requestId})`);
    response.writeHead(417, {
      'X-Request-Id': requestId,
      'Content-Type': 'application/json;charset=UTF-8',
      'Content-Length': String(Buffer.byteLength(body)),
      Connection: 'close',
    });
    response.end(body);
  });
}
