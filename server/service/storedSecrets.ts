/**
 * The names of the secrets a client has stored (docs/lsp-extensions.md, `ecs/storedSecretNames`):
 * names only, never values, so that the server can say which `${secret:NAME}` has nothing stored
 * without holding a credential. The client imports the method and command names from here.
 */
import { PLACEHOLDER_PATTERN } from '../../request/placeholders';

/** Client → server notification: `{ names: string[] | null }`. */
export const STORED_SECRET_NAMES_NOTIFICATION = 'ecs/storedSecretNames';
/** The client command the quick fix runs, with the secret's name as its one argument. */
export const STORE_SECRET_COMMAND = 'ecs.secret.store';
/** The code of the diagnostic on a `${secret:NAME}` with no value stored (it depends on the client's names). */
export const SECRET_NOT_STORED_CODE = 'ECS-SECRET-NOT-STORED';
/** More names than anyone stores by hand: a payload beyond this is not a list of names. */
export const MAX_STORED_SECRET_NAMES = 10_000;

export type StoredSecretNamesRead =
  | { readonly kind: 'apply'; readonly names: ReadonlySet<string> | undefined }
  | { readonly kind: 'ignore'; readonly reason: string };

/** Reads the notification's params without trusting them; `names: null` means "unknown" again. */
export function readStoredSecretNames(params: unknown): StoredSecretNamesRead {
  if (typeof params !== 'object' || params === null) return { kind: 'ignore', reason: 'the params are not an object' };
  const names = (params as { names?: unknown }).names;
  if (names === null) return { kind: 'apply', names: undefined };
  if (!Array.isArray(names)) return { kind: 'ignore', reason: '"names" is neither a list nor null' };
  if (names.length > MAX_STORED_SECRET_NAMES)
    return { kind: 'ignore', reason: `more than ${MAX_STORED_SECRET_NAMES} names` };
  // A name a placeholder cannot spell is skipped: no `${secret:…}` could refer to it.
  const valid = names.filter((name): name is string => typeof name === 'string' && isSecretName(name));
  return { kind: 'apply', names: new Set(valid) };
}

function isSecretName(name: string): boolean {
  return name.length <= 1_024 && PLACEHOLDER_PATTERN.test(`\${secret:${name}}`);
}
