/**
 * User-given text (file names, arguments) made safe to print on a terminal: control characters,
 * including ESC of terminal escape sequences, become visible escapes instead of acting.
 */
// C0, DEL, C1, and the Unicode line/paragraph separators and bidirectional overrides.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string, maxLength = 300): string {
  const escaped = text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}…` : escaped;
}

// The same, but line breaks and tabs stay: for whole output lines that may quote a file or a service.
const UNSAFE_IN_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A line of output with every control character but \n and \t made visible (the last guard before the terminal). */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE_IN_LINES, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
