/** Rules on user_data (R09, R10). Messages never quote the content: it may hold secrets. */
import { pathOf } from '../../../request/parser/nodes';
import type { RuleFinding } from '../types';
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
  /** Whether the value holds CR or LF characters. */
  readonly hasLineBreaks: boolean;
  /** Bytes the base64 text decodes to (0 when it is not base64). */
  readonly decodedBytes: number;
}

const LINE_BREAKS = /[\r\n]/g;

/**
 * Line breaks (wrapped encoder output, YAML block scalars) are accepted, nothing else is: common
 * decoders (Go's standard base64 decoder, MIME decoders) skip CR and LF, and no fact says the cloud
 * refuses them. No fact says it accepts them either, so R09 warns about them (see below).
 */
function inspectUserData(text: string): UserDataCheck {
  const body = text.replace(LINE_BREAKS, '');
  const hasLineBreaks = body.length !== text.length;
  if (!isBase64(body)) return { isBase64: false, hasLineBreaks, decodedBytes: 0 };
  // Exact for text the pattern accepted (length and padding tell the size); no need to decode.
  return { isBase64: true, hasLineBreaks, decodedBytes: Buffer.byteLength(body, 'base64') };
}

/** The base64 text without its line breaks (the quick fix of R09's warning writes this). */
export function withoutLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, '');
}

/** One linear pass of a regex and a length computation: cheap enough to do on every validation. */
export function checkUserData(text: string): UserDataCheck {
  return inspectUserData(text);
}

export const userDataEncoding = defineRule({
  id: 'R09',
  defaultSeverity: 'error',
  title:
    'user_data must be base64 and decode to at most 32 KB; base64 split over several lines gets a warning ' +
    '(common decoders skip the line breaks, but the API page does not say the service does)',
  fields: ['user_data'],
  apiErrors: ['Ecs.0005'],
  check({ server }) {
    const userData = literalString(server, 'user_data');
    if (!userData || userData.value.value.trim() === '') return [];
    const text = userData.value.value;
    const { isBase64, hasLineBreaks, decodedBytes } = checkUserData(text);
    if (!isBase64) {
      const plainBytes = Buffer.byteLength(text, 'utf8');
      const tooLarge =
        plainBytes > MAX_DECODED_BYTES
          ? ` Note that the content has ${plainBytes} bytes, more than the ${MAX_DECODED_BYTES} allowed.`
          : '';
      return [
        {
          node: userData.value,
          message:
            `server.user_data must be base64-encoded; this value is not valid base64. Encode the script or ` +
            `cloud-config with base64.${tooLarge}`,
          fixes: [{ kind: 'base64Encode', path: pathOf(userData.value) }],
        },
      ];
    }
    const findings: RuleFinding[] = [];
    if (decodedBytes > MAX_DECODED_BYTES) {
      findings.push({
        node: userData.value,
        message:
          `server.user_data decodes to ${decodedBytes} bytes; at most ${MAX_DECODED_BYTES} bytes (32 KB) ` +
          'can be injected. Shorten the content or fetch the rest from the server at boot.',
      });
    }
    if (hasLineBreaks) {
      findings.push({
        node: userData.value,
        severity: 'warning',
        message:
          'server.user_data is base64 split over several lines. Common decoders skip the line breaks, ' +
          'but the API page does not say that the service accepts them. Remove the line breaks to be safe.',
        fixes: [{ kind: 'removeLineBreaks', path: pathOf(userData.value) }],
      });
    }
    return findings;
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
    return [
      removableFinding(
        adminPass,
        'adminPass is ignored when user_data is given and the Linux image runs Cloud-Init. Set the password ' +
          'in user_data, or remove adminPass (or user_data).',
      ),
    ];
  },
});
