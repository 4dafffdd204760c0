import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SCHEMA_FOLDER } from './constants';

/**
 * The JSON Schema file shipped in `schemas/`. Looked up by pattern so the schema file can be
 * renamed or versioned without touching the extension.
 */
export function findSchemaFile(context: vscode.ExtensionContext): vscode.Uri | undefined {
  const folder = context.asAbsolutePath(SCHEMA_FOLDER);
  let names: string[];
  try {
    names = fs
      .readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return undefined;
  }
  const preferred = names.find((n) => /schema/i.test(n) && /ecs|server|create/i.test(n)) ?? names[0];
  return preferred ? vscode.Uri.file(path.join(folder, preferred)) : undefined;
}
