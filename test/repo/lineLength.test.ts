/**
 * Code lines stay within 120 columns, Prettier's printWidth (.prettierrc.json), also where Prettier
 * does not wrap: strings, template literals, regular expressions and comments. Long messages are
 * split by hand (string concatenation), which keeps their text. Markdown, JSON and YAML are not
 * code and are left as written; bench/ is the benchmark's own tool (its fixture generators are
 * outside Prettier on purpose) and is not checked.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '../../..');
const MAX_COLUMNS = 120;
const CODE_FILE = /\.(ts|mts|cts|js|mjs|cjs)$/;
/** Not checked: the benchmark's own tool. Generated code is ignored by git and so never listed. */
const NOT_CHECKED = /^bench\//;

/** The code files of the repository: tracked ones and new ones git does not ignore. */
function codeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed.split('\0').filter((file) => CODE_FILE.test(file) && !NOT_CHECKED.test(file));
}

/** `file:line (N columns)` for each line of `text` longer than MAX_COLUMNS. */
function longLines(file: string, text: string): string[] {
  const found: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    // Columns as an editor counts them: one per code point.
    const columns = [...line].length;
    if (columns > MAX_COLUMNS) found.push(`${file}:${index + 1} (${columns} columns)`);
  });
  return found;
}

describe('line length', () => {
  it(`no line of code is longer than ${MAX_COLUMNS} columns`, () => {
    const files = codeFiles();
    assert.ok(files.length > 100, `git listed only ${files.length} code files; is this a git checkout?`);
    const tooLong: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(repo, file), 'utf8');
      } catch {
        continue; // listed by git but deleted in the working tree
      }
      tooLong.push(...longLines(file, text));
    }
    assert.deepEqual(
      tooLong,
      [],
      `wrap these lines by hand (split strings with +, reflow comments); Prettier leaves them:\n${tooLong.join('\n')}`,
    );
  });

  it('counts columns by code point and reports the line', () => {
    assert.deepEqual(longLines('a.ts', `ok\n${'x'.repeat(MAX_COLUMNS)}\n${'é'.repeat(MAX_COLUMNS)}`), []);
    assert.deepEqual(longLines('a.ts', `ok\r\n${'x'.repeat(MAX_COLUMNS + 1)}`), ['a.ts:2 (121 columns)']);
  });
});
