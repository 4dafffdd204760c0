/**
 * A request file's last diagnostics, remembered across window reloads (issue 15, item 8). After a
 * reload the language server needs a second or more before its first answer (its process starts
 * while VS Code activates other extensions in the same host); meanwhile the client shows what the
 * server said last time about exactly this text, and the server's answer replaces it.
 *
 * What is shown must be what the server will say. So an entry is found only by a hash of the text
 * together with everything else the server reads for these findings (the server's build, the language,
 * the `ecs` settings), and findings that depend on more (account data, stored secret names, the
 * clock: CODES_BEYOND_TEXT) are not kept at all: they come with the server's answer.
 *
 * Entries live in workspace state, on disk, where no secret may go: fix data (which holds
 * replacement text) is dropped, and so is any diagnostic starting on a line that names adminPass or
 * user_data. Structural types only (no vscode), so it is tested in Node.
 */
import { createHash } from 'crypto';
import { SECRET_BODY_KEYS } from '../cloud/redact';
import { CODES_BEYOND_TEXT } from '../server/service/verdictInputs';
import type { DiagnosticLike } from './sameDiagnostics';

/** The workspace-state key (a new shape gets a new key; an old entry then reads as nothing). */
export const REMEMBERED_DIAGNOSTICS_KEY = 'ecs.rememberedDiagnostics.v1';
/** The files most recently answered for: a window restores a handful of editors, not hundreds. */
export const MAX_REMEMBERED_FILES = 20;
/** Per file: the first ones (the server sorts by position), enough for the screen after a reload. */
export const MAX_REMEMBERED_PER_FILE = 100;

export interface RememberedDiagnostic {
  /** Start line, start character, end line, end character. */
  readonly range: readonly [number, number, number, number];
  readonly message: string;
  /** As the editor numbers severities (the same on the way back). */
  readonly severity: number;
  readonly code?: string | number;
  /** The link of the code (the rule's documentation), when it has one. */
  readonly codeTarget?: string;
  readonly tags?: readonly number[];
}

interface RememberedFile {
  readonly uri: string;
  readonly key: string;
  readonly diagnostics: readonly RememberedDiagnostic[];
}

/** The part of a Memento this needs (workspace state). */
export interface StateLike {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** What the server's text-only findings read besides the text. */
export interface VerdictInputs {
  /** Which server answered: the extension's version and its server bundle's size and time. */
  readonly serverBuild: string;
  readonly languageId: string;
  /** The `ecs` settings, as the client sends them with `initialize`. */
  readonly settings: unknown;
}

/** The key of a verdict: a hash, so that the file's text is not stored. Linear in the text. */
export function verdictKey(inputs: VerdictInputs, text: string): string {
  return createHash('sha256')
    .update(JSON.stringify([inputs.serverBuild, inputs.languageId, inputs.settings ?? null]))
    .update('\0')
    .update(text)
    .digest('base64');
}

/**
 * The diagnostics that may be remembered, in the stored shape: text-only findings not on a secret
 * field's line, without fix data; at most MAX_REMEMBERED_PER_FILE.
 */
export function rememberable(
  diagnostics: readonly DiagnosticLike[],
  lineText: (line: number) => string,
): RememberedDiagnostic[] {
  const kept: RememberedDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (kept.length === MAX_REMEMBERED_PER_FILE) break;
    const { code, target } = codeOf(diagnostic);
    if (code !== undefined && CODES_BEYOND_TEXT.has(String(code))) continue;
    if (startsOnSecretLine(diagnostic, lineText)) continue;
    const { start, end } = diagnostic.range;
    kept.push({
      range: [start.line, start.character, end.line, end.character],
      message: diagnostic.message,
      severity: diagnostic.severity,
      ...(code !== undefined ? { code } : {}),
      ...(target !== undefined ? { codeTarget: target } : {}),
      ...(diagnostic.tags?.length ? { tags: [...diagnostic.tags] } : {}),
    });
  }
  return kept;
}

function codeOf(diagnostic: DiagnosticLike): { code?: string | number; target?: string } {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return { code: code.value, target: code.target.toString() };
  return { code };
}

/**
 * Whether the line the diagnostic starts on names a secret field (adminPass, user_data). Messages
 * do not repeat string values, but a YAML trap quotes the scalar it marks (`adminPass: 12345678`).
 */
function startsOnSecretLine(diagnostic: DiagnosticLike, lineText: (line: number) => string): boolean {
  const line = lineText(diagnostic.range.start.line).toLowerCase();
  for (const key of SECRET_BODY_KEYS) if (line.includes(key)) return true;
  return false;
}

/** The remembered diagnostics of the recently answered files, kept in workspace state. */
export class RememberedDiagnostics {
  private files: RememberedFile[];
  private saving: Promise<void> = Promise.resolve();
  private saveQueued = false;

  constructor(private readonly state: StateLike) {
    this.files = readStored(state.get(REMEMBERED_DIAGNOSTICS_KEY));
  }

  /** What the server said about `uri` when its verdict key was `key`; undefined if not that. */
  recall(uri: string, key: string): readonly RememberedDiagnostic[] | undefined {
    const file = this.files.find((candidate) => candidate.uri === uri);
    return file && file.key === key ? file.diagnostics : undefined;
  }

  /**
   * Keeps `diagnostics` as the verdict on `uri` for `key` (an empty list forgets the file: there is
   * nothing to show), and saves when that changed anything.
   */
  remember(uri: string, key: string, diagnostics: readonly RememberedDiagnostic[]): void {
    const index = this.files.findIndex((file) => file.uri === uri);
    const previous = index >= 0 ? this.files[index] : undefined;
    if (diagnostics.length === 0) {
      if (!previous) return;
      this.files = this.files.filter((file) => file !== previous);
    } else {
      if (previous?.key === key && index === 0 && sameRemembered(previous.diagnostics, diagnostics)) return;
      const others = this.files.filter((file) => file !== previous);
      this.files = [{ uri, key, diagnostics }, ...others].slice(0, MAX_REMEMBERED_FILES);
    }
    this.save();
  }

  /** Resolves once what was remembered so far is in workspace state (tests, deactivation). */
  saved(): Promise<void> {
    return this.saving;
  }

  /** One write at a time; the changes made meanwhile go in one more write after it. */
  private save(): void {
    if (this.saveQueued) return;
    this.saveQueued = true;
    this.saving = this.saving.then(async () => {
      this.saveQueued = false;
      try {
        await this.state.update(REMEMBERED_DIAGNOSTICS_KEY, { version: 1, files: this.files });
      } catch {
        // Only a head start after the next reload is lost.
      }
    });
  }
}

/** Whether two remembered lists say the same (in the same order). */
export function sameRemembered(a: readonly RememberedDiagnostic[], b: readonly RememberedDiagnostic[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Workspace state written by another version, or damaged, reads as nothing remembered. */
function readStored(value: unknown): RememberedFile[] {
  if (typeof value !== 'object' || value === null) return [];
  const { version, files } = value as { version?: unknown; files?: unknown };
  if (version !== 1 || !Array.isArray(files)) return [];
  const valid: RememberedFile[] = [];
  for (const file of files.slice(0, MAX_REMEMBERED_FILES)) {
    const { uri, key, diagnostics } = (file ?? {}) as Partial<Record<keyof RememberedFile, unknown>>;
    if (typeof uri !== 'string' || typeof key !== 'string' || !Array.isArray(diagnostics)) continue;
    if (diagnostics.length > MAX_REMEMBERED_PER_FILE || !diagnostics.every(isRememberedDiagnostic)) continue;
    valid.push({ uri, key, diagnostics });
  }
  return valid;
}

function isRememberedDiagnostic(value: unknown): value is RememberedDiagnostic {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Record<keyof RememberedDiagnostic, unknown>>;
  const codeOk = d.code === undefined || typeof d.code === 'string' || typeof d.code === 'number';
  const targetOk = d.codeTarget === undefined || typeof d.codeTarget === 'string';
  const tagsOk = d.tags === undefined || (Array.isArray(d.tags) && d.tags.every(Number.isInteger));
  return (
    Array.isArray(d.range) &&
    d.range.length === 4 &&
    d.range.every((n) => Number.isInteger(n) && n >= 0) &&
    typeof d.message === 'string' &&
    Number.isInteger(d.severity) &&
    codeOk &&
    targetOk &&
    tagsOk
  );
}
