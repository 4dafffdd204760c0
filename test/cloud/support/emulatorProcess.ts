/**
 * The emulator in a child process, talked to over raw TCP: a request that would end the process
 * (an unhandled rejection) ends the child and fails a test, instead of the test runner.
 * Run as `node emulatorProcess.js --serve` it is that child: it prints one JSON line with the
 * endpoint and key pair, and writes the emulator's warnings and errors to stderr.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import { signRequest } from '../../../cloud/signing';
import { startEmulator } from '../../../emulator';

export interface EmulatorProcess {
  child: ChildProcess;
  endpoint: string;
  port: number;
  ak: string;
  sk: string;
  projectId: string;
  region: string;
  /** Every line the emulator logged at level error (internal errors). */
  errorLines: string[];
  /** Exit code or signal once the child has ended, undefined while it runs. */
  exited(): string | undefined;
  stop(): Promise<void>;
}

export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [__filename, '--serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const errorLines: string[] = [];
  let ended: string | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = `exit code ${code}, signal ${signal}`;
      resolve();
    }),
  );
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
    for (const line of text.split('\n')) if (line.startsWith('error: ')) errorLines.push(line);
  });
  const first = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      out += text;
      const newline = out.indexOf('\n');
      if (newline >= 0) resolve(out.slice(0, newline));
    });
    child.once('exit', () => reject(new Error(`the emulator process ended before it listened: ${stderr}`)));
  });
  const info = JSON.parse(first) as { endpoint: string; ak: string; sk: string; projectId: string; region: string };
  return {
    child,
    ...info,
    port: Number(new URL(info.endpoint).port),
    errorLines,
    exited: () => ended,
    stop: async () => {
      if (ended === undefined) child.kill('SIGTERM');
      await exit;
    },
  };
}

/** A Buffer as the plain Uint8Array some node typings insist on (no copy). */
export function view(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export interface HttpAnswer {
  status: number;
  reason: string;
  /** Lower-case names; repeated headers keep the last value. */
  headers: Record<string, string>;
  body: Buffer;
}

export interface Exchange {
  /** Every complete answer read from the connection, in order. */
  answers: HttpAnswer[];
  /** Bytes after the last complete answer (should be none). */
  leftover: Buffer;
  /** From the last byte sent to the connection's end, in ms. */
  answerMs: number;
  /** Set when the connection failed (e.g. a reset while still sending a large body). */
  socketError?: string;
  timedOut: boolean;
}

/**
 * Parses HTTP/1.x answers with Content-Length bodies (the emulator never sends chunked answers).
 * `firstIsHead`: the first answer is to a HEAD request, so it has no body whatever its length says.
 */
export function parseAnswers(bytes: Buffer, firstIsHead = false): { answers: HttpAnswer[]; leftover: Buffer } {
  const answers: HttpAnswer[] = [];
  let rest = bytes;
  for (;;) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd < 0) break;
    const lines = rest.subarray(0, headEnd).toString('latin1').split('\r\n');
    const statusLine = /^HTTP\/1\.[01] ([1-9][0-9]{2}) ([^\r\n]*)$/.exec(lines[0]);
    if (!statusLine) break;
    if (statusLine[1].startsWith('1')) {
      // An interim answer (100 Continue) has no body; the real answer follows.
      rest = rest.subarray(headEnd + 4);
      continue;
    }
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon <= 0) return { answers, leftover: rest };
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    let length = Number(headers['content-length'] ?? 'NaN');
    // An answer to HEAD has no body, unless the server could not read the request as HEAD at all
    // (a parse error): then exactly the body follows and the connection ends.
    if (firstIsHead && answers.length === 0 && rest.length - (headEnd + 4) !== length) length = 0;
    if (!Number.isInteger(length) || rest.length < headEnd + 4 + length) break;
    const body = rest.subarray(headEnd + 4, headEnd + 4 + length);
    answers.push({ status: Number(statusLine[1]), reason: statusLine[2], headers, body });
    rest = rest.subarray(headEnd + 4 + length);
  }
  return { answers, leftover: rest };
}

/**
 * Sends `bytes` on a fresh connection, half-closes it, and reads until the emulator closes it
 * (or `timeoutMs` passes: a hang).
 */
export function exchange(
  port: number,
  bytes: Buffer | string,
  timeoutMs = 5_000,
  headRequest = false,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const received: Uint8Array[] = [];
    let sentAt = Date.now();
    let socketError: string | undefined;
    let timedOut = false;
    const socket = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('connect', () => {
      const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
      socket.end(view(buffer), () => {
        sentAt = Date.now();
      });
    });
    socket.on('data', (chunk: Buffer) => received.push(view(chunk)));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      socketError = error.code ?? error.message;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const { answers, leftover } = parseAnswers(Buffer.concat(received), headRequest);
      resolve({ answers, leftover, answerMs: Math.max(0, Date.now() - sentAt), socketError, timedOut });
    });
  });
}

/** The raw bytes of a request signed with the emulator's key pair (as the cloud client signs). */
export function signedRequestBytes(
  emulator: Pick<EmulatorProcess, 'endpoint' | 'ak' | 'sk' | 'projectId'>,
  method: string,
  pathAndQuery: string,
  body?: Buffer,
  extraHeaders: Record<string, string> = {},
): Buffer {
  const url = new URL(pathAndQuery, emulator.endpoint);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Project-Id': emulator.projectId,
    ...extraHeaders,
  };
  Object.assign(headers, signRequest({ method, url, headers, body: body ? view(body) : undefined }, emulator));
  headers.Host = url.host;
  if (body) headers['Content-Length'] = String(body.length);
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  const head = [`${method} ${pathAndQuery} HTTP/1.1`, ...lines];
  return Buffer.concat([view(Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1')), view(body ?? Buffer.alloc(0))]);
}

/** An unsigned request with a Host header (for control endpoints and malformed input). */
export function plainRequestBytes(
  method: string,
  target: string,
  port: number,
  body?: Buffer | string,
  headers: string[] = [],
): Buffer {
  const bodyBytes = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const lines = [`${method} ${target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, ...headers];
  if (bodyBytes) lines.push('Content-Type: application/json', `Content-Length: ${bodyBytes.length}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return Buffer.concat([view(head), view(bodyBytes ?? Buffer.alloc(0))]);
}

async function serve(): Promise<void> {
  const emulator = await startEmulator({
    jobSpeed: 1000,
    logger: {
      info: () => undefined,
      warn: () => undefined,
      error: (message) => process.stderr.write(`error: ${message.replace(/\n/g, ' | ')}\n`),
    },
  });
  const { endpoint, ak, sk, projectId, region } = emulator;
  process.stdout.write(`${JSON.stringify({ endpoint, ak, sk, projectId, region })}\n`);
  process.once('SIGTERM', () => void emulator.close().then(() => process.exit(0)));
}

// node --test may load this file as a test file: only the child started above serves.
if (require.main === module && process.argv.includes('--serve')) void serve();
