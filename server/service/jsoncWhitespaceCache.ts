/**
 * Stands in for jsonc-parser's `impl/string-intern` module in the server bundle (scripts/build.mjs
 * swaps it in). That module builds 1,200 line-break-plus-indent strings when it loads, about
 * 0.3 MiB of heap held for the life of the process, whereas the server needs them only when a
 * document is formatted. Same exports, same strings; each list is built on first use.
 */

/** '', ' ', '  ', ... up to 19 spaces (small: built at once, as in jsonc-parser). */
export const cachedSpaces: string[] = Array.from({ length: 20 }, (_, count) => ' '.repeat(count));

const CACHED_INDENTS = 200;

export const supportedEols = ['\n', '\r', '\r\n'] as const;
type Eol = (typeof supportedEols)[number];

/** A line break followed by 0..199 repetitions of `unit`, built on first read. */
function lazyLineStarts(unit: string): Record<Eol, string[]> {
  const lists = {} as Record<Eol, string[]>;
  for (const eol of supportedEols) {
    let built: string[] | undefined;
    Object.defineProperty(lists, eol, {
      enumerable: true,
      get: () => (built ??= Array.from({ length: CACHED_INDENTS }, (_, count) => eol + unit.repeat(count))),
    });
  }
  return lists;
}

export const cachedBreakLinesWithSpaces: Record<' ' | '\t', Record<Eol, string[]>> = {
  ' ': lazyLineStarts(' '),
  '\t': lazyLineStarts('\t'),
};
