/**
 * Where `${secret:NAME}` values live in SecretStorage, and the list of their names kept next to
 * them: SecretStorage cannot list its keys, and the language server needs the names (never the
 * values) to say which placeholders have nothing stored (docs/lsp-extensions.md).
 */

/** The SecretStorage key of a `${secret:NAME}` value. */
export const placeholderKey = (name: string): string => `${PLACEHOLDER_KEY_PREFIX}${name}`;
const PLACEHOLDER_KEY_PREFIX = 'ecs.secret.';
/** The SecretStorage key of the names list (a JSON array). No placeholder key can equal it: no `.` after `secret`. */
export const SECRET_NAMES_KEY = 'ecs.secretNames';

/** The placeholder name a SecretStorage key stands for, or undefined for other keys. */
export function placeholderNameOfKey(key: string): string | undefined {
  return key.startsWith(PLACEHOLDER_KEY_PREFIX) ? key.slice(PLACEHOLDER_KEY_PREFIX.length) : undefined;
}

/** The names in a stored list; anything unreadable counts as an empty list. */
export function readSecretNames(raw: string | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? [...new Set(parsed.filter((n): n is string => typeof n === 'string'))] : [];
  } catch {
    return [];
  }
}

/** The list with `name` in it (`present`) or out of it, or undefined when it already is so. */
export function secretNamesWith(names: readonly string[], name: string, present: boolean): string[] | undefined {
  if (names.includes(name) === present) return undefined;
  return present ? [...names, name].sort() : names.filter((n) => n !== name);
}
