/**
 * Reads the structure of block YAML from indentation alone. Used for completion because the
 * document is usually broken while the user types (a key without value, a stray indent), and
 * the parser's tree then does not reach the cursor. yaml-language-server takes the same approach.
 */
import type { NodePath } from '../../../request/parser/nodes';

export interface YamlLine {
  /** Column of the first non-space character. */
  readonly indent: number;
  /** Columns of the `- ` sequence markers at the start of the content, outermost first. */
  readonly dashColumns: readonly number[];
  /** Column where the content after the markers starts. */
  readonly contentColumn: number;
  /** The key of a `key: value` / `key:` line (unquoted), if the content is one. */
  readonly key?: string;
  /** Column right after the key's `:`. */
  readonly colonEnd?: number;
  /** Whether anything but a comment follows the `:`. */
  readonly hasInlineValue: boolean;
  readonly isBlankOrComment: boolean;
}

/** A quoted key at the start of a line's content: `"a\"b"` or `'it''s'`. */
const QUOTED_KEY = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/;
/** What a plain key cannot start with (`-` only when a blank or `#` follows it). */
const NOT_A_PLAIN_KEY_START = /[\s#'"?,[\]{}]/;

/**
 * The key of `content` (a line after its indentation and `- ` markers) and where its `:` ends:
 * a quoted key, or plain text up to the first `: ` / final `:` before any `#`, trailing blanks
 * not part of it. A character loop: the regex this replaces (`[^#]*?[ \t]*:`) tried every
 * length of a long run of blanks from every position, a quadratic time on `a` + 80,000 spaces.
 */
export function matchKey(content: string): { raw: string; end: number } | undefined {
  let keyEnd: number;
  const quoted = QUOTED_KEY.exec(content);
  if (quoted) {
    keyEnd = quoted[0].length;
  } else {
    const first = content.charAt(0);
    if (first === '' || NOT_A_PLAIN_KEY_START.test(first)) return undefined;
    if (first === '-' && (content.length < 2 || /[\s#]/.test(content.charAt(1)))) return undefined;
    // `-x` is a key, but its `:` cannot be the second character (`-: a` is a sequence item).
    const colon = firstKeyColon(content, first === '-' ? 2 : 1);
    if (colon < 0) return undefined;
    keyEnd = colon;
    while (keyEnd > 1 && (content[keyEnd - 1] === ' ' || content[keyEnd - 1] === '\t')) keyEnd--;
  }
  let colon = keyEnd;
  while (content[colon] === ' ' || content[colon] === '\t') colon++;
  if (content[colon] !== ':' || !endsKey(content, colon)) return undefined;
  return { raw: content.slice(0, keyEnd), end: colon + 1 };
}

/** The first `:` from `from` on that is followed by whitespace or the end, before any `#`; or -1. */
function firstKeyColon(content: string, from: number): number {
  for (let i = from; i < content.length; i++) {
    const ch = content[i];
    if (ch === '#') return -1;
    if (ch === ':' && endsKey(content, i)) return i;
  }
  return -1;
}

function endsKey(content: string, colon: number): boolean {
  return colon + 1 >= content.length || /\s/.test(content[colon + 1]);
}

export function readYamlLine(line: string): YamlLine {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) {
    return { indent, dashColumns: [], contentColumn: indent, hasInlineValue: false, isBlankOrComment: true };
  }
  const dashColumns: number[] = [];
  let column = indent;
  for (let match = /^-([ \t]+|$)/.exec(line.slice(column)); match; match = /^-([ \t]+|$)/.exec(line.slice(column))) {
    dashColumns.push(column);
    column += match[0].length;
  }
  const content = line.slice(column);
  const keyMatch = matchKey(content);
  if (!keyMatch)
    return {
      indent,
      dashColumns,
      contentColumn: column,
      hasInlineValue: content.trim() !== '',
      isBlankOrComment: false,
    };
  const afterColon = content.slice(keyMatch.end);
  return {
    indent,
    dashColumns,
    contentColumn: column,
    key: unquoteKey(keyMatch.raw),
    colonEnd: column + keyMatch.end,
    hasInlineValue: afterColon.trim() !== '' && !afterColon.trim().startsWith('#'),
    isBlankOrComment: false,
  };
}

export function unquoteKey(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('"')) {
    try {
      return JSON.parse(trimmed) as string;
    } catch {
      return trimmed.slice(1, -1);
    }
  }
  if (trimmed.startsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'");
  return trimmed;
}

/**
 * The path of the node that starts at `column` on line `lineIndex`, found by walking up the
 * lines: a key of a block mapping (`isItem` false: the result is the mapping's path), or a new
 * item of a block sequence whose `- ` is at `column` (`isItem` true: the result ends with its index).
 */
export function pathFromIndentation(
  lines: readonly string[],
  lineIndex: number,
  column: number,
  isItem: boolean,
): NodePath {
  const path: NodePath = [];
  let target = column;
  let nodeIsItem = isItem;
  let itemsAbove = 0;
  for (let index = lineIndex - 1; index >= 0; index--) {
    if (!nodeIsItem && target === 0) return path;
    const line = readYamlLine(lines[index]);
    if (line.isBlankOrComment || line.indent > target) continue;
    if (nodeIsItem) {
      if (line.indent === target && line.dashColumns[0] === target) {
        itemsAbove++;
        continue;
      }
      if (line.indent < target && line.dashColumns.includes(target)) {
        // `- - x`: this line holds the first item of our sequence, which is an item itself.
        path.unshift(itemsAbove + 1);
        itemsAbove = 0;
        target = line.dashColumns[line.dashColumns.indexOf(target) - 1];
        continue;
      }
      // The key that owns the sequence (`key:` with the `- ` items at the same or a deeper column).
      path.unshift(itemsAbove);
      itemsAbove = 0;
      if (line.key === undefined) return path;
      path.unshift(line.key);
      ({ target, nodeIsItem } = ownerPosition(line));
      continue;
    }
    if (line.indent === target) continue; // a sibling key (or a sequence beside it)
    if (line.dashColumns.length > 0 && line.contentColumn === target) {
      // `- first: 1` with our key below it: we are inside that item's mapping.
      target = line.dashColumns[line.dashColumns.length - 1];
      nodeIsItem = true;
      continue;
    }
    if (line.key === undefined) return path;
    path.unshift(line.key);
    ({ target, nodeIsItem } = ownerPosition(line));
  }
  if (nodeIsItem) path.unshift(itemsAbove);
  return path;
}

/** Where the node holding `line`'s key starts: the key itself, or the item its line opens. */
function ownerPosition(line: YamlLine): { target: number; nodeIsItem: boolean } {
  return line.dashColumns.length > 0
    ? { target: line.dashColumns[line.dashColumns.length - 1], nodeIsItem: true }
    : { target: line.contentColumn, nodeIsItem: false };
}

/**
 * Keys already present in the block mapping whose keys sit at `column` around line `lineIndex`.
 * `startsItem`: the mapping begins on that line (`- key`), so nothing above belongs to it.
 */
export function siblingKeys(
  lines: readonly string[],
  lineIndex: number,
  column: number,
  startsItem: boolean,
): Set<string> {
  const keys = new Set<string>();
  for (let index = lineIndex - 1; index >= 0 && !startsItem; index--) {
    const line = readYamlLine(lines[index]);
    if (line.isBlankOrComment || line.indent > column) continue;
    if (line.contentColumn !== column) break;
    if (line.key !== undefined) keys.add(line.key);
    if (line.dashColumns.length > 0) break; // the line that opens this item's mapping
  }
  for (let index = lineIndex + 1; index < lines.length; index++) {
    const line = readYamlLine(lines[index]);
    if (line.isBlankOrComment || line.indent > column) continue;
    if (line.indent < column || line.dashColumns.length > 0) break;
    if (line.key !== undefined) keys.add(line.key);
  }
  return keys;
}
