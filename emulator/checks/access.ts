/**
 * Login and placement. Format (dry run too): adminPass complexity, user_data encoding and size.
 * Account (creation only): the key pair and the server group exist. Messages never quote
 * adminPass or user_data.
 */
import { badRequest, invalidParameter } from '../errors';
import { objectField, stringField, type CreateCheck } from './input';

const PASSWORD_SPECIALS = '!@$%^-_=+[{}]:,./?';
const MAX_USER_DATA_BYTES = 32 * 1024;
/** Base64 may be wrapped into lines (CR/LF); any other character outside the alphabet is an error. */
const LINE_BREAKS = /[\r\n]/g;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function passwordProblem(password: string): string | undefined {
  if (password.length < 8 || password.length > 26) return 'must be 8 to 26 characters long';
  if ([...password].some((c) => !/[A-Za-z0-9]/.test(c) && !PASSWORD_SPECIALS.includes(c))) {
    return `may only use letters, digits and the special characters ${PASSWORD_SPECIALS}`;
  }
  const classes = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return 'needs at least three of: upper-case letters, lower-case letters, digits, special characters';
  const lower = password.toLowerCase();
  if (lower.includes('root') || lower.includes('toor')) return 'must not contain the user name "root" or its reverse';
  return undefined;
}

export const checkLoginFormat: CreateCheck = ({ server }) => {
  const password = stringField(server, 'adminPass');
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw badRequest('Ecs.0011', `server.adminPass ${problem}. (The value is not shown.)`);
  }

  const userData = stringField(server, 'user_data');
  if (userData !== undefined) {
    const compact = userData.replace(LINE_BREAKS, '');
    if (!BASE64.test(compact) || compact.length % 4 !== 0) {
      throw invalidParameter(
        'server.user_data must be base64-encoded (line breaks are allowed). (The value is not shown.)',
      );
    }
    if (Buffer.from(compact, 'base64').length > MAX_USER_DATA_BYTES) {
      throw invalidParameter('server.user_data decodes to more than 32 KB; shorten the script.');
    }
  }
};

export const checkLoginResources: CreateCheck = ({ server, context }) => {
  // An empty key_name means "no key pair" (the API's own password example sends "").
  const keyName = stringField(server, 'key_name');
  if (keyName && !context.world.keyPairs.some((k) => k.name === keyName)) {
    throw badRequest(
      'Ecs.0314',
      `Key pair "${keyName}" (key_name) does not exist; ` +
        'create it first or pick one from GET /v3/{project_id}/keypairs.',
    );
  }

  const group = stringField(objectField(server, 'os:scheduler_hints') ?? {}, 'group');
  if (group && !context.world.serverGroups.some((g) => g.id === group)) {
    throw badRequest(
      'Ecs.0313',
      `Server group ${group} (os:scheduler_hints.group) does not exist; ` +
        'pick one from GET /v1/{project_id}/cloudservers/os-server-groups.',
    );
  }
};
