/**
 * Redaction of the LSP message trace (`ecs.trace.server`). The trace prints every message's
 * parameters and results as JSON; a request document's text travels in `text` (didOpen,
 * didChange), and edits the server proposes travel in `newText` / `insertText`. Those values are
 * replaced by their length, so that a literal `adminPass`, `user_data` or anything else written in
 * the file never reaches the log, at any trace level. What remains goes through the cloud core's
 * text redaction as well. Pure (no vscode), linear in the length of the text.
 */
import { redactText } from '../../cloud/redact';

/** JSON keys whose string values carry document text. */
const TEXT_KEYS = ['"text"', '"newText"', '"insertText"'];

export function redactTraceText(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  while (i < text.length) {
    const keyEnd = textKeyEndingAt(text, i);
    if (keyEnd < 0) {
      i++;
      continue;
    }
    // After the key: optional spaces, a colon, optional spaces, then a JSON string.
    let j = skipSpaces(text, keyEnd);
    if (text[j] !== ':') {
      i = keyEnd;
      continue;
    }
    j = skipSpaces(text, j + 1);
    if (text[j] !== '"') {
      i = j;
      continue;
    }
    const closingQuote = closingQuoteOf(text, j);
    const bodyEnd = closingQuote < 0 ? text.length : closingQuote;
    const stringEnd = closingQuote < 0 ? text.length : closingQuote + 1;
    const length = decodedLength(text, j + 1, bodyEnd);
    out += text.slice(copiedUpTo, j) + `"<${length} characters not logged>"`;
    copiedUpTo = stringEnd;
    i = stringEnd;
  }
  out += text.slice(copiedUpTo);
  return redactText(out);
}

/** The index just after one of TEXT_KEYS when it starts at `at`, else -1. */
function textKeyEndingAt(text: string, at: number): number {
  if (text.charCodeAt(at) !== 0x22 /* " */) return -1;
  for (const key of TEXT_KEYS) {
    if (text.startsWith(key, at)) return at + key.length;
  }
  return -1;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}

/** The index of the closing quote of the JSON string opening at `open`, or -1 when it is cut off. */
function closingQuoteOf(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (c === '"') return i;
    else i++;
  }
  return -1;
}

/** Characters the JSON string body text[from, to) stands for (escapes count as one). */
function decodedLength(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < Math.min(to, text.length); count++) {
    if (text[i] !== '\\') i++;
    else i += text[i + 1] === 'u' ? 6 : 2;
  }
  return count;
}
