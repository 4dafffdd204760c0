/** Completion context in YAML, read from the lines around the cursor (see yamlLines.ts for why). */
import type { ParsedDocument } from '../../../request/parser/ast';
import type { CompletionContext } from './completionContext';
import { WORD_CHAR } from './completionContext';
import { lineIndexAt, lineText } from './documentText';
import { pathFromIndentation, readYamlLine, siblingKeys } from './yamlLines';

export function yamlCompletionContext(doc: ParsedDocument, offset: number): CompletionContext | undefined {
  const lineIndex = lineIndexAt(doc, offset);
  const lineStart = doc.lineStarts[lineIndex];
  const line = lineText(doc, lineIndex);
  const column = offset - lineStart;
  const before = line.slice(0, column);
  if (/(^|\s)#/.test(before)) return undefined;
  const lines = doc.text.split(/\r\n|\r|\n/);
  const prefixLine = readYamlLine(before);

  // `key: va|` or `key:|`: a value.
  if (prefixLine.key !== undefined && prefixLine.colonEnd !== undefined && prefixLine.colonEnd <= column) {
    const fullLine = readYamlLine(line);
    const valueText = withoutComment(line.slice(prefixLine.colonEnd));
    const leading = valueText.length - valueText.trimStart().length;
    const valueStart = Math.min(prefixLine.colonEnd + leading, column);
    const valueEnd = Math.max(prefixLine.colonEnd + valueText.trimEnd().length, column);
    const objectPath =
      fullLine.dashColumns.length > 0
        ? pathFromIndentation(lines, lineIndex, fullLine.dashColumns[fullLine.dashColumns.length - 1], true)
        : pathFromIndentation(lines, lineIndex, prefixLine.contentColumn, false);
    return {
      kind: 'value',
      valuePath: [...objectPath, prefixLine.key],
      replaceStart: lineStart + valueStart,
      replaceEnd: lineStart + valueEnd,
      blockStart: lineStart + prefixLine.colonEnd,
      indent: ' '.repeat(prefixLine.contentColumn),
      commaAfter: false,
      needsLeadingSpace: valueStart === prefixLine.colonEnd,
    };
  }

  // `  na|`, `  - na|`, `  "na|`: a key (or a new array item).
  const keyMatch = /^(\s*)((?:-[ \t]+)*)(["']?)([^\s#"']*)$/.exec(before);
  if (!keyMatch) return undefined;
  const startsItem = keyMatch[2] !== '';
  const keyColumn = keyMatch[1].length + keyMatch[2].length;
  let end = column;
  while (end < line.length && WORD_CHAR.test(line[end])) end++;
  if (keyMatch[3] && line[end] === keyMatch[3]) end++;
  const rest = line.slice(end);
  const dashColumn = keyMatch[1].length + keyMatch[2].lastIndexOf('-');
  const objectPath = startsItem
    ? pathFromIndentation(lines, lineIndex, dashColumn, true)
    : pathFromIndentation(lines, lineIndex, keyColumn, false);
  return {
    kind: 'property',
    objectPath,
    existingKeys: siblingKeys(lines, lineIndex, keyColumn, startsItem),
    replaceStart: lineStart + keyColumn,
    replaceEnd: lineStart + end,
    indent: ' '.repeat(keyColumn),
    keyOnly: /^\s*:(\s|$)/.test(rest),
    startsItem,
    commaAfter: false,
  };
}

/**
 * `text` without its comment (a `#` at the start or after a blank) and the blanks before it. A scan
 * back from the `#`: the regex it replaces (`(^|\s+)#.*$`) tried every length of a long run of
 * blanks from every position in it, a quadratic time on `key:` followed by 80,000 spaces.
 */
export function withoutComment(text: string): string {
  const hash = /(^|\s)#/.exec(text);
  if (!hash) return text;
  let end = hash.index + hash[1].length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text.slice(0, end);
}
