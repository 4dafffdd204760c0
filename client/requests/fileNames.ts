/** File-name rules for request files. Pure (no vscode). */
import * as path from 'path';
// Format extensions a user may type before, or instead of, the `.ecs.<format>` ending.
import { FORMAT_EXTENSIONS, REQUEST_FILE_NAME, requestFileName } from '../../request/languageIds';

/**
 * Adds the `.ecs` part the languages are matched by: `web.yaml` → `web.ecs.yaml`, `web` →
 * `web.ecs.json`. A format extension typed before an ending the save dialog appended is dropped:
 * `web.yaml.ecs.yaml` → `web.ecs.yaml` (code-server's dialog appends the filter's ending to a name
 * that ends in `.yaml` only).
 */
export function withRequestExtension(fsPath: string, format: 'yaml' | 'json'): string {
  const ending = REQUEST_FILE_NAME.exec(fsPath);
  if (ending) return dropFormatExtensions(fsPath.slice(0, -ending[0].length)) + ending[0];
  return requestFileName(dropFormatExtensions(fsPath), format);
}

/** `web.yaml` → `web`, `web.ecs.yaml.json` → `web`, `web` → `web`; the directory is kept. */
function dropFormatExtensions(fsPath: string): string {
  let stem = fsPath;
  for (;;) {
    const ext = path.extname(stem).toLowerCase();
    if (!FORMAT_EXTENSIONS.includes(ext) && ext !== '.ecs') return stem;
    stem = stem.slice(0, -ext.length);
  }
}
