/** adminPass complexity (R11). Messages never quote the password. */
import { standInName } from '../../../request/parser/nodes';
import { defineRule, literalString, replaceValue } from './ruleHelpers';

const LENGTH = { min: 8, max: 26 };
const SPECIALS = '!@$%^-_=+[{}]:,./?';
const CHARACTER_CLASSES: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[!@$%^\-_=+[{}\]:,./?]/];
const ALLOWED = /^[A-Za-z0-9!@$%^\-_=+[{}\]:,./?]*$/;
/** Linux images only: the API no longer accepts Windows images (R44), so the user is root. */
const USER_NAME = 'root';

/** What is wrong with a password, in words that do not reveal it. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < LENGTH.min || length > LENGTH.max)
    problems.push(`use ${LENGTH.min} to ${LENGTH.max} characters (it has ${length})`);
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 3)
    problems.push('mix at least three of: upper-case letters, lower-case letters, digits, special characters');
  if (!ALLOWED.test(password)) problems.push(`use only letters, digits and the special characters ${SPECIALS}`);
  const lower = password.toLowerCase();
  const reversed = [...USER_NAME].reverse().join('');
  if (lower.includes(USER_NAME) || lower.includes(reversed))
    problems.push(`do not include the user name "${USER_NAME}" or "${reversed}"`);
  return problems;
}

export const adminPassComplexity = defineRule({
  id: 'R11',
  defaultSeverity: 'error',
  title: 'adminPass: 8–26 characters, three character classes, limited special characters, not containing root',
  fields: ['adminPass'],
  apiErrors: ['Ecs.0011'],
  check({ server }) {
    const adminPass = literalString(server, 'adminPass');
    if (!adminPass) return [];
    const name = standInName(adminPass.value.value);
    if (name !== undefined) {
      // `$NAME` is a stand-in, not a password to judge; but nothing fills it in before sending.
      const env = `\${env:${name}}`;
      const secret = `\${secret:${name}}`;
      return [
        {
          node: adminPass.value,
          severity: 'information',
          message:
            'adminPass holds a shell-style stand-in, which is not filled in: ' +
            'it would be sent as the password exactly as written. ' +
            `Write ${env} (an environment variable) or ${secret} (a stored secret) ` +
            'to have the value filled in when the request is sent.',
          fixes: [replaceValue(adminPass.value, [env, secret])],
        },
      ];
    }
    const problems = passwordProblems(adminPass.value.value);
    if (problems.length === 0) return [];
    return [
      {
        node: adminPass.value,
        message: `adminPass does not meet the password rules: ${problems.join('; ')}.`,
      },
    ];
  },
});
