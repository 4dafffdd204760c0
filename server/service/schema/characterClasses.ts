/**
 * Character sets the rules share with the schema, read from the schema so that there is one
 * definition: what a "Chinese character" is (definitions.chineseCharacter) and which characters a
 * server name may hold (the pattern of server.name). A schema edit that breaks the expected shape
 * fails at load, and test/server/apiVerdicts.test.ts proves the rules and the schema agree.
 */
import requestSchema from '../../../schemas/ecs-create-servers.v1.1.schema.json';

/** The inside of a one-class pattern such as `^[a-z]$` or `^[a-z]+$`. */
function classInside(pattern: string, quantifier: string): string {
  const prefix = '^[';
  const suffix = `]${quantifier}$`;
  if (!pattern.startsWith(prefix) || !pattern.endsWith(suffix)) {
    throw new Error(`schema pattern ${pattern} is not a single character class`);
  }
  return pattern.slice(prefix.length, -suffix.length);
}

/** Chinese characters as regexp class text (`\p{Script=Han}`: the whole Han script, the widest reading). */
export const CHINESE_CHARACTER_RANGE = classInside(requestSchema.definitions.chineseCharacter.pattern, '');

const CHINESE_CHARACTERS = new RegExp(`[${CHINESE_CHARACTER_RANGE}]`, 'gu');

/** How many Chinese characters (in the schema's sense) `text` holds. */
export function chineseCharacterCount(text: string): number {
  return text.match(CHINESE_CHARACTERS)?.length ?? 0;
}

const NAME_CLASS = classInside(requestSchema.definitions.server.properties.name.pattern, '+');

/** One character a server name may hold. */
export const NAME_CHARACTER = new RegExp(`^[${NAME_CLASS}]$`, 'u');

/** Every character a server name may not hold (global: for replacing them). */
export const NOT_NAME_CHARACTERS = new RegExp(`[^${NAME_CLASS}]`, 'gu');
