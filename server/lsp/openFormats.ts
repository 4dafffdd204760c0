/**
 * Which formats of request document were open when the editor started the server: passed on its
 * command line (`--open-formats=yaml,json`), so that the server loads the YAML parser (dist/server-
 * yaml.js, loaded on first use) while it waits for the first request after `initialize`, not in the
 * first YAML diagnostics. Only a hint: without it, the parser loads with the first YAML document.
 */
import { LANGUAGE_ID_OF_FORMAT } from '../../request/languageIds';
import type { DocumentFormat } from '../../request/parser/ast';

const OPEN_FORMATS_FLAG = '--open-formats=';
/** Every format, in the request core's order (its one list of them). */
const FORMATS = Object.keys(LANGUAGE_ID_OF_FORMAT) as DocumentFormat[];

/** The command-line argument for the formats open now (undefined when none is). */
export function openFormatsArg(formats: Iterable<DocumentFormat>): string | undefined {
  const open = FORMATS.filter((format) => [...formats].includes(format));
  return open.length > 0 ? `${OPEN_FORMATS_FLAG}${open.join(',')}` : undefined;
}

/** The formats named on the command line; unknown names are ignored. */
export function readOpenFormats(argv: readonly string[]): ReadonlySet<DocumentFormat> {
  const arg = argv.find((a) => a.startsWith(OPEN_FORMATS_FLAG));
  const names = arg ? arg.slice(OPEN_FORMATS_FLAG.length).split(',') : [];
  return new Set(FORMATS.filter((format) => names.includes(format)));
}
