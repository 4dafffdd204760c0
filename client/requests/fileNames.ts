/**
 * File-name rules for request files. Pure (no vscode). They work on a URI's path (always `/`
 * separated, whatever the OS or the scheme: `file`, `vscode-remote`, a Windows `/c:/…`), never on
 * an fsPath, so a remote window and a local one name the file alike.
 */
import * as path from 'path';
import type { DocumentFormat } from '../../request/parser/ast';
// Format extensions a user may type before, or instead of, the `.ecs.<format>` ending.
import { FORMAT_EXTENSIONS, REQUEST_FILE_NAME, requestFileName } from '../../request/languageIds';

export type RequestFormat = DocumentFormat;

/**
 * The path a new request file of `format` is written to, from the path a save dialog returned.
 * Every dialog is covered, since each may or may not append the filter's ending to what was typed:
 * - the ending kept when it is there and of the format: `web.ecs.yaml`, `web.ecs.yml`;
 * - `.ecs` added before a format extension: `web.yaml` → `web.ecs.yaml` (a native dialog keeps a
 *   typed extension);
 * - the whole ending added: `web` → `web.ecs.json` (Linux dialogs append nothing);
 * - a format extension typed before an appended ending dropped: `web.yaml.ecs.yaml` → `web.ecs.yaml`
 *   (VS Code's own "simple" dialog, used in remote and web windows or with
 *   `files.simpleDialog.enable`, appends the filter's ending to a name ending in `.yaml`);
 * - the ending of the other format replaced: JSON content goes in `.ecs.json`, YAML in `.ecs.yaml`.
 * The folder part is never changed.
 */
export function withRequestExtension(uriPath: string, format: RequestFormat): string {
  const ending = REQUEST_FILE_NAME.exec(uriPath);
  if (ending && formatOf(ending[1]) === format) {
    return dropFormatExtensions(uriPath.slice(0, -ending[0].length)) + ending[0];
  }
  const stem = ending ? uriPath.slice(0, -ending[0].length) : uriPath;
  return requestFileName(dropFormatExtensions(stem), format);
}

function formatOf(extension: string): RequestFormat {
  return extension.toLowerCase() === 'json' ? 'json' : 'yaml';
}

/** `web.yaml` → `web`, `web.ecs.yaml.json` → `web`, `web` → `web`; the folder is kept. */
function dropFormatExtensions(uriPath: string): string {
  let stem = uriPath;
  for (;;) {
    const ext = path.posix.extname(stem).toLowerCase();
    if (!FORMAT_EXTENSIONS.includes(ext) && ext !== '.ecs') return stem;
    stem = stem.slice(0, -ext.length);
  }
}
