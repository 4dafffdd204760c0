/**
 * Access key credentials for AK/SK signing, and where they may come from.
 * The SK and the security token are secrets: never log them (see redact.ts).
 */

export interface Credentials {
  /** Access key ID (sent in the Authorization header; not secret on its own). */
  ak: string;
  /** Secret access key (signing key; never sent). */
  sk: string;
  /** Present for temporary (STS) credentials; sent as X-Security-Token and signed. */
  securityToken?: string;
}

/** Anything that can hand out credentials lazily (settings, secret storage, environment). */
export type CredentialSource = Credentials | (() => Promise<Credentials | undefined> | Credentials | undefined);

/** Environment variable names used by the Huawei Cloud SDKs; we accept the same ones. */
export const CREDENTIAL_ENV_NAMES = {
  ak: 'HUAWEICLOUD_SDK_AK',
  sk: 'HUAWEICLOUD_SDK_SK',
  securityToken: 'HUAWEICLOUD_SDK_SECURITY_TOKEN',
} as const;

/** Reads credentials from an environment map; undefined when AK or SK is missing or blank. */
export function credentialsFromEnv(env: Record<string, string | undefined>): Credentials | undefined {
  const ak = env[CREDENTIAL_ENV_NAMES.ak]?.trim();
  const sk = env[CREDENTIAL_ENV_NAMES.sk]?.trim();
  if (!ak || !sk) return undefined;
  const securityToken = env[CREDENTIAL_ENV_NAMES.securityToken]?.trim();
  return securityToken ? { ak, sk, securityToken } : { ak, sk };
}

/** Resolves a CredentialSource to usable credentials (AK and SK both non-empty) or undefined. */
export async function resolveCredentials(source: CredentialSource | undefined): Promise<Credentials | undefined> {
  if (!source) return undefined;
  const value = typeof source === 'function' ? await source() : source;
  if (!value || !value.ak || !value.sk) return undefined;
  return value;
}

/** The secret strings of a credential set, for redaction. */
export function credentialSecrets(credentials: Credentials | undefined): string[] {
  if (!credentials) return [];
  return [credentials.sk, credentials.securityToken].filter((s): s is string => !!s);
}

/**
 * An access key ID as it may be shown or logged: only its last four characters, as the AWS CLI
 * shows keys (`****ABCD`). Short keys are hidden entirely.
 */
export function maskAccessKey(ak: string): string {
  return ak.length > 8 ? `****${ak.slice(-4)}` : '****';
}

const HEADER_UNSAFE = /[\u0000-\u0020\u007f-\u009f]/;

/**
 * The first credential field that cannot go into a request header (a space, newline or other
 * control character, usually from a copy and paste), or undefined when all are usable.
 */
export function unusableCredentialField(credentials: Credentials): keyof Credentials | undefined {
  const fields: (keyof Credentials)[] = ['ak', 'sk', 'securityToken'];
  return fields.find((field) => {
    const value = credentials[field];
    return value !== undefined && HEADER_UNSAFE.test(value);
  });
}

export const CREDENTIAL_FIELD_NAMES: Record<keyof Credentials, string> = {
  ak: 'access key ID (AK)',
  sk: 'secret access key (SK)',
  securityToken: 'security token',
};
