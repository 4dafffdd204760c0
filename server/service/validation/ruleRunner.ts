/**
 * Runs the cross-field rules (server/service/rules). Each rule is isolated: one that throws is
 * skipped, so a bug in a rule can never take the other diagnostics down with it.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ObjectNode, ParsedDocument } from '../../../request/parser/ast';
import { asObject, getValue } from '../../../request/parser/nodes';
import type { CrossFieldRule, RuleContext, RuleFinding } from '../types';
import { ruleCode } from './codes';
import { makeDiagnostic } from './diagnostics';

export function ruleDiagnostics(
  document: ParsedDocument,
  root: ObjectNode,
  rules: readonly CrossFieldRule[],
  now: Date,
): Diagnostic[] {
  const context: RuleContext = { document, root, server: asObject(getValue(root, 'server')), now };
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    let findings: RuleFinding[];
    try {
      findings = rule.check(context);
      if (!Array.isArray(findings)) continue;
    } catch {
      continue;
    }
    for (const finding of findings) {
      if (!finding?.node || typeof finding.message !== 'string') continue;
      diagnostics.push(
        makeDiagnostic(
          document,
          finding.node,
          finding.message,
          finding.severity ?? rule.defaultSeverity,
          ruleCode(rule.id),
          finding.fixes,
        ),
      );
    }
  }
  return diagnostics;
}
