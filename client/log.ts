import * as vscode from 'vscode';
import { OUTPUT_CHANNEL_NAME } from './constants';

/**
 * The extension's one output channel. A LogOutputChannel so that users pick the level
 * (Developer: Set Log Level) and lines carry timestamps. Callers must never pass secrets.
 */
let channel: vscode.LogOutputChannel | undefined;

export function createLog(context: vscode.ExtensionContext): vscode.LogOutputChannel {
  if (!channel) {
    channel = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME, { log: true });
    context.subscriptions.push(channel, {
      dispose: () => {
        channel = undefined;
      },
    });
  }
  return channel;
}

/** The channel created at activation; throws if asked for before activation. */
export function log(): vscode.LogOutputChannel {
  if (!channel) throw new Error('ECS Request Tools: the output channel is used before activation.');
  return channel;
}
