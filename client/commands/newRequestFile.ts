import * as path from 'path';
import * as vscode from 'vscode';
import { REQUEST_FILE_ENDINGS } from '../../request/languageIds';
import { requestTemplates, suggestedFileName, type RequestTemplate } from '../../request/templates';
import { withRequestExtension } from '../requests/fileNames';
import { askModal } from '../ui/ask';

/** Arguments the command accepts from code (tests, welcome links) to skip the questions. */
export interface NewRequestFileArgs {
  /** Template prefix, e.g. 'ecs-pay-per-use'. */
  readonly template?: string;
  readonly format?: 'yaml' | 'json';
  readonly target?: vscode.Uri;
}

async function pickTemplate(args: NewRequestFileArgs): Promise<RequestTemplate | undefined> {
  const templates = requestTemplates(args.format ?? 'yaml');
  if (args.template) return templates.find((t) => t.prefix === args.template || t.name === args.template);
  const picked = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.label, detail: t.description, prefix: t.prefix })),
    { title: 'New ECS request file: which kind of server?' },
  );
  return picked && templates.find((t) => t.prefix === picked.prefix);
}

/**
 * "ECS: New Request File": a template (pay-per-use, yearly/monthly with EIP, spot, ...) in YAML or
 * JSON, saved where the user chooses, opened with its placeholders ready to fill in.
 */
export async function newRequestFile(
  log: vscode.LogOutputChannel,
  args: NewRequestFileArgs = {},
): Promise<vscode.Uri | undefined> {
  const format =
    args.format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'YAML', id: 'yaml' as const },
          { label: 'JSON (comments allowed)', id: 'json' as const },
        ],
        { title: 'New ECS request file: format' },
      )
    )?.id;
  if (!format) return undefined;
  const template = await pickTemplate({ ...args, format });
  if (!template) return undefined;
  let target = args.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = suggestedFileName(template, format);
    target = await vscode.window.showSaveDialog({
      title: 'Save the new ECS request file',
      defaultUri: folder ? vscode.Uri.joinPath(folder, suggested) : undefined,
      filters: { [format === 'yaml' ? 'ECS request (YAML)' : 'ECS request (JSON)']: [...REQUEST_FILE_ENDINGS[format]] },
    });
    if (!target) return undefined;
  }
  // The URI's path, not fsPath: the same rule for local, remote and Windows paths (fileNames.ts).
  const uri = target.with({ path: withRequestExtension(target.path, format) });
  if (uri.path !== target.path) {
    const name = path.posix.basename(uri.path);
    // The dialog asked about replacing the name it returned, not this one.
    if (await exists(uri)) {
      const replace = await askModal(
        log,
        `${name} already exists. Replace it?`,
        `The name you chose was saved as ${name}: ` +
          `the ".ecs.${format}" ending makes VS Code check it as an ECS request.`,
        'Replace',
      );
      if (replace !== 'Replace') return undefined;
    }
    void vscode.window.showInformationMessage(
      `Saved as ${name}: the ".ecs.${format}" ending makes VS Code check it as an ECS request.`,
    );
  }
  await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  const editor = await vscode.window.showTextDocument(uri);
  await editor.insertSnippet(new vscode.SnippetString(template.body));
  await editor.document.save();
  return uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
