/**
 * The pre-flight's findings on fields, before they become VS Code diagnostics. Pure (no vscode),
 * so it runs and is tested in plain Node:
 * - account findings: the language service's own account checks (server/service/account) run on
 *   the file with a snapshot fetched just now, with their fixes;
 * - refusal fixes: the error catalog's fix for a refused field (cloud/refusalFixes.ts) as the
 *   service's fix descriptions, so both kinds of fix are written by the same edit code;
 * - edits: those fix descriptions turned into text edits by the service's code actions.
 */
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { refusalFixes, type FieldProblem } from '../../cloud';
import type { AccountSnapshot } from '../../request/accountSnapshot';
import { accountFindings } from '../../server/service/account/accountChecks';
import { readAccountNotification } from '../../server/service/account/accountData';
import { getCodeActions } from '../../server/service/codeActions';
import type { DocumentFormat, ParsedDocument } from '../../request/parser/ast';
import { asObject, getValue } from '../../request/parser/nodes';
import { parseDocument } from '../../request/parser/parse';
import type { FixData } from '../../server/service/types';
import { makeDiagnostic } from '../../server/service/validation/diagnostics';

export type { FixData };

/** One way to fix a finding: the service's fix description, and a title when ours says it better. */
export interface PreflightFix {
  readonly fix: FixData;
  readonly title?: string;
}

export function parseRequest(uri: string, version: number, text: string, format: DocumentFormat): ParsedDocument {
  return parseDocument(uri, version, text, format);
}

/**
 * The account findings of a request (LSP diagnostics with their fixes in `data`), or why none can
 * be computed. The snapshot is read the way the language server reads it (never trusted).
 */
export function accountDiagnosticsOf(
  parsed: ParsedDocument,
  snapshot: AccountSnapshot,
  now: Date,
): { readonly diagnostics: Diagnostic[] } | { readonly notRead: string } {
  const read = readAccountNotification({ profile: snapshot.profile, region: snapshot.region, snapshot });
  if (read.kind !== 'apply') return { notRead: 'reason' in read ? read.reason : 'the snapshot is empty' };
  const server = asObject(getValue(asObject(parsed.root), 'server'));
  const findings = accountFindings(server, read.data, now);
  return {
    diagnostics: findings.map((f) => makeDiagnostic(parsed, f.node, f.message, f.severity, f.code, f.fixes)),
  };
}

/** The fix descriptions a diagnostic of the service carries. */
export function fixesOf(diagnostic: Diagnostic): PreflightFix[] {
  const data = diagnostic.data as { fixes?: unknown } | undefined;
  return Array.isArray(data?.fixes) ? (data.fixes as FixData[]).map((fix) => ({ fix })) : [];
}

/** The catalog's fixes of a refused field, as fix descriptions with their own titles. */
export function refusalFixesOf(problem: FieldProblem, body: unknown, snapshot?: AccountSnapshot): PreflightFix[] {
  return refusalFixes(problem, body, snapshot).map((change) => ({
    title: change.title,
    fix:
      'remove' in change
        ? { kind: 'removeProperty', path: [...change.path] }
        : { kind: 'replaceValue', path: [...change.path], candidates: [change.value] },
  }));
}

/** A fix as text edits of the document, with its title; empty when it no longer applies to the text. */
export function fixEdits(
  parsed: ParsedDocument,
  diagnostic: Diagnostic,
  fixes: readonly PreflightFix[],
): { title: string; edits: TextEdit[]; isPreferred: boolean }[] {
  return fixes.flatMap(({ fix, title }, index) => {
    const actions: CodeAction[] = getCodeActions(parsed, diagnostic.range, [{ ...diagnostic, data: { fixes: [fix] } }]);
    return actions.flatMap((action, choice) => {
      const edits = action.edit?.changes?.[parsed.uri] ?? [];
      if (edits.length === 0) return [];
      return [{ title: title ?? action.title, edits, isPreferred: index === 0 && choice === 0 }];
    });
  });
}
