/**
 * Reading a request file and checking it with the same language service as the editor, so
 * `ecs-request lint` and the Problems panel always agree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { EcsLanguageService } from '../server/service/api';
import { createLanguageService } from '../server/service/languageService';
import type { ParsedDocument } from '../server/service/parser/ast';
import { CliError } from './cliError';
import { ExitCode } from './exitCodes';

export interface RequestFile {
  /** The path as the user wrote it (used in messages). */
  readonly displayPath: string;
  readonly parsed: ParsedDocument;
  readonly diagnostics: Diagnostic[];
}

let sharedService: EcsLanguageService | undefined;
/** One service per process: building the schema validator is the expensive part. */
export function languageService(): EcsLanguageService {
  sharedService ??= createLanguageService();
  return sharedService;
}

/** The editor language id for a request file, by extension; undefined for other files. */
export function languageIdFor(filePath: string): 'ecs-json' | 'ecs-yaml' | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return 'ecs-json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'ecs-yaml';
  return undefined;
}

/** Reads a file, with a plain message (exit 2) when it is missing or unreadable. */
export function readRequestText(displayPath: string, cwd: string): { absolutePath: string; text: string } {
  const absolutePath = path.resolve(cwd, displayPath);
  try {
    return { absolutePath, text: fs.readFileSync(absolutePath, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : `cannot read it (${code ?? 'unknown error'})`;
    throw new CliError(`${displayPath}: ${reason}. Give the path of a .ecs.json or .ecs.yaml request file.`, ExitCode.Usage);
  }
}

/** Parses and validates a request file. */
export function checkRequestFile(displayPath: string, cwd: string): RequestFile {
  const languageId = languageIdFor(displayPath);
  if (!languageId) {
    throw new CliError(`${displayPath}: not a request file. Request files end in .json or .yaml (e.g. server.ecs.yaml).`, ExitCode.Usage);
  }
  const { absolutePath, text } = readRequestText(displayPath, cwd);
  const service = languageService();
  const document = TextDocument.create(pathToFileURL(absolutePath).href, languageId, 1, text);
  const parsed = service.parse(document);
  return { displayPath, parsed, diagnostics: service.validate(parsed) };
}

export const SEVERITY_NAMES = ['error', 'error', 'warning', 'info', 'hint'] as const;
export const severityName = (diagnostic: Diagnostic): string => SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error';
export const isError = (diagnostic: Diagnostic): boolean => (diagnostic.severity ?? 1) === 1;

/** `path:line:col severity code message`, 1-based like compilers print. */
export function formatDiagnosticLine(displayPath: string, diagnostic: Diagnostic): string {
  const { line, character } = diagnostic.range.start;
  const code = diagnostic.code === undefined ? '' : ` ${diagnostic.code}`;
  return `${displayPath}:${line + 1}:${character + 1} ${severityName(diagnostic)}${code} ${diagnostic.message}`;
}

/** A diagnostic as the `--json` formats print it (1-based positions). */
export function diagnosticJson(diagnostic: Diagnostic): Record<string, unknown> {
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    severity: severityName(diagnostic),
    code: diagnostic.code ?? null,
    message: diagnostic.message,
  };
}
