/** A password written into the file in clear text: suggest a placeholder filled in at send time. */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument, ValueNode } from '../parser/ast';
import { isPlaceholder, nodeAtPath } from '../parser/nodes';
import { DiagnosticCodes } from './codes';
import { makeDiagnostic } from './diagnostics';

/** `$ADMIN_PASS` / `${ADMIN_PASS}`: an obvious stand-in (as in the API's own examples), not a secret. */
const SHELL_STYLE_STAND_IN = /^\$\{?[A-Z_][A-Z0-9_]*\}?$/;

export function secretDiagnostics(document: ParsedDocument, root: ValueNode): Diagnostic[] {
  const path = ['server', 'adminPass'];
  const node = nodeAtPath(root, path);
  if (node?.type !== 'string' || node.value === '' || isPlaceholder(node.value) || SHELL_STYLE_STAND_IN.test(node.value)) return [];
  // The message never repeats the value: diagnostics end up in logs and screenshots.
  return [makeDiagnostic(
    document,
    node,
    'adminPass holds a password in clear text. Keep it out of the file: write ${secret:NAME} (a stored secret) or ${env:NAME} (an environment variable); it is filled in when the request is sent.',
    'warning',
    DiagnosticCodes.secretLiteral,
    [{ kind: 'replaceValue', path, candidates: ['${secret:ADMIN_PASS}', '${env:ECS_ADMIN_PASS}'] }],
  )];
}
