/**
 * Which proxy the cloud client uses, from VS Code's `http.*` settings and the environment.
 * Pure (no vscode): settings.ts reads the values, tests call this directly.
 */
import type { ProxySetting } from '../../cloud';

/** The user-level values of VS Code's proxy settings. */
export interface VsCodeProxySettings {
  /** `http.proxy`; empty means "use the environment". */
  readonly proxy?: string;
  /** `http.noProxy`: hosts (or `.domain` suffixes, `*`) that are reached directly. */
  readonly noProxy?: readonly string[];
  /** `http.proxyStrictSSL`; VS Code's default is true. */
  readonly strictSSL?: boolean;
}

export interface ResolvedProxy {
  readonly proxy: ProxySetting;
  /** Whether server certificates are checked. The cloud core always checks them (see the warning). */
  readonly strictSSL: boolean;
  /** Shown in the log when a setting cannot be honoured. */
  readonly warning?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** An environment variable in either case (curl and undici read both). */
function envValue(env: Env, name: string): string | undefined {
  const value = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return value?.trim() || undefined;
}

/**
 * Explicit `http.proxy` wins; otherwise HTTPS_PROXY (or HTTP_PROXY) from the environment.
 * `http.noProxy` wins over NO_PROXY when it lists anything. No proxy at all → direct connections.
 */
export function resolveProxy(settings: VsCodeProxySettings, env: Env): ResolvedProxy {
  const url = settings.proxy?.trim() || envValue(env, 'https_proxy') || envValue(env, 'http_proxy');
  const listed = (settings.noProxy ?? []).map((h) => h.trim()).filter(Boolean);
  const noProxy = listed.length ? listed.join(',') : envValue(env, 'no_proxy');
  const strictSSL = settings.strictSSL ?? true;
  const warning = strictSSL
    ? undefined
    : 'http.proxyStrictSSL is off, but ECS requests still check server certificates (they carry signed credentials).';
  const proxy: ProxySetting = url ? { mode: 'url', url, ...(noProxy ? { noProxy } : {}) } : { mode: 'none' };
  return { proxy, strictSSL, warning };
}
