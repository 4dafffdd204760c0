import * as path from 'path';
import * as vscode from 'vscode';
import {
  formatOfLanguage,
  JSON_LANGUAGE_ID,
  LANGUAGE_ID_OF_FORMAT,
  requestLanguageOfFileName,
  YAML_LANGUAGE_ID,
} from '../../request/languageIds';

/** Which ECS language fits a document, from its current language or its extension. */
export function ecsLanguageFor(document: vscode.TextDocument): string | undefined {
  const format = formatOfLanguage(document.languageId);
  return format ? LANGUAGE_ID_OF_FORMAT[format] : requestLanguageOfFileName(document.fileName);
}

/**
 * Switches the active document to an ECS language (this session only) and explains how to make
 * that permanent with `files.associations`. Returns the language chosen, for tests.
 */
export async function treatAsRequestFile(uri?: vscode.Uri): Promise<string | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(
      'Open the JSON or YAML file you want checked as an ECS request, then run this command again.',
    );
    return undefined;
  }
  let language = ecsLanguageFor(document);
  if (!language) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'YAML', id: YAML_LANGUAGE_ID },
        { label: 'JSON', id: JSON_LANGUAGE_ID },
      ],
      { placeHolder: `Is ${path.basename(document.fileName)} written in YAML or JSON?` },
    );
    if (!picked) return undefined;
    language = picked.id;
  }
  await vscode.languages.setTextDocumentLanguage(document, language);
  const pattern = `*${path.extname(document.fileName) || ''}`;
  void vscode.window.showInformationMessage(
    `${path.basename(document.fileName)} is now checked as an ECS request until it is closed. ` +
      `To keep it that way, name the file *.ecs.${language === YAML_LANGUAGE_ID ? 'yaml' : 'json'} or add ` +
      `"files.associations": { "${pattern}": "${language}" } to your settings ` +
      `(a narrower glob such as "**/requests/${pattern}" avoids catching other files).`,
  );
  return language;
}
