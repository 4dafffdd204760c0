import * as vscode from 'vscode';
import type { EndpointOverrides } from '../cloud';
import { resolveProxy, type ResolvedProxy } from './cloud/proxyResolution';

/**
 * Settings that decide where requests go are read from user (machine) settings only: a
 * workspace must not be able to send a request, or its credentials, to another host.
 * package.json declares them with "machine" scope; `inspect()` is used here as a second guard.
 */
function userValue<T>(section: string, key: string): T | undefined {
  const inspected = vscode.workspace.getConfiguration(section).inspect<T>(key);
  return inspected?.globalValue ?? inspected?.defaultValue;
}

/**
 * `ecs.cloud.endpointOverrides`: { "ecs": "https://…", "iam": "…", "all": "…" }. Every string is
 * kept, even a bad one: the client factory refuses it with a message naming the setting, rather
 * than quietly sending the request to the default endpoint instead.
 */
export function endpointOverridesSetting(): EndpointOverrides {
  const value = userValue<Record<string, unknown>>('ecs', 'cloud.endpointOverrides') ?? {};
  const result: Record<string, string> = {};
  for (const [service, url] of Object.entries(value)) {
    if (typeof url === 'string') result[service] = url;
  }
  return result as EndpointOverrides;
}

/** VS Code's own proxy settings (`http.proxy`, `http.noProxy`, `http.proxyStrictSSL`), else the environment. */
export function proxySetting(): ResolvedProxy {
  return resolveProxy(
    {
      proxy: userValue<string>('http', 'proxy'),
      noProxy: userValue<string[]>('http', 'noProxy'),
      strictSSL: userValue<boolean>('http', 'proxyStrictSSL'),
    },
    process.env,
  );
}

/** Seconds to wait for one cloud call. */
export function requestTimeoutMs(): number {
  const seconds = userValue<number>('ecs', 'cloud.requestTimeoutSeconds') ?? 30;
  return Math.max(5, seconds) * 1000;
}

/** `ecs.account.refreshMinutes`: how often account data is fetched again (0: only on demand). */
export function accountRefreshMinutes(): number {
  const minutes = userValue<number>('ecs', 'account.refreshMinutes') ?? 10;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) return 0;
  // Each fetch is some 26 list calls: not more often than once a minute, not less than once a day.
  return Math.min(1440, Math.max(1, minutes));
}

/** `ecs.emulator.world`: the account the Local emulator starts with (`large`: a busy account to try checks on). */
export function emulatorWorldSetting(): 'default' | 'large' {
  return userValue<string>('ecs', 'emulator.world') === 'large' ? 'large' : 'default';
}
