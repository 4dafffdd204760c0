import * as vscode from 'vscode';
import { COMMANDS, REQUEST_DOCUMENT_SELECTOR, SCHEMA_LABEL } from './constants';
import { REQUEST_FILE_NAME } from '../request/languageIds';

/** Why the ECS schema applies to a document: its name, or a language choice by the user. */
export function schemaReason(document: vscode.TextDocument): string {
  return REQUEST_FILE_NAME.test(document.fileName)
    ? 'matched by the file name (*.ecs.*)'
    : 'set by files.associations or the language mode';
}

/**
 * A language status item (the `{}` next to the language name in the status bar) telling which
 * schema checks the file and why, with a link to open the schema.
 */
export function registerLanguageStatus(context: vscode.ExtensionContext): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('ecs.schema', REQUEST_DOCUMENT_SELECTOR);
  item.name = 'ECS request schema';
  item.text = SCHEMA_LABEL;
  item.command = {
    command: COMMANDS.openSchema,
    title: 'Open Schema',
    tooltip: 'Open the JSON Schema used for this file',
  };
  const update = (editor: vscode.TextEditor | undefined) => {
    if (editor) item.detail = schemaReason(editor.document);
  };
  update(vscode.window.activeTextEditor);
  context.subscriptions.push(item, vscode.window.onDidChangeActiveTextEditor(update));
  return item;
}
