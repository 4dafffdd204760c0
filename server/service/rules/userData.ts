/** Rules on user_data (R09, R10). Messages never quote the content: it may hold secrets. */
import { registerDocumentValueCache } from '../lastResultMemo';
import { pathOf } from '../parser/nodes';
import { defineRule, hasNonEmptyString, literalString, presentProperty, removableFinding } from './ruleHelpers';

const MAX_DECODED_BYTES = 32 * 1024;
const NOT_BASE64_CHARACTER = /[^A-Za-z0-9+/=]/;

/**
 * Whether `text` is base64: groups of four alphabet characters, the last one padded with `=` or
 * `==`. Checked without a repeated group in a regexp on purpose: V8 backtracks through such a
 * group with one stack entry per repetition, so a 44K-character user_data grew V8's regexp stack
 * to 1 MiB of malloc memory. Once glibc sees a block that large freed, it raises its trim
 * threshold for the whole process, and every malloc arena (V8's compiler and GC threads have one
 * each) then keeps up to 2 MiB of free memory (about 3 MiB more RSS after the benchmark).
 */
export function isBase64(text: string): boolean {
  if (text.length % 4 !== 0 || NOT_BASE64_CHARACTER.test(text)) return false;
  const firstPad = text.indexOf('=');
  return firstPad === -1 || firstPad === text.length - 1 || (firstPad === text.length - 2 && text.endsWith('='));
}

/** What R09 needs to know about a user_data value. */
interface UserDataCheck {
  /** Whether the value, line breaks aside, is base64. */
  readonly isBase64: boolean;
  /** Bytes the base64 text decodes to (0 when it is not base64). */
  readonly decodedBytes: number;
}

/** Line breaks are tolerated (YAML block scalars, wrapped encoder output); nothing else is. */
function inspectUserData(text: string): UserDataCheck {
  const body = text.replace(/\r?\n/g, '');
  if (!isBase64(body)) return { isBase64: false, decodedBytes: 0 };
  // Exact for text the pattern accepted (length and padding tell the size); no need to decode.
  return { isBase64: true, decodedBytes: Buffer.byteLength(body, 'base64') };
}

/**
 * The last value checked and its result: user_data can be 44K characters, and edits elsewhere in
 * the request leave it unchanged, so each validation would otherwise redo the same regex and decode.
 * Keyed on the whole string (a changed value never reuses a stale result); one entry, so no growth.
 */
let lastChecked: { readonly text: string; readonly result: UserDataCheck } | undefined;
// Dropped when a document closes: the text is a slice that would keep the whole document alive.
registerDocumentValueCache(() => {
  lastChecked = undefined;
});

export function checkUserData(text: string): UserDataCheck {
  if (lastChecked?.text !== text) lastChecked = { text, result: inspectUserData(text) };
  return lastChecked.result;
}

export const userDataEncoding = defineRule({
  id: 'R09',
  defaultSeverity: 'error',
  title: 'user_data must be base64 and decode to at most 32 KB',
  fields: ['user_data'],
  apiErrors: ['Ecs.0005'],
  check({ server }) {
    const userData = literalString(server, 'user_data');
    if (!userData || userData.value.value.trim() === '') return [];
    const text = userData.value.value;
    const { isBase64, decodedBytes } = checkUserData(text);
    if (!isBase64) {
      const plainBytes = Buffer.byteLength(text, 'utf8');
      const tooLarge = plainBytes > MAX_DECODED_BYTES
        ? ` Note that the content has ${plainBytes} bytes, more than the ${MAX_DECODED_BYTES} allowed.`
        : '';
      return [{
        node: userData.value,
        message: `server.user_data must be base64-encoded; this value is not valid base64. Encode the script or cloud-config with base64.${tooLarge}`,
        fixes: [{ kind: 'base64Encode', path: pathOf(userData.value) }],
      }];
    }
    if (decodedBytes <= MAX_DECODED_BYTES) return [];
    return [{
      node: userData.value,
      message: `server.user_data decodes to ${decodedBytes} bytes; at most ${MAX_DECODED_BYTES} bytes (32 KB) can be injected. Shorten the content or fetch the rest from the server at boot.`,
    }];
  },
});

export const userDataOverridesPassword = defineRule({
  id: 'R10',
  defaultSeverity: 'warning',
  title: 'With user_data, Linux images with Cloud-Init ignore adminPass',
  fields: ['user_data', 'adminPass'],
  check({ server }) {
    const adminPass = presentProperty(server, 'adminPass');
    if (!adminPass || !hasNonEmptyString(server, 'user_data')) return [];
    return [removableFinding(
      adminPass,
      'adminPass is ignored when user_data is given and the Linux image runs Cloud-Init. Set the password in user_data, or remove adminPass (or user_data).',
    )];
  },
});
