/**
 * Secrets in the file: a password written in clear text (suggest a placeholder filled in at send
 * time), and `${secret:NAME}` placeholders with no value stored in the client.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument, StringNode, ValueNode } from '../../../request/parser/ast';
import { isPlaceholder, isShellStyleStandIn, nodeAtPath } from '../../../request/parser/nodes';
import { parsePlaceholder } from '../../../request/placeholders';
import { MAX_CHECKED_NODES } from './limits';
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

/**
 * An information diagnostic on each `${secret:NAME}` whose NAME is not in `storedNames` (the names
 * the client has stored; see docs/lsp-extensions.md), with a fix that runs Store a Secret. The send
 * fills placeholders in any string value (cloud/prepare.ts), so every string is looked at.
 */
export function unstoredSecretDiagnostics(
  document: ParsedDocument,
  root: ValueNode,
  storedNames: ReadonlySet<string>,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const node of stringNodes(root)) {
    const placeholder = parsePlaceholder(node.value);
    if (placeholder?.kind !== 'secret' || storedNames.has(placeholder.name)) continue;
    const { name } = placeholder;
    found.push(
      makeDiagnostic(
        document,
        node,
        `No value is stored for \${secret:${name}}, so a dry-run or submit would stop here. ` +
          `Store one with "ECS: Store a Secret for \${secret:…}" (the quick fix does it for ${name}).`,
        'information',
        DiagnosticCodes.secretNotStored,
        [{ kind: 'storeSecret', name }],
      ),
    );
  }
  return found;
}

/** The string values under `root`, at most MAX_CHECKED_NODES nodes visited (an alias bomb stays cheap). */
function stringNodes(root: ValueNode): StringNode[] {
  const strings: StringNode[] = [];
  const pending: ValueNode[] = [root];
  for (let visited = 0; pending.length > 0 && visited < MAX_CHECKED_NODES; visited++) {
    const node = pending.pop() as ValueNode;
    if (node.type === 'string') strings.push(node);
    else if (node.type === 'array') for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    else if (node.type === 'object') {
      for (let i = node.properties.length - 1; i >= 0; i--) {
        const value = node.properties[i].valueNode;
        if (value) pending.push(value);
      }
    }
  }
  return strings;
}
