/**
 * The corpus of the verdict consistency suite: every example file, every seed example (the API
 * page's own examples), every whole-request snippet (with its defaults accepted as they are) and
 * the generated field and rule variants (variants.ts). Each entry is the text of a request file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatFromUri } from '../../request/languageIds';
import { templatesFromSnippets, type SnippetFile } from '../../request/templates';
import { expandSnippet } from '../server/completionHelpers';
import { generatedVariants, type Expectation, type Verdict } from './variants';

export interface CorpusEntry {
  readonly id: string;
  readonly format: 'json' | 'yaml';
  readonly text: string;
  /** What the body should get (both sides; `warn` is an accepted body that breaks a warning rule). */
  readonly expect: Expectation;
  /** Generated from the emulator's seeded world: a lookup refusal is not an account matter then. */
  readonly generated: boolean;
  readonly rule?: string;
  readonly field?: string;
}

const root = path.resolve(__dirname, '..', '..', '..');

/** Example files meant to fail the editor's checks (each mistake is marked in the file). */
const EXAMPLE_FILE = /\.ecs\.(json|yaml)$/;
const EXAMPLES_WITH_MISTAKES = new Set(['with-mistakes.ecs.yaml']);

function filesIn(directory: string, prefix: string, pattern: RegExp, expectOf: (f: string) => Verdict): CorpusEntry[] {
  return readdirSync(path.join(root, directory))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({
      id: `${prefix}:${name}`,
      format: formatFromUri(name),
      text: readFileSync(path.join(root, directory, name), 'utf8'),
      expect: expectOf(name),
      generated: false,
    }));
}

function snippetEntries(): CorpusEntry[] {
  return (['json', 'yaml'] as const).flatMap((format) => {
    const snippetPath = path.join(root, 'snippets', `ecs-${format}.snippets.json`);
    const file = JSON.parse(readFileSync(snippetPath, 'utf8')) as SnippetFile;
    return templatesFromSnippets(file).map((template) => ({
      id: `snippet:${format}:${template.prefix}`,
      format,
      text: expandSnippet(template.body),
      expect: 'accept' as const,
      generated: false,
    }));
  });
}

/** A whole string value that is a shell-style stand-in, such as `"$ADMIN_PASS"` (seed example 2). */
const SHELL_STYLE_STAND_IN = /"\$([A-Za-z_][A-Za-z0-9_]*)"/g;

/**
 * A seed example as a user sends it: the API page writes `"$ADMIN_PASS"` where the reader puts a
 * password. Sent as written it is a weak password that the cloud (and the emulator) refuse with
 * Ecs.0011, which says nothing about the rest of the body; the editor only notes the stand-in and
 * offers `${env:ADMIN_PASS}` as the fix. The suite applies that fix, so both judges see the
 * request the user sends, and the emulator's format checks (its dry run) judge the whole body.
 * (The seed's IDs are not in the emulator's world: its create then refuses them as lookups.)
 */
function asSent(entry: CorpusEntry): CorpusEntry {
  return { ...entry, text: entry.text.replace(SHELL_STYLE_STAND_IN, '"${env:$1}"') };
}

export function buildCorpus(): CorpusEntry[] {
  return [
    ...filesIn('examples', 'example', EXAMPLE_FILE, (n) => (EXAMPLES_WITH_MISTAKES.has(n) ? 'refuse' : 'accept')),
    ...filesIn('test/fixtures/seed-examples', 'seed', /\.(json|yaml)$/, () => 'accept').map(asSent),
    ...snippetEntries(),
    ...generatedVariants().map(({ id, expect, rule, field, body }) => ({
      id,
      expect,
      rule,
      field,
      generated: true,
      format: 'json' as const,
      text: JSON.stringify(body, null, 2),
    })),
  ];
}
