/** Request documents used by the protocol tests (IDs from the emulator's seeded world). */

export const CLEAN_YAML = `server:
  name: web-01
  imageRef: 1a2b3c4d-0000-4000-8000-000000000001
  flavorRef: s6.small.1
  vpcid: 2b3c4d5e-0000-4000-8000-000000000001
  availability_zone: cn-north-4a
  key_name: demo-keypair
  nics:
    - subnet_id: 3c4d5e6f-0000-4000-8000-000000000001
  root_volume:
    volumetype: SSD
    size: 40
`;

/** count over the pay-per-use limit (ECS-R03, error on the value). */
export const BROKEN_YAML = CLEAN_YAML.replace('  key_name: demo-keypair\n', '  key_name: demo-keypair\n  count: 600\n');

/** isAutoRename with a single server has no effect (ECS-R02, a warning). */
export const WARNING_YAML = CLEAN_YAML.replace(
  '  name: web-01\n',
  '  name: web-01\n  count: 1\n  isAutoRename: true\n',
);

export const CLEAN_JSON = `{
  "server": {
    "name": "web-01",
    "imageRef": "1a2b3c4d-0000-4000-8000-000000000001",
    "flavorRef": "s6.small.1",
    "vpcid": "2b3c4d5e-0000-4000-8000-000000000001",
    "availability_zone": "cn-north-4a",
    "key_name": "demo-keypair",
    "nics": [{ "subnet_id": "3c4d5e6f-0000-4000-8000-000000000001" }],
    "root_volume": { "volumetype": "SSD", "size": 40 }
  }
}
`;

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
