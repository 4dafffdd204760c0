/** Parser problems (and comments, when the setting forbids them in JSON) as diagnostics. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../../request/parser/ast';
import type { ServiceSettings } from '../types';
import { DiagnosticCodes } from './codes';
import { makeDiagnostic } from './diagnostics';

export function syntaxDiagnostics(document: ParsedDocument, settings: ServiceSettings): Diagnostic[] {
  const diagnostics = document.syntaxProblems.map((problem) =>
    makeDiagnostic(document, problem, problem.message, problem.severity, problem.code),
  );
  if (document.format === 'json' && !settings.allowJsonComments) {
    for (const comment of document.comments) {
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
