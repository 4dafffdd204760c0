/** Request documents used by the protocol tests (the test request builder's body, as text). */
import { requestText, SEEDED, validBody } from '../support/requestBuilder';

const CLEAN_BODY = validBody({ availability_zone: SEEDED.availabilityZone, key_name: SEEDED.keyPair });

export const CLEAN_YAML = requestText(CLEAN_BODY, 'yaml');

/** count over the pay-per-use limit (ECS-R03, error on the value). */
export const BROKEN_YAML = CLEAN_YAML.replace('  key_name: demo-keypair\n', '  key_name: demo-keypair\n  count: 600\n');

/** isAutoRename with a single server has no effect (ECS-R02, a warning). */
export const WARNING_YAML = CLEAN_YAML.replace(
  '  name: web-01\n',
  '  name: web-01\n  count: 1\n  isAutoRename: true\n',
);

export const CLEAN_JSON = requestText(CLEAN_BODY, 'json');

/** A misspelt disk type: an enum error on the value "SDD". */
export const BROKEN_JSON = CLEAN_JSON.replace('"volumetype": "SSD"', '"volumetype": "SDD"');

/** Position (0-based line/character) of the first occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture lacks ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - (before.lastIndexOf('\n') + 1) };
}

/** Position just after the first occurrence of `needle` in `text` (where a completion or hover is asked). */
export const positionAfter = (text: string, needle: string) => positionOf(text, needle, needle.length);
