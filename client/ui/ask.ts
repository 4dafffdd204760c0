import * as vscode from 'vscode';
import { autoConfirm, recordQuestion, takeScriptedAnswer } from '../testHooks';

/**
 * A modal question. Returns the chosen button, or undefined when cancelled. Under the test
 * runner with ECS_TEST_AUTO_CONFIRM=1 the first button is taken without showing the dialog
 * (the dialog text is logged, so tests still see what would have been asked). Under the test runner
 * a test may also script the answer (scriptAnswers), to take the cancel path.
 */
export async function askModal(
  log: vscode.LogOutputChannel,
  message: string,
  detail: string,
  ...buttons: string[]
): Promise<string | undefined> {
  recordQuestion({ message, detail, buttons });
  const scripted = takeScriptedAnswer();
  if (scripted) {
    log.info(`[test] answered "${message}" with "${scripted.answer ?? 'Cancel'}"`);
    return scripted.answer;
  }
  if (autoConfirm()) {
    log.info(`[test] auto-confirmed "${message}" with "${buttons[0]}"`);
    return buttons[0];
  }
  return vscode.window.showWarningMessage(message, { modal: true, detail }, ...buttons);
}
