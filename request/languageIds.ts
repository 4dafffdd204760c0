/**
 * Which documents are request files and in which format: the language ids the extension contributes
 * (package.json `contributes.languages`), the file names they are matched by, and the format of a
 * document from its language id or its file name. The editor, the language server, the CLI and the
 * cloud core all answer these questions here, so a file is JSON or YAML for all of them alike.
 */
import type { DocumentFormat } from './parser/ast';

export const JSON_LANGUAGE_ID = 'ecs-json';
export const YAML_LANGUAGE_ID = 'ecs-yaml';
/** The extension's own request languages. */
export const REQUEST_LANGUAGE_IDS: readonly string[] = [JSON_LANGUAGE_ID, YAML_LANGUAGE_ID];

/** The request language of each format. */
export const LANGUAGE_ID_OF_FORMAT: Readonly<Record<DocumentFormat, string>> = {
  json: JSON_LANGUAGE_ID,
  yaml: YAML_LANGUAGE_ID,
};

/**
 * Every language id a request document may have, with its format: ours, and the plain JSON/YAML ids
 * other editors start the language server for (or a file switched with "Treat as Request File").
 */
const FORMAT_OF_LANGUAGE: ReadonlyMap<string, DocumentFormat> = new Map([
  [JSON_LANGUAGE_ID, 'json'],
  [YAML_LANGUAGE_ID, 'yaml'],
  ['json', 'json'],
  ['jsonc', 'json'],
  ['yaml', 'yaml'],
]);

/** File extensions of each format (lower case). */
const FORMAT_OF_EXTENSION: ReadonlyMap<string, DocumentFormat> = new Map([
  ['.json', 'json'],
  ['.jsonc', 'json'],
  ['.yaml', 'yaml'],
  ['.yml', 'yaml'],
]);

/** The extensions a JSON or YAML file may end in, e.g. `.yml`. */
export const FORMAT_EXTENSIONS: readonly string[] = [...FORMAT_OF_EXTENSION.keys()];

/** File names the request languages are contributed for: `*.ecs.json`, `*.ecs.yaml`, `*.ecs.yml`. */
export const REQUEST_FILE_NAME = /\.ecs\.(json|ya?ml)$/i;

/** The endings of request file names in each format, as save dialogs filter them (no leading dot). */
export const REQUEST_FILE_ENDINGS: Readonly<Record<DocumentFormat, readonly string[]>> = {
  json: ['ecs.json'],
  yaml: ['ecs.yaml', 'ecs.yml'],
};

/** The request file name for `stem` in `format`: `web` → `web.ecs.yaml`. */
export function requestFileName(stem: string, format: DocumentFormat): string {
  return `${stem}.${REQUEST_FILE_ENDINGS[format][0]}`;
}

/** The format of a document with this language id; undefined when it is not JSON or YAML. */
export function formatOfLanguage(languageId: string): DocumentFormat | undefined {
  return FORMAT_OF_LANGUAGE.get(languageId);
}

/** The format a file name's extension says (case-insensitive); undefined for other files. */
export function formatOfFileName(fileName: string): DocumentFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : FORMAT_OF_EXTENSION.get(fileName.slice(dot).toLowerCase());
}

/** The request language for a JSON or YAML file name, e.g. `web.yml` → `ecs-yaml`; undefined otherwise. */
export function requestLanguageOfFileName(fileName: string): string | undefined {
  const format = formatOfFileName(fileName);
  return format && LANGUAGE_ID_OF_FORMAT[format];
}

/**
 * The format a request document is parsed in: from its language id (preferred), else from its file
 * name; JSON when neither says (JSON is also what an unknown text is most likely meant to be).
 */
export function formatFromUri(uri: string, languageId?: string): DocumentFormat {
  const byLanguage = languageId === undefined ? undefined : formatOfLanguage(languageId.toLowerCase());
  if (byLanguage) return byLanguage;
  // Cut at the first `?` or `#` by index: `/[?#].*$/` retried `.*` from each of them (quadratic).
  const query = uri.search(/[?#]/);
  return formatOfFileName(query >= 0 ? uri.slice(0, query) : uri) === 'yaml' ? 'yaml' : 'json';
}
