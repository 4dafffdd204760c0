/**
 * Quick fixes. Validation already said what to fix (in `Diagnostic.data`, see types.ts), so this
 * module only turns those descriptions into minimal text edits; it never re-validates.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../request/parser/ast';
import type { DiagnosticData, FixData } from './types';
import { STORE_SECRET_COMMAND } from './storedSecrets';
import { addPropertiesEdits } from './fixes/addProperties';
import { createFixContext, propertyAtPath, valueAtPath, type FixContext } from './fixes/fixContext';
import { removeAtPathEdits } from './fixes/removeProperty';
import { renamePropertyPlan } from './fixes/renameProperty';
import {
  base64EncodeEdit,
  quoteScalarEdit,
  removeLineBreaksEdit,
  replaceValueEdit,
  scalarText,
} from './fixes/valueFixes';

/** Fix suggestions for one invalid value beyond this many would only clutter the light bulb menu. */
const MAX_VALUE_CANDIDATES = 5;

export function getCodeActions(parsed: ParsedDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  void range; // the client sends the diagnostics that touch the range; each carries its own fixes
  const context = createFixContext(parsed);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    for (const fix of fixesOf(diagnostic)) actions.push(...actionsFor(context, fix, diagnostic));
  }
  return actions;
}

function fixesOf(diagnostic: Diagnostic): FixData[] {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return Array.isArray(data?.fixes) ? data.fixes : [];
}

function actionsFor(context: FixContext, fix: FixData, diagnostic: Diagnostic): CodeAction[] {
  const { doc } = context;
  switch (fix.kind) {
    case 'addProperties': {
      if (fix.properties.length === 0) return [];
      const names = fix.properties.map((name) => `\`${name}\``).join(', ');
      const title = fix.properties.length === 1 ? `Add the missing field ${names}` : `Add the missing fields ${names}`;
      return action(
        context,
        title,
        addPropertiesEdits(context, fix.path, { names: fix.properties, values: fix.values }),
        diagnostic,
        true,
      );
    }
    case 'replaceValue': {
      const node = valueAtPath(doc, fix.path);
      if (!node) return [];
      return fix.candidates
        .slice(0, MAX_VALUE_CANDIDATES)
        .flatMap((candidate, index) =>
          action(
            context,
            `Change the value to ${scalarText(context, candidate)}`,
            [replaceValueEdit(context, node, candidate)],
            diagnostic,
            index === 0,
          ),
        );
    }
    case 'quoteScalar': {
      const node = valueAtPath(doc, fix.path);
      const edit = node && quoteScalarEdit(context, node);
      return edit ? action(context, 'Put the value in quotes so it is read as text', [edit], diagnostic, true) : [];
    }
    case 'renameProperty': {
      const property = propertyAtPath(doc, fix.path);
      const plan = property && renamePropertyPlan(context, property, fix.newName);
      return plan ? action(context, plan.title, plan.edits, diagnostic, true) : [];
    }
    case 'removeProperty': {
      const last = fix.path[fix.path.length - 1];
      const what =
        typeof last === 'string' ? `\`${last}\`` : `item ${last + 1} of \`${String(fix.path[fix.path.length - 2])}\``;
      return action(context, `Remove ${what}`, removeAtPathEdits(context, fix.path), diagnostic, true);
    }
    case 'base64Encode': {
      const node = valueAtPath(doc, fix.path);
      const edit = node && base64EncodeEdit(context, node);
      return edit ? action(context, 'Encode the user data as base64', [edit], diagnostic, true) : [];
    }
    case 'removeLineBreaks': {
      const node = valueAtPath(doc, fix.path);
      const edit = node && removeLineBreaksEdit(context, node);
      return edit ? action(context, 'Remove the line breaks from the user data', [edit], diagnostic, true) : [];
    }
    case 'storeSecret':
      return [
        {
          title: `Store a value for \${secret:${fix.name}}…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          command: { title: 'Store a Secret', command: STORE_SECRET_COMMAND, arguments: [fix.name] },
        },
      ];
    default:
      return [];
  }
}

function action(
  context: FixContext,
  title: string,
  edits: TextEdit[],
  diagnostic: Diagnostic,
  isPreferred: boolean,
): CodeAction[] {
  if (edits.length === 0) return [];
  return [
    {
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred,
      edit: { changes: { [context.doc.uri]: edits } },
    },
  ];
}
