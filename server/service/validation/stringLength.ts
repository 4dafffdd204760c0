/**
 * String length as JSON Schema counts it (code points), for the validator generated at build
 * time (scripts/build.mjs puts it in place of ajv's own helper there). Same result as ajv's
 * helper, but a string without surrogate pairs — nearly every string, and always base64
 * user_data of up to 44K characters — is answered by one native regex scan instead of a
 * JavaScript loop over every character.
 */
import ajvCodePointLength from 'ajv/dist/runtime/ucs2length';

/** A high surrogate: only where one occurs can code points and UTF-16 units differ. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

export default function codePointLength(text: string): number {
  return HIGH_SURROGATE.test(text) ? ajvCodePointLength(text) : text.length;
}
