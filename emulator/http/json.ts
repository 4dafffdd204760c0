/**
 * Reading a JSON body safely: strict UTF-8, then one linear scan that bounds the nesting depth
 * and the number of values, then JSON.parse. V8's JSON.parse does not recurse (a 100,000-level
 * body parses fine); the recursive walks after it (the idempotency fingerprint, the body checks)
 * are what overflowed the stack. So the depth is checked before parsing, once, rather than by
 * catching a RangeError wherever a walk happens to fail; and the message names the cause.
 */
import { MAX_JSON_DEPTH, MAX_JSON_VALUES } from './limits';

export type JsonProblem = 'encoding' | 'depth' | 'size' | 'syntax';

export type JsonReading = { ok: true; value: unknown } | { ok: false; problem: JsonProblem; message: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface JsonShape {
  /** Deepest nesting of arrays and objects (brackets inside strings do not count). */
  depth: number;
  /** Upper bound of the number of values: opening brackets plus commas plus one. */
  values: number;
}

/**
 * Measures nesting and size in one pass, stopping as soon as a limit is passed (so the scan
 * itself stays linear and cheap). Meant for text that JSON.parse will read next.
 */
export function measureJson(text: string, limits: { depth: number; values: number }): JsonShape {
  let depth = 0;
  let deepest = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      values++;
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c) values++;
    if (deepest > limits.depth || values > limits.values) break;
  }
  return { depth: deepest, values };
}

/** Decodes and parses `bytes`; never throws. */
export function readJson(bytes: Buffer, maxDepth = MAX_JSON_DEPTH, maxValues = MAX_JSON_VALUES): JsonReading {
  let text: string;
  try {
    text = strictUtf8.decode(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    const message = 'The request body is not valid UTF-8 text; send JSON encoded as UTF-8.';
    return { ok: false, problem: 'encoding', message };
  }
  const shape = measureJson(text, { depth: maxDepth, values: maxValues });
  if (shape.depth > maxDepth) {
    return {
      ok: false,
      problem: 'depth',
      message:
        `The request body nests arrays and objects more than ${maxDepth} levels deep; a create request needs ` +
        'about 5. Check how the body is generated.',
    };
  }
  if (shape.values > maxValues) {
    return {
      ok: false,
      problem: 'size',
      message:
        `The request body holds more than ${maxValues.toLocaleString('en-US')} values; a create request holds ` +
        'a few hundred. Check how the body is generated.',
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // The parser's own message may quote the body (a password, user data): never echo it.
    const message = 'The request body is not valid JSON; check quotes, commas and brackets.';
    return { ok: false, problem: 'syntax', message };
  }
}
