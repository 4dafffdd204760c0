import type * as vscode from 'vscode';
import type { LogFields, Logger } from '../../cloud';

/**
 * The cloud client's logger, writing to the output channel as one line per call:
 * "POST /v1.1/…/cloudservers status=202 duration=312ms requestId=…". The cloud client redacts
 * secrets before anything reaches this logger.
 */
function line(message: string, fields?: LogFields): string {
  const { method, path, ...rest } = fields ?? {};
  // An HTTP call reads best as "POST /path status=… durationMs=… requestId=…".
  const head = typeof method === 'string' && typeof path === 'string' ? [`${message}: ${method} ${path}`] : [message];
  const parts = Object.entries(typeof method === 'string' && typeof path === 'string' ? rest : (fields ?? {}))
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return [...head, ...parts].join(' ');
}

export function outputLogger(channel: vscode.LogOutputChannel): Logger {
  return {
    debug: (m, f) => channel.debug(line(m, f)),
    info: (m, f) => channel.info(line(m, f)),
    warn: (m, f) => channel.warn(line(m, f)),
    error: (m, f) => channel.error(line(m, f)),
  };
}
