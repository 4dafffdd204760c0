/** Server name (length, characters, room for the `-0001` batch suffix) and description. */
import { badRequest } from '../errors';
import { serverCount, stringField, type CreateCheck } from './input';

/**
 * Letters, digits, `_ - .` and Chinese characters. "Chinese" is read as the whole Han script,
 * the widest reading of the docs, so no valid name is refused.
 */
const NAME_CHARACTERS = /^[A-Za-z0-9_.\-\p{Script=Han}]+$/u;
/** The seed's limit, counted in characters. The Chinese page's 64 for Chinese names is unconfirmed: not refused. */
export const MAX_NAME_LENGTH = 128;
/** With count > 1 a 5-character suffix such as `-0001` is appended, leaving 59 characters. */
export const MAX_BATCH_NAME_LENGTH = 59;

function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export const checkName: CreateCheck = ({ server }) => {
  const name = stringField(server, 'name') ?? '';
  const length = characterCount(name);
  if (length > MAX_NAME_LENGTH) {
    throw badRequest(
      'Ecs.0914',
      `server.name is ${length} characters long; the limit is ${MAX_NAME_LENGTH}. Shorten the name.`,
    );
  }
  const count = serverCount(server);
  if (count > 1 && server.isAutoRename !== true && length > MAX_BATCH_NAME_LENGTH) {
    throw badRequest(
      'Ecs.0914',
      `server.name is ${length} characters long; with count ${count} a 5-character suffix is added, ` +
        `so the name may have at most ${MAX_BATCH_NAME_LENGTH} characters.`,
    );
  }
  if (!NAME_CHARACTERS.test(name)) {
    throw badRequest('Ecs.0915', 'server.name may only contain letters, digits, Chinese characters, "_", "-" and ".".');
  }
};

export const checkDescription: CreateCheck = ({ server }) => {
  const description = stringField(server, 'description');
  if (description === undefined) return;
  if (characterCount(description) > 85 || /[<>]/.test(description)) {
    throw badRequest('Ecs.0041', 'server.description may have at most 85 characters and must not contain "<" or ">".');
  }
};
