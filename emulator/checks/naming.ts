/** Server name (length, characters, room for the `-0001` batch suffix) and description. */
import { badRequest } from '../errors';
import { serverCount, stringField, type CreateCheck } from './input';

const CHINESE = /[\u4e00-\u9fa5]/;
const NAME_CHARACTERS = /^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/;
/** With count > 1 a 5-character suffix such as `-0001` is appended, leaving 59 of the 64/128. */
export const MAX_BATCH_NAME_LENGTH = 59;

export const checkName: CreateCheck = ({ server }) => {
  const name = stringField(server, 'name') ?? '';
  const length = Array.from(name).length;
  const limit = CHINESE.test(name) ? 64 : 128;
  if (length > limit) {
    throw badRequest('Ecs.0914', `server.name is ${length} characters long; the limit is ${limit}. Shorten the name.`);
  }
  const count = serverCount(server);
  if (count > 1 && server.isAutoRename !== true && length > MAX_BATCH_NAME_LENGTH) {
    throw badRequest(
      'Ecs.0914',
      `server.name is ${length} characters long; with count ${count} a 5-character suffix is added, so the name may have at most ${MAX_BATCH_NAME_LENGTH} characters.`,
    );
  }
  if (!NAME_CHARACTERS.test(name)) {
    throw badRequest('Ecs.0915', 'server.name may only contain letters, digits, Chinese characters, "_", "-" and ".".');
  }
};

export const checkDescription: CreateCheck = ({ server }) => {
  const description = stringField(server, 'description');
  if (description === undefined) return;
  if (Array.from(description).length > 85 || /[<>]/.test(description)) {
    throw badRequest('Ecs.0041', 'server.description may have at most 85 characters and must not contain "<" or ">".');
  }
};
