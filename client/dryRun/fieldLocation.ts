/**
 * Where a field is in the request text, for diagnostics from the cloud. Pure (no vscode): parses
 * with the request core's parser (JSON and YAML alike) and marks what the request core's
 * locateField (request/fieldLocation.ts) says, the same span the CLI prints as file:line:col.
 */
import type { DocumentFormat } from '../../request/parser/ast';
import { parseDocument } from '../../request/parser/parse';
import { locateField as locateInTree, type FieldPath, type TextSpan } from '../../request/fieldLocation';

export type { TextSpan };

export function locateField(text: string, format: DocumentFormat, path: FieldPath): TextSpan {
  return locateInTree(parseDocument('request', 0, text, format).root, text, path);
}
