/**
 * Fuzzed request documents: random ones, and mutations of the examples and benchmark documents
 * (byte flips, truncation, slice duplication, deep nesting, huge strings and lines, invalid
 * surrogates, NUL, YAML alias bombs and tags, huge numbers). Everything comes from one seeded
 * PRNG, so a seed and a document number give the same document on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Format = 'json' | 'yaml';

export interface FuzzDocument {
  readonly format: Format;
  readonly text: string;
  /** The seed document and the mutations applied, for the reproducer. */
  readonly recipe: string[];
}

/** The fuzz runs draw from the tests' one seeded generator (mulberry32). */
import { SeededRandom as Prng } from '../cloud/support/prng';

export { Prng };

/** The seed documents: examples/ and bench/fixtures/docs/ of the repository. */
export function loadSeeds(repo = resolve(__dirname, '../../..')): { name: string; format: Format; text: string }[] {
  const dirs = [join(repo, 'examples'), join(repo, 'bench/fixtures/docs')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => /\.(json|ya?ml)$/.test(file) && !file.endsWith('.plan.json'))
      .map((file) => ({
        name: file,
        format: (file.endsWith('.json') ? 'json' : 'yaml') as Format,
        text: readFileSync(join(dir, file), 'utf8'),
      })),
  );
}

/** Largest piece a single mutation adds: big enough for huge lines, small enough for 100,000 runs. */
let HUGE = 200_000;

const ODD_CHARACTERS = [
  '\u0000',
  '\u00a0',
  '\u000b',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\ud800',
  '\udfff',
  '\t',
  '\r',
  '\\',
  '"',
  "'",
  '#',
  ':',
  '-',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
];

type Mutation = (rng: Prng, text: string, format: Format) => string;

/** Size factor of the large mutations (1: up to 200,000 characters or 50,000 items), set per document. */
let scale = 1;

const at = (rng: Prng, text: string) => rng.int(text.length + 1);
const repeat = (unit: string, count: number) => unit.repeat(Math.max(0, count));

const MUTATIONS: Record<string, Mutation> = {
  byteFlip(rng, text) {
    const chars = [...text];
    for (let n = 1 + rng.int(8); n > 0 && chars.length > 0; n--) {
      const i = rng.int(chars.length);
      chars[i] = String.fromCharCode(chars[i].charCodeAt(0) ^ (1 << rng.int(16)));
    }
    return chars.join('');
  },
  oddCharacter(rng, text) {
    const i = at(rng, text);
    return (
      text.slice(0, i) +
      repeat(rng.pick(ODD_CHARACTERS), 1 + (rng.chance(0.2) ? rng.int(HUGE / 4) : rng.int(4))) +
      text.slice(i)
    );
  },
  truncate(rng, text) {
    return text.slice(0, at(rng, text));
  },
  deleteSlice(rng, text) {
    const i = at(rng, text);
    return text.slice(0, i) + text.slice(i + rng.int(200));
  },
  duplicateSlice(rng, text) {
    const i = at(rng, text);
    const slice = text.slice(i, i + 1 + rng.int(400));
    const times = rng.chance(0.1) ? rng.int(HUGE / Math.max(1, slice.length)) : 1 + rng.int(20);
    const j = at(rng, text);
    return text.slice(0, j) + repeat(slice, times) + text.slice(j);
  },
  deepNesting(rng, text, format) {
    const depth = rng.pick([30, 63, 64, 65, 100, 1000, 20_000]);
    const i = at(rng, text);
    const [open, close] = rng.pick(
      format === 'json' || rng.chance(0.5)
        ? [
            ['[', ']'],
            ['{"a":', '}'],
            ['[{"a":', '}]'],
          ]
        : [
            ['- ', ''],
            ['a:\n' + ' ', ''],
          ],
    );
    const inner = rng.chance(0.5) ? repeat(open, depth) + '1' + repeat(close, depth) : repeat(open, depth);
    return text.slice(0, i) + inner + text.slice(i);
  },
  hugeString(rng, text, format) {
    const body = repeat(rng.pick(['a', ' ', '\\n', '\u00a0', 'é', '😀', '\\u0000']), rng.int(HUGE));
    const value = format === 'json' ? `"${body}"` : rng.chance(0.5) ? `"${body}"` : `|\n  ${body}`;
    return insertValue(rng, text, value, format);
  },
  hugeLine(rng, text) {
    const i = at(rng, text);
    return (
      text.slice(0, i) +
      rng.pick(['a', 'key: ', '  ', ' ', '- ', '"a":1,', '{}', '[]', '&a ', '!!str ']).repeat(1 + rng.int(HUGE / 8)) +
      text.slice(i)
    );
  },
  surrogates(rng, text) {
    const i = at(rng, text);
    return text.slice(0, i) + rng.pick(['\ud800', '\udc00', '\udbff\udbff', '\\ud800', '"\ud83d"']) + text.slice(i);
  },
  hugeNumber(rng, text, format) {
    const value = rng.pick([
      '1e999999',
      '-0',
      '9'.repeat(400),
      '0x' + 'f'.repeat(100),
      '1.' + '0'.repeat(5000) + '1',
      'NaN',
      '.inf',
      '-1e-999',
      '1_000',
    ]);
    return insertValue(rng, text, value, format);
  },
  manyKeys(rng, _text, format) {
    const count = Math.ceil(rng.pick([100, 1000, 5000, 20_000]) * scale);
    const keys: string[] = [];
    for (let k = 0; k < count; k++)
      keys.push(format === 'json' ? `"k${k % (rng.chance(0.5) ? count : 7)}": ${k}` : `  k${k % 7}: ${k}`);
    return format === 'json' ? `{"server": {${keys.join(',')}}}` : `server:\n${keys.join('\n')}\n`;
  },
  manyItems(rng, _text, format) {
    const count = Math.ceil(rng.pick([100, 1000, 10_000, 50_000]) * scale);
    const item = rng.pick(['{}', '[]', '1', '{"subnet_id": "x"}', '"a"']);
    return format === 'json'
      ? `{"server": {"nics": [${Array(count)
          .fill(item)
          .join(rng.chance(0.5) ? ',' : ',\n')}]}}`
      : `server:\n  nics:\n${Array(count).fill(`    - ${item}`).join('\n')}\n`;
  },
  yamlAliasBomb(rng) {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    let previous = 'a';
    for (let level = 0; level < 2 + rng.int(8); level++) {
      const name = `l${level}`;
      lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
      previous = name;
    }
    lines.push(`server: *${previous}`);
    return lines.join('\n') + '\n';
  },
  yamlTags(rng, text) {
    const i = at(rng, text);
    return (
      text.slice(0, i) +
      rng.pick([
        '!!binary ',
        '!!int ',
        '!!map ',
        '!custom ',
        '!<tag:x> ',
        '%YAML 1.1\n---\n',
        '--- !!set\n',
        '? ',
        '*nope ',
        '&anchor ',
        '<<: *a\n',
      ]) +
      text.slice(i)
    );
  },
  blockScalarHeader(rng, text) {
    const i = at(rng, text);
    return (
      text.slice(0, i) +
      `a: ${rng.pick(['|', '>', '|-', '>+2'])}` +
      `${repeat(rng.pick(['\u00a0', '\u000b', '\u3000', ' ']), rng.int(HUGE / 4))}${rng.pick(['x', '', '#'])}\n` +
      text.slice(i)
    );
  },
  lineEndings(rng, text) {
    return text.replace(/\n/g, rng.pick(['\r\n', '\r', '\u2028', '\n\n']));
  },
};

/** Puts `value` after some `:` of the text (or appends a key with it). */
function insertValue(rng: Prng, text: string, value: string, format: Format): string {
  const colons: number[] = [];
  for (let i = text.indexOf(':'); i >= 0 && colons.length < 500; i = text.indexOf(':', i + 1)) colons.push(i);
  if (colons.length === 0) return format === 'json' ? `{"server": {"name": ${value}}}` : `server:\n  name: ${value}\n`;
  const colon = rng.pick(colons);
  let end = colon + 1;
  while (end < text.length && !/[,\n}\]]/.test(text[end])) end++;
  return `${text.slice(0, colon + 1)} ${value}${text.slice(end)}`;
}

/** A document from scratch: random tokens of the format. */
function randomDocument(rng: Prng, format: Format): string {
  const tokens =
    format === 'json'
      ? [
          '{',
          '}',
          '[',
          ']',
          ',',
          ':',
          '"server"',
          '"name"',
          '"count"',
          '"nics"',
          '1',
          '-2.5e3',
          'true',
          'null',
          '"x"',
          ' ',
          '\n',
          '//c\n',
          '/*',
          '*/',
        ]
      : [
          'server:',
          '  ',
          '- ',
          'name: x',
          'count: 3',
          ': ',
          '\n',
          '#c',
          '&a',
          '*a',
          '"q"',
          "'s'",
          '|',
          '>',
          '[',
          ']',
          '{',
          '}',
          ',',
          '---\n',
          '? ',
        ];
  let text = '';
  for (let n = rng.int(400); n > 0; n--) text += rng.pick(tokens);
  return text;
}

/** Document number `index` of the run with `seed`. */
export function fuzzDocument(
  seed: number,
  index: number,
  seeds: readonly { name: string; format: Format; text: string }[],
  sizeScale = 1,
): FuzzDocument {
  scale = sizeScale;
  HUGE = Math.ceil(200_000 * sizeScale);
  const rng = new Prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  if (rng.chance(0.08)) {
    const format: Format = rng.chance(0.5) ? 'json' : 'yaml';
    return { format, text: randomDocument(rng, format), recipe: ['random'] };
  }
  const start = rng.pick(seeds);
  let text = start.text;
  const recipe = [start.name];
  const names = Object.keys(MUTATIONS);
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const name = rng.pick(names);
    text = MUTATIONS[name](rng, text, start.format);
    recipe.push(name);
    if (text.length > 3 * HUGE) text = text.slice(0, 3 * HUGE);
  }
  return { format: start.format, text, recipe };
}
