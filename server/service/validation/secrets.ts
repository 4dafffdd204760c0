/** A password written into the file in clear text: suggest a placeholder filled in at send time. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from '../../../request/parser/ast';
import { isPlaceholder, isShellStyleStandIn, nodeAtPath } from '../../../request/parser/nodes';
import { DiagnosticCodes } from './codes';
import { makeDiagnostic } from './diagnostics';

export function secretDiagnostics(document: ParsedDocument, root: ValueNode): Diagnostic[] {
  const path = ['server', 'adminPass'];
  const node = nodeAtPath(root, path);
  if (node?.type !== 'string' || node.value === '' || isPlaceholder(node.value) || isShellStyleStandIn(node.value))
    return [];
  // (A `$NAME` stand-in is not a secret either; the password rule R11 explains how it would be sent.)
  // The message never repeats the value: diagnostics end up in logs and screenshots.
  return [
    makeDiagnostic(
      document,
      node,
      'adminPass holds a password in clear text. Keep it out of the file: write ${secret:NAME} (a stored ' +
        'secret) or ${env:NAME} (an environment variable); it is filled in when the request is sent.',
      'warning',
      DiagnosticCodes.secretLiteral,
      [{ kind: 'replaceValue', path, candidates: ['${secret:ADMIN_PASS}', '${env:ECS_ADMIN_PASS}'] }],
    ),
  ];
}
