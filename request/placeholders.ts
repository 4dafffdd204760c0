/**
 * Placeholders: a string value that is exactly `${env:NAME}` or `${secret:NAME}` stands for a value
 * filled in only when the request is sent. The language service treats one as satisfying its field's
 * format rules; the cloud core fills it in. This is the one definition both use.
 */

/** `${env:NAME}` or `${secret:NAME}`; group 1 is the kind, group 2 the name. Anchored, no backtracking. */
export const PLACEHOLDER_PATTERN = /^\$\{(env|secret):([A-Za-z_][A-Za-z0-9_.-]*)\}$/;

export type PlaceholderKind = 'env' | 'secret';

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER_PATTERN.test(value);
}

/** The kind and name of a placeholder, or undefined when `value` is not exactly one. */
export function parsePlaceholder(value: string): { kind: PlaceholderKind; name: string } | undefined {
  const match = PLACEHOLDER_PATTERN.exec(value);
  return match ? { kind: match[1] as PlaceholderKind, name: match[2] } : undefined;
}
