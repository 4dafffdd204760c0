/** Identifier formats the real services use, generated from crypto randomness. */
import { randomBytes, randomUUID } from 'node:crypto';

/** 32 lower-case hex characters: job IDs, sub-job IDs, request IDs. */
export function hex32(): string {
  return randomBytes(16).toString('hex');
}

export function uuid(): string {
  return randomUUID();
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** Order numbers look like `CS2007281506xxxxx`: `CS`, yymmddHHMM, then five random characters. */
export function orderId(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp =
    two(now.getUTCFullYear() % 100) +
    two(now.getUTCMonth() + 1) +
    two(now.getUTCDate()) +
    two(now.getUTCHours()) +
    two(now.getUTCMinutes());
  return `CS${stamp}${randomFrom(ALPHANUMERIC, 5)}`;
}

/** Random access key pair in the usual shapes (20-character AK, 40-character SK). */
export function randomCredentials(): { ak: string; sk: string } {
  return {
    ak: `EMU${randomFrom(ALPHANUMERIC, 17)}`,
    sk: randomFrom(ALPHANUMERIC + 'abcdefghijklmnopqrstuvwxyz', 40),
  };
}

/** A temporary key pair with its security token (the token is long and opaque, like STS tokens). */
export function randomTemporaryCredentials(): { ak: string; sk: string; securityToken: string } {
  return {
    ak: `EMUTMP${randomFrom(ALPHANUMERIC, 14)}`,
    sk: randomFrom(ALPHANUMERIC + 'abcdefghijklmnopqrstuvwxyz', 40),
    securityToken: `emu-sts-${randomBytes(48).toString('base64url')}`,
  };
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The X-Client-Token format: 8-4-4-4-12 lower-case hex (the token is case-sensitive). */
export function isClientToken(value: string): boolean {
  return UUID_PATTERN.test(value);
}
