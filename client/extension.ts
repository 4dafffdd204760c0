/**
 * Extension entry point: wiring only. Each feature lives in its own module.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from './constants';
import { createLog } from './log';
import { startLanguageClient } from './languageClient';
import { registerLanguageStatus } from './languageStatus';
import { openSchema } from './commands/openSchema';
import { treatAsRequestFile } from './commands/treatAsRequestFile';
import { initTestHooks } from './testHooks';
import { registerCloudFeatures } from './cloudFeatures';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext) {
  initTestHooks(context);
  const output = createLog(context);
  output.info(`ECS Request Tools ${context.extension.packageJSON.version} in ${vscode.env.appName} ${vscode.version}`);

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.treatAsRequestFile, (uri?: vscode.Uri) => treatAsRequestFile(uri)),
    vscode.commands.registerCommand(COMMANDS.openSchema, () => openSchema(context)),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show()),
  );
  registerLanguageStatus(context);
  const cloud = registerCloudFeatures(context, output);

  const clientReady = startLanguageClient(context, output).then(
    (started) => { client = started; return started; },
    (error: unknown) => {
      output.error(`The ECS language server did not start: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage('The ECS language server did not start, so request files are not checked. See the "ECS Request Tools" output for the reason.', 'Show Output')
        .then((choice) => { if (choice) output.show(); });
      return undefined;
    },
  );

  // Returned to other extensions and to the end-to-end tests (which read the log files).
  return { clientReady, cloud, logUri: context.logUri };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
