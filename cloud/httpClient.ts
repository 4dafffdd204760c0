/**
 * One HTTP attempt over undici: a shared keep-alive dispatcher (one connection pool per host),
 * optional proxy, an AbortSignal and a finite timeout on every call. Failures become the typed
 * errors of errors.ts; retries are not done here (see retry.ts).
 */
import { Agent, EnvHttpProxyAgent, ProxyAgent, request, type Dispatcher } from 'undici';
import { CancelledError, NetworkError, TimeoutError } from './errors';

export type ProxySetting =
  /** Direct connections only. */
  | { mode: 'none' }
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case) from `env`, or from process.env when omitted. */
  | { mode: 'env'; env?: Record<string, string | undefined> }
  /** One explicit proxy for every host except those in `noProxy` (same syntax as NO_PROXY). */
  | { mode: 'url'; url: string; noProxy?: string };

export interface HttpClientOptions {
  proxy?: ProxySetting;
  connectTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** Supply a dispatcher (tests, or sharing one between clients); then `proxy` is ignored. */
  dispatcher?: Dispatcher;
}

export interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** Limit for the whole attempt: connect, send, and read the full answer. */
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  bodyText: string;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_KEEP_ALIVE_MS = 30_000;

function envValue(env: Record<string, string | undefined>, name: string): string {
  return env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '';
}

/** Builds the dispatcher for a proxy setting. Exported for tests and for sharing. */
export function createDispatcher(
  proxy: ProxySetting = { mode: 'env' },
  options: { connectTimeoutMs?: number; keepAliveTimeoutMs?: number } = {},
): Dispatcher {
  const agentOptions = {
    keepAliveTimeout: options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_MS,
    connect: { timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS },
  };
  if (proxy.mode === 'url') {
    // EnvHttpProxyAgent gives NO_PROXY handling; empty strings keep it away from process.env.
    if (proxy.noProxy)
      return new EnvHttpProxyAgent({
        ...agentOptions,
        httpProxy: proxy.url,
        httpsProxy: proxy.url,
        noProxy: proxy.noProxy,
      });
    return new ProxyAgent({ ...agentOptions, uri: proxy.url });
  }
  if (proxy.mode === 'env') {
    const env = proxy.env ?? process.env;
    const httpProxy = envValue(env, 'http_proxy');
    const httpsProxy = envValue(env, 'https_proxy');
    if (httpProxy || httpsProxy) {
      return new EnvHttpProxyAgent({ ...agentOptions, httpProxy, httpsProxy, noProxy: envValue(env, 'no_proxy') });
    }
  }
  return new Agent(agentOptions);
}

/** Error codes that mean the connection never carried the request. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'UND_ERR_PRX_TLS',
]);

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED') return code;
  }
  return undefined;
}

function toNetworkError(error: unknown, host: string): NetworkError {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : '';
  // A refused proxy tunnel (CONNECT answered with non-200) never reached the target.
  const proxyRefused = /Proxy response \(\d+\)/.test(message);
  return new NetworkError({
    host,
    code: proxyRefused ? 'PROXY_REFUSED' : code,
    requestMayHaveBeenSent: !(proxyRefused || (code !== undefined && NOT_SENT_CODES.has(code))),
    cause: error,
  });
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Aborts when either signal aborts (AbortSignal.any is not in our Node typings). */
function eitherSignal(a: AbortSignal, b: AbortSignal): { signal: AbortSignal; dispose(): void } {
  const combined = new AbortController();
  const abort = () => combined.abort();
  if (a.aborted || b.aborted) abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  const dispose = () => {
    a.removeEventListener('abort', abort);
    b.removeEventListener('abort', abort);
  };
  return { signal: combined.signal, dispose };
}

export class HttpClient {
  readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;

  constructor(options: HttpClientOptions = {}) {
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher = options.dispatcher ?? createDispatcher(options.proxy, options);
  }

  /** One attempt. Rejects with CancelledError, TimeoutError or NetworkError; HTTP errors resolve. */
  async send(req: HttpRequest): Promise<HttpResponse> {
    if (req.signal?.aborted) throw new CancelledError();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), req.timeoutMs);
    const combined = req.signal ? eitherSignal(req.signal, timeout.signal) : { signal: timeout.signal, dispose() {} };
    const signal = combined.signal;
    try {
      const response = await request(req.url, {
        method: req.method as Dispatcher.HttpMethod,
        headers: req.headers,
        body: req.body,
        dispatcher: this.dispatcher,
        signal,
        headersTimeout: req.timeoutMs,
        bodyTimeout: req.timeoutMs,
      });
      const bodyText = await response.body.text();
      return { status: response.statusCode, headers: flattenHeaders(response.headers), bodyText };
    } catch (error) {
      if (req.signal?.aborted) throw new CancelledError();
      const code = errorCode(error);
      if (timeout.signal.aborted || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        throw new TimeoutError(req.url.host, req.timeoutMs);
      }
      throw toNetworkError(error, req.url.host);
    } finally {
      clearTimeout(timer);
      combined.dispose();
    }
  }

  /** Closes the connections (only when this client created the dispatcher). */
  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }
}
