/**
 * Whether new diagnostics change anything. The server checks every open file again when its inputs
 * change (settings, account data every few minutes), often with the same result. VS Code treats
 * each new set as a change of markers, and a quick-fix request under way (Ctrl+.) is then cancelled
 * and answered "No code actions available". So a result equal to what the editor shows is kept as
 * unchanged. Structural types only (no vscode), so it is tested in Node.
 */
interface PositionLike {
  readonly line: number;
  readonly character: number;
}
interface RangeLike {
  readonly start: PositionLike;
  readonly end: PositionLike;
}
export interface DiagnosticLike {
  readonly range: RangeLike;
  readonly message: string;
  readonly severity: number;
  readonly source?: string;
  readonly code?: string | number | { readonly value: string | number; readonly target: { toString(): string } };
  readonly tags?: readonly number[];
  readonly relatedInformation?: readonly {
    readonly message: string;
    readonly location: { readonly uri: { toString(): string }; readonly range: RangeLike };
  }[];
  /** Fix data the server attached (vscode-languageclient keeps it on its diagnostics). */
  readonly data?: unknown;
}

const rangeKey = (r: RangeLike) => [r.start.line, r.start.character, r.end.line, r.end.character];

function diagnosticKey(d: DiagnosticLike): string {
  const code = typeof d.code === 'object' && d.code !== null ? [d.code.value, d.code.target.toString()] : d.code;
  const related = d.relatedInformation?.map((r) => [r.message, r.location.uri.toString(), rangeKey(r.location.range)]);
  return JSON.stringify([rangeKey(d.range), d.message, d.severity, d.source, code, d.tags, related, d.data]);
}

/** True when both lists hold the same diagnostics in the same order (linear in their size). */
export function sameDiagnostics(shown: readonly DiagnosticLike[], published: readonly DiagnosticLike[]): boolean {
  if (shown.length !== published.length) return false;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i] === published[i]) continue;
    if (diagnosticKey(shown[i]) !== diagnosticKey(published[i])) return false;
  }
  return true;
}
