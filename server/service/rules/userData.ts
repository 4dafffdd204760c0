/** Rules on user_data (R09, R10). Messages never quote the content: it may hold secrets. */
import { pathOf } from '../parser/nodes';
import { defineRule, hasNonEmptyString, literalString, presentProperty, removableFinding } from './ruleHelpers';

const MAX_DECODED_BYTES = 32 * 1024;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Line breaks are tolerated (YAML block scalars, wrapped encoder output); nothing else is. */
function base64Body(text: string): string | undefined {
  const body = text.replace(/\r?\n/g, '');
  return BASE64.test(body) ? body : undefined;
}

export const userDataEncoding = defineRule({
  id: 'R09',
  defaultSeverity: 'error',
  title: 'user_data must be base64 and decode to at most 32 KB',
  fields: ['user_data'],
  apiErrors: ['Ecs.0005'],
  check({ server }) {
    const userData = literalString(server, 'user_data');
    if (!userData || userData.value.value.trim() === '') return [];
    const text = userData.value.value;
    const body = base64Body(text);
    if (body === undefined) {
      const plainBytes = Buffer.byteLength(text, 'utf8');
      const tooLarge = plainBytes > MAX_DECODED_BYTES
        ? ` Note that the content has ${plainBytes} bytes, more than the ${MAX_DECODED_BYTES} allowed.`
        : '';
      return [{
        node: userData.value,
        message: `server.user_data must be base64-encoded; this value is not valid base64. Encode the script or cloud-config with base64.${tooLarge}`,
        fixes: [{ kind: 'base64Encode', path: pathOf(userData.value) }],
      }];
    }
    const decodedBytes = Buffer.from(body, 'base64').length;
    if (decodedBytes <= MAX_DECODED_BYTES) return [];
    return [{
      node: userData.value,
      message: `server.user_data decodes to ${decodedBytes} bytes; at most ${MAX_DECODED_BYTES} bytes (32 KB) can be injected. Shorten the content or fetch the rest from the server at boot.`,
    }];
  },
});

export const userDataOverridesPassword = defineRule({
  id: 'R10',
  defaultSeverity: 'warning',
  title: 'With user_data, Linux images with Cloud-Init ignore adminPass',
  fields: ['user_data', 'adminPass'],
  check({ server }) {
    const adminPass = presentProperty(server, 'adminPass');
    if (!adminPass || !hasNonEmptyString(server, 'user_data')) return [];
    return [removableFinding(
      adminPass,
      'adminPass is ignored when user_data is given and the Linux image runs Cloud-Init. Set the password in user_data, or remove adminPass (or user_data).',
    )];
  },
});
