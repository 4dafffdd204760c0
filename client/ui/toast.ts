import * as vscode from 'vscode';
import { recordToast } from '../testHooks';
import { withoutCodeSpans } from './plainText';

/**
 * Notifications whose text may come from the error catalog or describeFailure: shown without
 * Markdown code spans (toasts do not render Markdown). Diagnostics and hovers keep the spans.
 */
export function showError(message: string, ...items: string[]): Thenable<string | undefined> {
  return show('error', message, items);
}

export function showWarning(message: string, ...items: string[]): Thenable<string | undefined> {
  return show('warning', message, items);
}

export function showInfo(message: string, ...items: string[]): Thenable<string | undefined> {
  return show('info', message, items);
}

function show(kind: 'error' | 'warning' | 'info', message: string, items: string[]): Thenable<string | undefined> {
  const text = withoutCodeSpans(message);
  recordToast({ kind, text });
  if (kind === 'error') return vscode.window.showErrorMessage(text, ...items);
  if (kind === 'warning') return vscode.window.showWarningMessage(text, ...items);
  return vscode.window.showInformationMessage(text, ...items);
}
