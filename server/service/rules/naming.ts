/** Rules on the server's name and description (R01, R41). */
import { chineseCharacterCount, NAME_CHARACTER, NOT_NAME_CHARACTERS } from '../schema/characterClasses';
import { namingOf } from '../../../request/requestFacts';
import type { RuleFinding } from '../types';
import { charCount, defineRule, flagValue, literalString, replaceValue, serverCount } from './ruleHelpers';

const BATCH_NAME_LIMIT = 59;
const NAME_LIMIT = 128;
const DESCRIPTION_LIMIT = 85;

/** Letters, digits, `_`, `-`, `.` and Chinese characters: the schema's name pattern, read from the schema. */
function disallowedNameCharacters(name: string): string[] {
  const found = new Set<string>();
  for (const ch of name) if (!NAME_CHARACTER.test(ch)) found.add(ch);
  return [...found];
}

function describeCharacters(characters: string[]): string {
  return characters.map((ch) => (ch === ' ' ? 'space' : JSON.stringify(ch))).join(', ');
}

export const nameLengthAndCharacters = defineRule({
  id: 'R01',
  defaultSeverity: 'error',
  title:
    'Server name: allowed characters, at most 128 characters, at most 59 when a batch adds number suffixes ' +
    '(a warning when Chinese characters counted twice exceed 128)',
  fields: ['name', 'count', 'isAutoRename'],
  apiErrors: ['Ecs.0914', 'Ecs.0915'],
  check({ server }) {
    const name = literalString(server, 'name');
    if (!name || name.value.value === '') return [];
    const text = name.value.value;
    const findings: RuleFinding[] = [];

    const bad = disallowedNameCharacters(text);
    if (bad.length > 0) {
      findings.push({
        node: name.value,
        message:
          `server.name contains characters that are not allowed (${describeCharacters(bad)}). ` +
          'Use letters, digits, Chinese characters, "_", "-" and ".".',
        fixes: [replaceValue(name.value, [text.replace(NOT_NAME_CHARACTERS, '-')])],
      });
    }

    const count = serverCount(server);
    // Whether the service numbers the names (-0001, ...): the request core's naming rule.
    const getsSuffix =
      count !== undefined && namingOf(text, count, flagValue(server, 'isAutoRename') === true).kind === 'numbered';
    const length = charCount(text);
    if (getsSuffix && length > BATCH_NAME_LIMIT) {
      findings.push({
        node: name.value,
        message:
          `server.name has ${length} characters. With count ${count} the service appends a suffix such as ` +
          `"-0001" to each name, so the name may have at most ${BATCH_NAME_LIMIT} characters. ` +
          'Shorten it, or set isAutoRename to true to give all servers the same name.',
      });
    } else if (!getsSuffix && length > NAME_LIMIT) {
      findings.push({
        node: name.value,
        message: `server.name has ${length} characters; at most ${NAME_LIMIT} are allowed. Shorten it.`,
      });
    } else if (!getsSuffix) {
      // Only the Chinese API page counts a Chinese character as two (128 Latin or 64 Chinese
      // characters); the English page and the SDKs do not, so this is a warning, not a refusal.
      const weighted = length + chineseCharacterCount(text);
      if (weighted > NAME_LIMIT) {
        findings.push({
          node: name.value,
          severity: 'warning',
          message:
            `server.name counts ${weighted} characters when each Chinese character counts as two, ` +
            `more than ${NAME_LIMIT}. ` +
            'Only the Chinese version of the API page sets this limit (at most 64 Chinese characters); ' +
            'the English page allows 128 characters of any kind. Shorten the name to be safe.',
        });
      }
    }
    return findings;
  },
});

/** A closing tag such as `</b>`: its name tells which opening tags are markup, too. */
const CLOSING_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>/g;
/** A self-closing tag such as `<br/>`. */
const SELF_CLOSING_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/>/g;

/**
 * The description without `<` and `>`. Markup goes as a whole (`<b>web</b>` → `web`, not
 * `bweb/b`); any other bracket is just dropped (`web <prod>` → `web prod`), and the spaces this
 * leaves are tidied. Undefined when nothing is left.
 */
export function withoutAngleBrackets(text: string): string | undefined {
  const markupNames = new Set([...text.matchAll(CLOSING_TAG)].map((match) => match[1].toLowerCase()));
  const withoutMarkup = text
    .replace(CLOSING_TAG, '')
    .replace(SELF_CLOSING_TAG, ' ') // a line break between words
    .replace(/<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?>/g, (tag, name: string) =>
      markupNames.has(name.toLowerCase()) ? '' : tag,
    );
  const cleaned = withoutMarkup.replace(/[<>]/g, '').replace(/ {2,}/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

export const descriptionContent = defineRule({
  id: 'R41',
  defaultSeverity: 'error',
  title: 'Description: at most 85 characters, no angle brackets',
  fields: ['description'],
  apiErrors: ['Ecs.0041'],
  check({ server }) {
    const description = literalString(server, 'description');
    if (!description) return [];
    const text = description.value.value;
    const findings: RuleFinding[] = [];
    if (/[<>]/.test(text)) {
      const cleaned = withoutAngleBrackets(text);
      findings.push({
        node: description.value,
        message: 'server.description must not contain "<" or ">". Remove them.',
        fixes: cleaned ? [replaceValue(description.value, [cleaned])] : undefined,
      });
    }
    const length = charCount(text);
    if (length > DESCRIPTION_LIMIT) {
      findings.push({
        node: description.value,
        message: `server.description has ${length} characters; at most ${DESCRIPTION_LIMIT} are allowed. Shorten it.`,
      });
    }
    return findings;
  },
});
