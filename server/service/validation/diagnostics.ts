/** Building LSP diagnostics from offsets, so every check reports the same way. */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../../request/parser/ast';
import { rangeOf } from '../../../request/parser/positions';
import { DIAGNOSTIC_SOURCE } from '../api';
import type { DiagnosticData, FixData, RuleSeverity } from '../types';

export interface Span {
  readonly offset: number;
  readonly length: number;
}

const SEVERITIES: Record<RuleSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: RuleSeverity): DiagnosticSeverity {
  return SEVERITIES[severity];
}

export function makeDiagnostic(
  document: ParsedDocument,
  span: Span,
  message: string,
  severity: RuleSeverity,
  code: string,
  fixes?: readonly FixData[],
): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(document, span.offset, span.length),
    severity: toLspSeverity(severity),
    code,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
  if (fixes && fixes.length > 0) {
    const data: DiagnosticData = { fixes: [...fixes] };
    diagnostic.data = data;
  }
  return diagnostic;
}
