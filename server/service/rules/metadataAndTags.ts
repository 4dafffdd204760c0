/** Rules on server metadata and tags (R20, R39, R40). */
import type { StringNode } from '../../../request/parser/ast';
import { getProperty, PLACEHOLDER_PATTERN } from '../../../request/parser/nodes';
import { CHINESE_CHARACTER_RANGE } from '../schema/characterClasses';
import type { RuleFinding } from '../types';
import {
  addProperties,
  arrayAt,
  charCount,
  defineRule,
  hasNonEmptyString,
  isPrePaid,
  literalString,
  objectAt,
  objectItems,
  presentProperty,
  propertyOfType,
  renameProperty,
} from './ruleHelpers';

export const prePaidKeyPairNeedsUserId = defineRule({
  id: 'R20',
  defaultSeverity: 'error',
  title: 'A yearly/monthly server with key_name needs metadata.op_svc_userid',
  fields: ['key_name', 'metadata.op_svc_userid', 'extendparam.chargingMode'],
  check(context) {
    const { server } = context;
    const keyName = getProperty(server, 'key_name');
    if (!keyName || !hasNonEmptyString(server, 'key_name') || !isPrePaid(context)) return [];
    const metadata = objectAt(server, 'metadata');
    if (hasNonEmptyString(metadata, 'op_svc_userid')) return [];
    const canAdd = metadata && !getProperty(metadata, 'op_svc_userid');
    return [
      {
        node: keyName.keyNode,
        message:
          'A yearly/monthly server (chargingMode prePaid) that logs in with key_name needs metadata.op_svc_userid: ' +
          'the IAM user ID shown under My Credentials in the console. Add it to metadata.',
        fixes: canAdd ? [addProperties(metadata, ['op_svc_userid'])] : undefined,
      },
    ];
  },
});

const MAX_METADATA_PAIRS = 10;
const METADATA_TEXT_LIMIT = 255;
const METADATA_KEY = /^[A-Za-z0-9 _:.-]+$/;

export const metadataShape = defineRule({
  id: 'R39',
  defaultSeverity: 'error',
  title:
    'metadata: at most 10 pairs; keys 1–255 characters of letters, digits, space, _ : . -; values at most 255 ' +
    'characters',
  fields: ['metadata'],
  check({ server }) {
    const metadata = propertyOfType(server, 'metadata', 'object');
    if (!metadata) return [];
    const findings: RuleFinding[] = [];
    const pairs = metadata.value.properties;
    if (pairs.length > MAX_METADATA_PAIRS) {
      findings.push({
        node: metadata.property.keyNode,
        message:
          `metadata has ${pairs.length} pairs; at most ${MAX_METADATA_PAIRS} are allowed. ` +
          `Remove ${pairs.length - MAX_METADATA_PAIRS}.`,
      });
    }
    for (const pair of pairs) {
      const keyLength = charCount(pair.key);
      if (keyLength === 0 || keyLength > METADATA_TEXT_LIMIT || !METADATA_KEY.test(pair.key)) {
        findings.push({
          node: pair.keyNode,
          message:
            `The metadata key "${pair.key}" is not allowed: use 1 to ${METADATA_TEXT_LIMIT} characters from ` +
            `letters, digits, space, "_", ":", "." and "-".`,
        });
      }
      const value = pair.valueNode;
      if (value?.type === 'string' && charCount(value.value) > METADATA_TEXT_LIMIT) {
        findings.push({
          node: value,
          message:
            `The value of metadata.${pair.key} has ${charCount(value.value)} characters; at ` +
            `most ${METADATA_TEXT_LIMIT} are allowed.`,
        });
      }
    }
    return findings;
  },
});

const MAX_TAGS = 10;
const TAG_KEY_LIMIT = 36;
const TAG_VALUE_LIMIT = 43;
/**
 * Legacy `tags` strings: "key.value"; Chinese characters are accepted besides ASCII (Chinese docs),
 * in the schema's one definition of them.
 */
const LEGACY_TAG_KEY = new RegExp(`^[A-Za-z0-9_\\-${CHINESE_CHARACTER_RANGE}]+$`, 'u');
const LEGACY_TAG_VALUE = new RegExp(`^[A-Za-z0-9_.\\-${CHINESE_CHARACTER_RANGE}]*$`, 'u');

/** What a server_tags key or value may hold. */
interface TagTextRule {
  readonly limit: number;
  readonly allowEmpty: boolean;
  readonly forbidden: RegExp;
  readonly forbiddenText: string;
}

const SERVER_TAG_KEY: TagTextRule = {
  limit: TAG_KEY_LIMIT,
  allowEmpty: false,
  forbidden: /[\u0000-\u001f=*<>\\,|/]/,
  forbiddenText: '= * < > \\ , | /',
};
const SERVER_TAG_VALUE: TagTextRule = {
  limit: TAG_VALUE_LIMIT,
  allowEmpty: true,
  forbidden: /[\u0000-\u001f=*<>\\,|]/,
  forbiddenText: '= * < > \\ , |',
};

/** A tag key as written, and the node a finding about it goes on. */
interface TagKey {
  readonly key: string;
  readonly node: StringNode;
}

function checkLegacyTag(item: StringNode, label: string, findings: RuleFinding[]): TagKey | undefined {
  if (PLACEHOLDER_PATTERN.test(item.value)) return undefined;
  const dot = item.value.indexOf('.');
  const key = dot < 0 ? item.value : item.value.slice(0, dot);
  const value = dot < 0 ? undefined : item.value.slice(dot + 1);
  const problems: string[] = [];
  if (value === undefined || key === '') problems.push('write it as "key.value"');
  if (key !== '' && !LEGACY_TAG_KEY.test(key)) problems.push('the key may only use letters, digits, "_" and "-"');
  if (charCount(key) > TAG_KEY_LIMIT) problems.push(`the key may have at most ${TAG_KEY_LIMIT} characters`);
  if (value !== undefined && !LEGACY_TAG_VALUE.test(value))
    problems.push('the value may only use letters, digits, "_", "." and "-"');
  if (value !== undefined && charCount(value) > TAG_VALUE_LIMIT)
    problems.push(`the value may have at most ${TAG_VALUE_LIMIT} characters`);
  if (problems.length > 0) {
    // No advice to move to server_tags here: the hint on `tags` gives it once.
    findings.push({ node: item, message: `${label} is not a valid tag: ${problems.join('; ')}.` });
  }
  return key === '' ? undefined : { key, node: item };
}

function checkServerTagText(node: StringNode, label: string, rule: TagTextRule, findings: RuleFinding[]): void {
  const text = node.value;
  const problems: string[] = [];
  if (!rule.allowEmpty && text === '') problems.push('it must not be empty');
  if (charCount(text) > rule.limit) problems.push(`it may have at most ${rule.limit} characters`);
  if (rule.forbidden.test(text))
    problems.push(`it must not contain control characters or any of ${rule.forbiddenText}`);
  if (problems.length > 0) findings.push({ node, message: `${label} is not allowed: ${problems.join('; ')}.` });
}

export const tagsShape = defineRule({
  id: 'R40',
  defaultSeverity: 'error',
  title:
    'tags and server_tags: at most 10 tags in total, valid characters and lengths, no duplicate keys ' +
    '(a hint recommends server_tags over tags)',
  fields: ['tags', 'server_tags', 'server_tags[].key', 'server_tags[].value'],
  apiErrors: ['Ecs.0905', 'Ecs.0906', 'Ecs.0907', 'Ecs.0908'],
  check({ server }) {
    const findings: RuleFinding[] = [];
    const keys: TagKey[] = [];

    // The API page recommends server_tags but still documents tags: a hint, not a deprecation.
    // Only for a list of strings, which the quick fix can convert (other shapes are the schema's).
    const tagsProperty = presentProperty(server, 'tags');
    const tagList = arrayAt(server, 'tags');
    if (tagsProperty && tagList?.items.every((item) => item.type === 'string')) {
      findings.push({
        node: tagsProperty.keyNode,
        severity: 'hint',
        message:
          'server_tags is recommended over tags: it does the same with key/value objects and accepts ' +
          'more characters. The quick fix converts the tags.',
        fixes: [renameProperty(tagsProperty, 'server_tags')],
      });
    }

    const tags = tagList;
    tags?.items.forEach((item, index) => {
      if (item.type !== 'string') return;
      const key = checkLegacyTag(item, `tags[${index}]`, findings);
      if (key) keys.push(key);
    });

    const serverTags = arrayAt(server, 'server_tags');
    for (const { node, index } of objectItems(serverTags)) {
      const key = literalString(node, 'key');
      const value = literalString(node, 'value');
      if (key) {
        checkServerTagText(key.value, `server_tags[${index}].key`, SERVER_TAG_KEY, findings);
        if (key.value.value !== '') keys.push({ key: key.value.value, node: key.value });
      }
      if (value) checkServerTagText(value.value, `server_tags[${index}].value`, SERVER_TAG_VALUE, findings);
    }

    const seen = new Set<string>();
    for (const { key, node } of keys) {
      if (seen.has(key)) {
        findings.push({
          node,
          message:
            `The tag key "${key}" is used more than once (tags and server_tags together). Each key may appear ` +
            `only once.`,
        });
      }
      seen.add(key);
    }

    const total = (tags?.items.length ?? 0) + (serverTags?.items.length ?? 0);
    const countedOn = getProperty(server, serverTags ? 'server_tags' : 'tags');
    if (total > MAX_TAGS && countedOn) {
      findings.push({
        node: countedOn.keyNode,
        message:
          `The server gets ${total} tags (tags and server_tags together); at most ${MAX_TAGS} are allowed. ` +
          `Remove ${total - MAX_TAGS}.`,
      });
    }
    return findings;
  },
});
