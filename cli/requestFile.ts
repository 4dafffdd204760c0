/**
 * Reading a request file and checking it with the same language service as the editor, so
 * `ecs-request lint` and the Problems panel always agree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { EcsLanguageService } from '../server/service/api';
import { createLanguageService } from '../server/service/languageService';
import { requestLanguageOfFileName } from '../request/languageIds';
import type { ParsedDocument } from '../request/parser/ast';
import { defaultSettings } from '../server/service/types';
import { CliError } from './cliError';
import { ExitCode } from './exitCodes';
import { printable } from './printable';

/** The editor's `ecs.maxDocumentSize` default: the CLI reads no more than this many characters. */
export const MAX_REQUEST_CHARS = defaultSettings.maxDocumentSize;
/** A character is at most 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2), so a larger file is too long. */
const MAX_REQUEST_BYTES = MAX_REQUEST_CHARS * 3;

/** Diagnostic code of a file with nothing in it (the language service reports nothing there). */
export const EMPTY_FILE_CODE = 'empty-file';

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

function unreadable(displayPath: string, reason: string): CliError {
  return new CliError(`${displayPath}: ${reason}`, ExitCode.Usage);
}

const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 BE' },
  { bytes: [0xff, 0xfe], name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16 BE' },
];
const SAVE_AS_UTF8 =
  'Request files are UTF-8: save it as UTF-8 ' +
  '(in VS Code: the encoding in the status bar → Save with Encoding → UTF-8).';

/** The bytes as text: a UTF-8 byte order mark is dropped; UTF-16/32, NUL bytes and invalid UTF-8 are refused. */
export function decodeRequestBytes(bytes: Uint8Array, displayPath: string): string {
  const bom = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((b, i) => bytes[i] === b));
  if (bom)
    throw unreadable(
      displayPath,
      `the file is saved as ${bom.name} (it starts with that byte order mark). ${SAVE_AS_UTF8}`,
    );
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw unreadable(
      displayPath,
      `the file holds a NUL byte (at byte ${nul}), so it is not UTF-8 text; it may be UTF-16 ` +
        `without a byte order mark, or not a text file at all. ${SAVE_AS_UTF8}`,
    );
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw unreadable(
      displayPath,
      `the file is not valid UTF-8 (perhaps Latin-1 or another code page). ${SAVE_AS_UTF8}`,
    );
  }
}

function tooLarge(displayPath: string, size: string): CliError {
  return unreadable(
    displayPath,
    `the file has ${size}, more than any request can hold (the limit is ` +
      `${MAX_REQUEST_CHARS.toLocaleString('en-US')} characters, the editor's ecs.maxDocumentSize default); ` +
      'nothing was read or sent.',
  );
}

/** At most MAX_REQUEST_BYTES + 1 bytes of a regular file, without blocking on pipes or devices. */
function readBounded(absolutePath: string, displayPath: string): Uint8Array {
  const notRegular =
    'it is not a regular file (a pipe, device or socket). Give the path of a saved .ecs.json or .ecs.yaml file.';
  const before = fs.statSync(absolutePath);
  if (before.isDirectory())
    throw unreadable(displayPath, 'it is a directory. Give the path of a .ecs.json or .ecs.yaml request file.');
  if (!before.isFile()) throw unreadable(displayPath, notRegular);
  if (before.size > MAX_REQUEST_BYTES) throw tooLarge(displayPath, `${before.size.toLocaleString('en-US')} bytes`);
  // O_NONBLOCK: if the path was swapped for a FIFO after the check, opening it does not wait for a writer.
  const fd = fs.openSync(absolutePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    if (!fs.fstatSync(fd).isFile()) throw unreadable(displayPath, notRegular);
    // One byte more than expected shows whether the file grew since the check; it may grow up to the limit.
    let buffer = new Uint8Array(before.size + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
      if (length > MAX_REQUEST_BYTES)
        throw tooLarge(displayPath, `more than ${MAX_REQUEST_BYTES.toLocaleString('en-US')} bytes`);
      if (length === buffer.length) {
        const grown = new Uint8Array(Math.min(buffer.length * 2, MAX_REQUEST_BYTES + 1));
        grown.set(buffer);
        buffer = grown;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads a request file with a plain message (exit 2) when it is missing, not a regular file,
 * larger than the size limit, or not UTF-8 text. `displayPath` must already be printable.
 */
export function readRequestText(
  file: string,
  cwd: string,
  displayPath = printable(file),
): { absolutePath: string; text: string } {
  const absolutePath = path.resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    bytes = readBounded(absolutePath, displayPath);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : `cannot read it (${code ?? 'unknown error'})`;
    throw unreadable(displayPath, `${reason}. Give the path of a .ecs.json or .ecs.yaml request file.`);
  }
  const text = decodeRequestBytes(bytes, displayPath);
  if (text.length > MAX_REQUEST_CHARS) throw tooLarge(displayPath, `${text.length.toLocaleString('en-US')} characters`);
  return { absolutePath, text };
}

/** Parses and validates a request file. */
export function checkRequestFile(file: string, cwd: string): RequestFile {
  const displayPath = printable(file);
  const languageId = requestLanguageOfFileName(file);
  if (!languageId) {
    throw new CliError(
      `${displayPath}: not a request file. Request files end in .json or .yaml (e.g. server.ecs.yaml).`,
      ExitCode.Usage,
    );
  }
  const { absolutePath, text } = readRequestText(file, cwd, displayPath);
  const service = languageService();
  const document = TextDocument.create(pathToFileURL(absolutePath).href, languageId, 1, text);
  const parsed = service.parse(document);
  const diagnostics = service.validate(parsed);
  // The editor offers templates in an empty file; on the command line there is nothing to send.
  if (parsed.root === undefined && !diagnostics.some(isError)) diagnostics.unshift(emptyFileDiagnostic());
  return { displayPath, parsed, diagnostics };
}

function emptyFileDiagnostic(): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: EMPTY_FILE_CODE,
    message:
      'The file holds no request (it is empty, or only whitespace and comments). A request file holds one object ' +
      'with a "server" property; `ecs-request` cannot send an empty one.',
  };
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
