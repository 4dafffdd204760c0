/**
 * Keeps one small parsed and validated request of each format alive for the life of the process.
 *
 * Why: optimised code depends on the hidden classes (V8 "maps") of the objects it handles, and V8
 * holds a map that objects reach by adding properties (a class instance after its constructor,
 * a node after `parent` is set) only weakly. When the last request document closes, every
 * object of those shapes is garbage; the next full collection then frees the maps and throws
 * away all optimised code that used them: ~160 functions of the YAML parser and the yaml
 * package, ~10 of the JSON parser. The following parses ran 2-3 times slower (large.yaml
 * open -> diagnostics 15 -> 30 ms) until V8 had optimised them again. One live object of each
 * shape keeps the maps, and with them the optimised code.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentFormat, ParsedDocument } from '../../request/parser/ast';
import { formatFromUri, parseDocument } from '../../request/parser/parse';

const exemplars = new Map<DocumentFormat, readonly unknown[]>();

/**
 * Parses `document` and passes the tree to `validate`, then keeps everything that made (the
 * parser's own objects, the tree, the validation result), replacing the format's earlier exemplar.
 */
export function keepShapeExemplar(document: TextDocument, validate: (parsed: ParsedDocument) => unknown): void {
  const format = formatFromUri(document.uri, document.languageId);
  const objects: unknown[] = [];
  const parsed = parseDocument(document.uri, document.version, document.getText(), format, objects);
  objects.push(parsed, validate(parsed));
  exemplars.set(format, objects);
}

/** The objects kept for `format` (tests). */
export function shapeExemplar(format: DocumentFormat): readonly unknown[] | undefined {
  return exemplars.get(format);
}
