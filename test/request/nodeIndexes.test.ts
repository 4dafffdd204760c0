/**
 * The key and item indexes of large objects and lists (request/parser/nodes.ts): the same
 * answers as a scan, and no parsed tree kept alive through young collections by them.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { ArrayNode, ObjectNode } from '../../request/parser/ast';
import { getProperty, indexOfItem } from '../../request/parser/nodes';
import { parseDocument } from '../../request/parser/parse';

describe('node indexes', () => {
  it('answer as a scan does: last duplicate key wins, first position of an item', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ');
    const parsed = parseDocument(
      'file:///keys.json',
      1,
      `{${keys}, "k3": "again", "list": [${'1,'.repeat(39)}1]}`,
      'json',
    );
    const root = parsed.root as ObjectNode;
    assert.equal(getProperty(root, 'k3')?.valueNode?.type, 'string');
    assert.equal(getProperty(root, 'k39')?.valueNode?.type, 'number');
    assert.equal(getProperty(root, 'missing'), undefined);
    const list = getProperty(root, 'list')?.valueNode as ArrayNode;
    list.items.forEach((item, i) => assert.equal(indexOfItem(list, item), i));
    assert.equal(indexOfItem(list, root), -1);
    // YAML aliases: expanded nodes keep their anchor's offsets.
    const yaml = parseDocument('file:///a.yaml', 1, `a: &x 1\nl:\n${'  - *x\n'.repeat(20)}`, 'yaml');
    const aliases = getProperty(yaml.root as ObjectNode, 'l')?.valueNode as ArrayNode;
    aliases.items.forEach((item, i) => assert.equal(indexOfItem(aliases, item), aliases.items.indexOf(item), `${i}`));
  });

  it('do not keep replaced trees alive through young collections', () => {
    // In a process of its own with --expose-gc: 30 versions of the largest request, each indexed
    // (getProperty on `server`, indexOfItem on data_volumes) and dropped, a young collection after
    // each. With nodes in the index values, every tree (~200 KB) was promoted: about 6 MB.
    const modules = resolve(__dirname, '../../request/parser');
    const script = `
      const { readFileSync } = require('node:fs');
      const { getHeapSpaceStatistics } = require('node:v8');
      const { parseDocument } = require(${JSON.stringify(`${modules}/parse`)});
      const { getProperty, indexOfItem } = require(${JSON.stringify(`${modules}/nodes`)});
      const text = readFileSync(process.argv[1], 'utf8');
      const oldUsed = () => getHeapSpaceStatistics().filter((s) => s.space_name === 'old_space')[0].space_used_size;
      const touch = (version) => {
        const root = parseDocument('file:///large.json', version, text, 'json').root;
        const server = getProperty(root, 'server').valueNode;
        getProperty(server, 'name');
        const disks = getProperty(server, 'data_volumes').valueNode;
        indexOfItem(disks, disks.items[disks.items.length - 1]);
      };
      for (let v = 0; v < 5; v++) touch(v);
      gc(); gc();
      const before = oldUsed();
      for (let v = 5; v < 35; v++) { touch(v); gc({ type: 'minor' }); }
      process.stdout.write(String(oldUsed() - before));
    `;
    const large = resolve(__dirname, '../../../bench/fixtures/docs/large.json');
    const grown = Number(execFileSync(process.execPath, ['--expose-gc', '-e', script, large], { encoding: 'utf8' }));
    assert.ok(grown < 2 * 1024 * 1024, `the old generation grew by ${(grown / 1024).toFixed(0)} KB over 30 versions`);
  });
});
