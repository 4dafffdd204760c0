/** File-name rules for request files. Pure (no vscode). */
import * as path from 'path';

/** Adds the `.ecs` part the languages are matched by: `web.yaml` → `web.ecs.yaml`, `web` → `web.ecs.json`. */
export function withRequestExtension(fsPath: string, format: 'yaml' | 'json'): string {
  if (/\.ecs\.(json|ya?ml)$/i.test(fsPath)) return fsPath;
  const ext = path.extname(fsPath);
  const stem = ['.json', '.yaml', '.yml'].includes(ext.toLowerCase()) ? fsPath.slice(0, -ext.length) : fsPath;
  return `${stem}.ecs.${format}`;
}
