/** Parser problems (and comments, when the setting forbids them in JSON) as diagnostics. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../../request/parser/ast';
import type { ServiceSettings } from '../types';
import { DiagnosticCodes } from './codes';
import { makeDiagnostic, type Span } from './diagnostics';
import { MAX_DIAGNOSTICS } from './limits';

/**
 * At most MAX_DIAGNOSTICS + 1 of each kind: validation lists the first MAX_DIAGNOSTICS in document
 * order, so later ones could never be shown, and one more tells it that some were left out. A text
 * of `]` repeated has one problem per character; mapping them all to ranges was most of its time.
 */
export function syntaxDiagnostics(document: ParsedDocument, settings: ServiceSettings): Diagnostic[] {
  const diagnostics = firstInDocumentOrder(document.syntaxProblems, MAX_DIAGNOSTICS + 1).map((problem) =>
    makeDiagnostic(document, problem, problem.message, problem.severity, problem.code),
  );
  if (document.format === 'json' && !settings.allowJsonComments) {
    for (const comment of firstInDocumentOrder(document.comments, MAX_DIAGNOSTICS + 1)) {
      diagnostics.push(
        makeDiagnostic(
          document,
          comment,
          'Comments are turned off for JSON request files (setting ecs.json.allowComments); remove this comment.',
          'error',
          DiagnosticCodes.jsonSyntax,
        ),
      );
    }
  }
  return diagnostics;
}

/**
 * The first `count` spans by offset. The parsers report in document order, so this is one pass;
 * a list out of order (none is known) is sorted first rather than trusted.
 */
export function firstInDocumentOrder<T extends Span>(spans: readonly T[], count: number): readonly T[] {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].offset < spans[i - 1].offset) return [...spans].sort((a, b) => a.offset - b.offset).slice(0, count);
  }
  return spans.length <= count ? spans : spans.slice(0, count);
}
