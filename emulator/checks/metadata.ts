/**
 * Format checks on `metadata` (dry run too): at most 10 pairs, key and value sizes and key
 * characters (R39), and `op_svc_userid` for a yearly/monthly server that logs in with a key pair
 * (R20). The pairs are counted with an early stop, so a body with 200,000 keys costs no more than
 * one with 11.
 */
import { invalidParameter } from '../errors';
import { billingOf } from './billing';
import { objectField, stringField, type CreateCheck } from './input';

const MAX_PAIRS = 10;
const MAX_TEXT = 255;
/** Letters, digits, space, `-`, `_`, `:`, `.` (the seed allows the space; one SDK comment does not). */
const KEY_CHARACTERS = /^[A-Za-z0-9 _:.-]+$/;

function pairCountAbove(object: Record<string, unknown>, limit: number): boolean {
  let count = 0;
  for (const key in object) {
    if (Object.prototype.hasOwnProperty.call(object, key) && ++count > limit) return true;
  }
  return false;
}

export const checkMetadata: CreateCheck = (input) => {
  const { server } = input;
  const metadata = objectField(server, 'metadata') ?? {};
  if (pairCountAbove(metadata, MAX_PAIRS)) {
    throw invalidParameter(`server.metadata has more than ${MAX_PAIRS} pairs; keep at most ${MAX_PAIRS}.`);
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (key.length > MAX_TEXT || !KEY_CHARACTERS.test(key)) {
      throw invalidParameter(
        `server.metadata key "${key.slice(0, 40)}" must be 1 to ${MAX_TEXT} characters of ` +
          'letters, digits, space, "-", "_", ":", ".".',
      );
    }
    if (typeof value !== 'string' || value.length > MAX_TEXT) {
      throw invalidParameter(`server.metadata["${key}"] must be a string of at most ${MAX_TEXT} characters.`);
    }
  }

  const keyName = stringField(server, 'key_name');
  if (billingOf(input).mode === 'prePaid' && keyName && !stringField(metadata, 'op_svc_userid')) {
    throw invalidParameter(
      'server.metadata.op_svc_userid is required for a yearly/monthly server that logs in with a key pair ' +
        '(key_name): ' +
        'set it to your IAM user ID (console: My Credentials, API Credentials).',
    );
  }
};
