/**
 * Redaction and logging. Everything that leaves the cloud core as text (log lines, error
 * messages) goes through here, so the SK, tokens, signatures, `adminPass` and `user_data`
 * never appear in logs.
 */

export const REDACTED = '***';

/** Body fields whose values are secret wherever they appear (lower case). */
export const SECRET_BODY_KEYS: ReadonlySet<string> = new Set(['adminpass', 'user_data']);
/** Field / header names whose values are secret in log fields. */
const SECRET_FIELD_KEYS = new Set([
  ...SECRET_BODY_KEYS,
  'sk',
  'secret',
  'secretkey',
  'secret_key',
  'password',
  'authorization',
  'x-security-token',
  'x-auth-token',
  'securitytoken',
  'security_token',
  'token',
  'signature',
  'proxy-authorization',
]);

type JsonLike = unknown;

/** A deep copy of a request body with `adminPass` and `user_data` values replaced, at any depth. */
export function redactBody<T extends JsonLike>(body: T): T {
  return redactDeep(body, SECRET_BODY_KEYS) as T;
}

function redactDeep(
  value: JsonLike,
  secretKeys: ReadonlySet<string>,
  redactString: (s: string) => string = (s) => s,
): JsonLike {
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secretKeys, redactString));
  if (typeof value === 'string') return redactString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return redactString(value.message);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      secretKeys.has(key.toLowerCase()) && item !== undefined && item !== null
        ? REDACTED
        : redactDeep(item, secretKeys, redactString);
  }
  return out;
}

// Patterns that are secret no matter which credentials are in use.
const TEXT_PATTERNS: Array<[RegExp, string]> = [
  [/(Signature=)[0-9a-fA-F]{16,}/g, `$1${REDACTED}`],
  [/((?:Authorization|X-Security-Token|X-Auth-Token|Proxy-Authorization)\s*[:=]\s*)[^\r\n|]+/gi, `$1${REDACTED}`],
  [/("(?:adminPass|user_data)"\s*:\s*)"(?:[^"\\]|\\.)*"/g, `$1"${REDACTED}"`],
  [/((?:adminPass|user_data)\s*[:=]\s*)(?!")[^\s,}]+/g, `$1${REDACTED}`],
];

/**
 * Removes secrets from text: every given secret string (and its URL-encoded and base64 forms),
 * signatures, Authorization/token header values and adminPass/user_data values.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of expandSecrets(secrets)) out = out.split(secret).join(REDACTED);
  for (const [pattern, replacement] of TEXT_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** Secrets shorter than this are not replaced in free text (they would erase ordinary words). */
const MIN_SECRET_LENGTH = 4;

function expandSecrets(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(Buffer.from(secret, 'utf8').toString('base64'));
  }
  // Longest first, so a secret that contains another is removed whole.
  return [...forms].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

// ---------------------------------------------------------------------------------------------
// Logging

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export type LogLevel = keyof Logger;
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** A source of secrets that may change over time (credentials loaded later, secrets filled in). */
export type SecretList = readonly string[] | (() => readonly string[]);

/** Wraps a sink so that every message and every field value is redacted first. */
export function createRedactingLogger(sink: Logger, secrets: SecretList): Logger {
  const current = () => (typeof secrets === 'function' ? secrets() : secrets);
  const logger = {} as Logger;
  for (const level of LEVELS) {
    logger[level] = (message, fields) => {
      const list = current();
      const clean = (s: string) => redactText(s, list);
      sink[level](
        clean(message),
        fields === undefined ? undefined : (redactDeep(fields, SECRET_FIELD_KEYS, clean) as LogFields),
      );
    };
  }
  return logger;
}

/** A logger that writes one line per entry: `LEVEL message key=value …` (values JSON-encoded). */
export function createLineLogger(write: (line: string) => void, minLevel: LogLevel = 'info'): Logger {
  const min = LEVELS.indexOf(minLevel);
  const logger = {} as Logger;
  for (const level of LEVELS) {
    logger[level] = (message, fields) => {
      if (LEVELS.indexOf(level) < min) return;
      const parts = Object.entries(fields ?? {})
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'string' && /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v)}`);
      write([level.toUpperCase(), message, ...parts].join(' '));
    };
  }
  return logger;
}
