// Extracts every request field named in the fact sheet request-fields.md as a dotted path
// (e.g. `server.data_volumes[].extendparam.snapshotId`) and writes test/fixtures/request-fields.list.
// Run by hand when the fact sheet changes; the unit tests only read the generated list, so the
// project never depends on ../shared at run time.
// Usage: node scripts/extract-field-list.mjs [path/to/request-fields.md] [output file]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? path.resolve(root, '../shared/ecs-api/request-fields.md');
const output = process.argv[3] ?? path.join(root, 'test/fixtures/request-fields.list');

// Which object(s) the tables of each "## N." section describe.
const sectionPrefixes = {
  1: [''],
  2: ['server.'],
  3: ['server.nics[].'],
  4: ['server.nics[].allowed_address_pairs[].'],
  5: ['server.root_volume.'],
  6: ['server.data_volumes[].'],
  7: ['server.cpu_options.'],
  8: ['server.publicip.'],
  9: ['server.security_groups[].'],
  10: ['server.extendparam.'],
  11: ['server.nics[].ipv6_bandwidth.'],
  12: ['server.metadata.'],
  13: ['server.os:scheduler_hints.'],
  14: ['server.server_tags[].'],
  15: ['server.root_volume.extendparam.', 'server.data_volumes[].extendparam.'],
  16: ['server.root_volume.metadata.', 'server.data_volumes[].metadata.'],
};
// Section 8 holds three tables, each introduced by a line naming its object.
const section8Tables = [
  [/^`publicip`:/, 'server.publicip.'],
  [/^`eip`:/, 'server.publicip.eip.'],
  [/^`bandwidth`/, 'server.publicip.eip.bandwidth.'],
];

const paths = new Set();
let prefixes = [];
for (const line of fs.readFileSync(source, 'utf8').split('\n')) {
  const heading = /^## (\d+)\./.exec(line);
  if (heading) {
    prefixes = sectionPrefixes[Number(heading[1])] ?? [];
    continue;
  }
  const subTable = section8Tables.find(([re]) => re.test(line));
  if (subTable && prefixes[0]?.startsWith('server.publicip')) {
    prefixes = [subTable[1]];
    continue;
  }
  const row = /^\|\s*`([^`]+)`\s*\|([^|]*)\|(.*)$/.exec(line);
  if (!row || prefixes.length === 0) continue;
  const [, field, typeCell, rest] = row;
  for (const prefix of prefixes) {
    const fieldPath = prefix + field;
    paths.add(fieldPath);
    // Inline object shapes such as `{ "enabled": bool }` name nested fields too.
    const inline = /`\{([^`]*)\}`/.exec(rest);
    if (inline) {
      const container = fieldPath + (/array/.test(typeCell) ? '[]' : '');
      for (const [, key] of inline[1].matchAll(/"([A-Za-z_:][\w:]*)"\s*:/g)) paths.add(`${container}.${key}`);
    }
  }
}

const list = [...paths].sort();
fs.writeFileSync(output, list.join('\n') + '\n');
console.log(`${list.length} field paths written to ${path.relative(root, output)}`);
