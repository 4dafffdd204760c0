/**
 * Completion of account IDs with large lists (server/service/account/accountAssist.ts): a capped,
 * incomplete list filtered by what is typed, so that each keystroke's answer stays small, while
 * "on sale in the zone first" and the other orderings hold.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { knownPart, serviceWithAccount, snapshotWith } from './accountSupport';
import {
  MAX_ACCOUNT_COMPLETION_ITEMS,
  MAX_ACCOUNT_ITEMS_BEFORE_TYPING,
  filterChoices,
} from '../../server/service/account/accountAssist';

const FETCHED = '2026-12-07T05:50:00Z';
const NOW = new Date(FETCHED);
const known = <T>(items: T[]) => knownPart(items, FETCHED);

function service() {
  const images = Array.from({ length: 2_000 }, (_, i) => ({
    id: `img-${String(i).padStart(4, '0')}`,
    name: i % 2 ? `Ubuntu 22.04 #${i}` : `CentOS 7.9 #${i}`,
    status: 'active',
    osType: i < 1_000 ? 'Windows' : 'Linux',
    architecture: 'x86',
    minDiskGb: 40,
  }));
  const flavors = Array.from({ length: 300 }, (_, i) => ({
    id: `f${i}.large.2`,
    vcpus: 2,
    ramMib: 4096,
    regionStatus: 'normal',
    // The first 200 are sold out in cn-north-4b.
    zoneStatus: { 'cn-north-4b': i < 200 ? 'sellout' : 'normal' },
  }));
  return serviceWithAccount(snapshotWith({ images: known(images), flavors: known(flavors) }, FETCHED), NOW);
}

function completeAt(ls: ReturnType<typeof service>, text: string, marker = '|') {
  const offset = text.indexOf(marker);
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const document = TextDocument.create('file:///w/c.ecs.yaml', 'ecs-yaml', 1, clean);
  const list = ls.complete(ls.parse(document), document.positionAt(offset));
  const account = list.items.filter((item) => item.sortText?.startsWith('!'));
  return { list, account, labels: account.map((item) => item.label) };
}

describe('account completion with large lists', () => {
  test(`an empty imageRef gets the first ${MAX_ACCOUNT_ITEMS_BEFORE_TYPING} usable images, marked incomplete`, () => {
    const { list, account, labels } = completeAt(service(), 'server:\n  imageRef: |\n');
    assert.equal(account.length, MAX_ACCOUNT_ITEMS_BEFORE_TYPING);
    assert.equal(list.isIncomplete, true);
    assert.ok(
      labels.every((label) => !label.includes('Windows')),
      'Linux images first: the Windows ones rank last',
    );
    assert.deepEqual(
      account.map((item) => item.sortText),
      account.map((_, i) => `!${String(i).padStart(3, '0')}`),
    );
  });

  test('the typed text filters: prefix matches first, then substring, then characters in order', () => {
    const ls = service();
    const { account } = completeAt(ls, 'server:\n  imageRef: img-199|\n');
    const ids = account.map((item) => (item.textEdit as { newText: string }).newText);
    assert.deepEqual(
      ids.slice(0, 10),
      Array.from({ length: 10 }, (_, i) => `img-199${i}`),
      'the ten IDs starting with img-199 first',
    );
    const inOrder = (text: string) => /i.*m.*g.*-.*1.*9.*9/.test(text);
    const rest = account.slice(10);
    assert.ok(rest.length > 0);
    assert.ok(
      rest.every((item) => !ids.slice(10).some((id) => id.startsWith('img-199')) && inOrder(`${item.filterText}`)),
      'then those holding the characters in order (in the ID and label)',
    );
    const narrow = completeAt(ls, 'server:\n  imageRef: img-1999 ubuntu 22.04|\n');
    assert.equal(narrow.list.isIncomplete, false, 'everything that matches was sent');
    assert.equal(narrow.account[0].label, 'Ubuntu 22.04 #1999 — x86, min 40 GB');
    assert.equal(narrow.account[0].filterText, 'img-1999 Ubuntu 22.04 #1999 — x86, min 40 GB', 'the ID matches too');
    const byName = completeAt(ls, 'server:\n  imageRef: centos|\n');
    assert.ok(
      byName.labels.every((label) => label.startsWith('CentOS')),
      byName.labels.join(' | '),
    );
  });

  test('one typed character lifts the cap to MAX_ACCOUNT_COMPLETION_ITEMS, in the same order', () => {
    const ls = service();
    const empty = completeAt(ls, 'server:\n  imageRef: |\n');
    const typed = completeAt(ls, 'server:\n  imageRef: i|\n');
    assert.equal(typed.account.length, MAX_ACCOUNT_COMPLETION_ITEMS);
    assert.equal(typed.list.isIncomplete, true);
    assert.deepEqual(typed.labels.slice(0, MAX_ACCOUNT_ITEMS_BEFORE_TYPING), empty.labels);
  });

  test('flavors on sale in the zone still come first, within the cap', () => {
    const { account, list } = completeAt(service(), 'server:\n  availability_zone: cn-north-4b\n  flavorRef: |\n');
    assert.equal(list.isIncomplete, true);
    assert.equal(account.length, MAX_ACCOUNT_ITEMS_BEFORE_TYPING);
    assert.equal(account[0].label, 'f200.large.2 — 2 vCPU, 4 GiB');
    assert.ok(
      account.every((item) => item.detail === undefined),
      'all on sale (no "not on sale" detail)',
    );
  });

  test('filterChoices is linear and keeps the order within each group', () => {
    const choice = (id: string, label: string) => ({
      id,
      label,
      rank: 0,
      idLower: id.toLowerCase(),
      labelLower: label.toLowerCase(),
      key: `${id} ${label}`.toLowerCase(),
    });
    const choices = [
      choice('b-web', 'x'),
      choice('web-a', 'y'),
      choice('w-e-b', 'z'),
      choice('web-b', 'w'),
      choice('q', 'q'),
    ];
    assert.deepEqual(
      filterChoices(choices, 'web', 10).chosen.map((c) => c.id),
      ['web-a', 'web-b', 'b-web', 'w-e-b'],
    );
    assert.deepEqual(filterChoices(choices, 'web', 2), { chosen: [choices[1], choices[3]], incomplete: true });
    const many = Array.from({ length: 20_000 }, (_, i) => choice(`id-${i}`, 'a'.repeat(200)));
    const started = performance.now();
    filterChoices(many, 'zzzz', 50);
    // A complexity guard (≥ 20× the expected few milliseconds), not a benchmark.
    assert.ok(performance.now() - started < 2_000);
  });
});

describe('account completion next to the schema values', () => {
  // Small lists holding values the schema's examples name too (s6.small.1, cn-north-4a).
  function smallService() {
    const flavors = ['s6.small.1', 's6.medium.2', 'c7.large.2'].map((id) => ({
      id,
      vcpus: 1,
      ramMib: 1024,
      regionStatus: 'normal',
      zoneStatus: {},
    }));
    const zones = ['cn-north-4a', 'cn-north-4b'].map((name) => ({ name, available: true }));
    return serviceWithAccount(snapshotWith({ flavors: known(flavors), availabilityZones: known(zones) }, FETCHED), NOW);
  }
  const written = (item: { textEdit?: unknown }) => (item.textEdit as { newText: string }).newText;

  for (const [name, uri, language, text, value] of [
    ['YAML flavorRef', 'file:///w/c.ecs.yaml', 'ecs-yaml', 'server:\n  flavorRef: |\n', 's6.small.1'],
    ['YAML availability_zone', 'file:///w/c.ecs.yaml', 'ecs-yaml', 'server:\n  availability_zone: |\n', 'cn-north-4a'],
    ['JSON flavorRef', 'file:///w/c.ecs.json', 'ecs-json', '{"server": {"flavorRef": |}}', '"s6.small.1"'],
    ['JSON flavorRef, in quotes', 'file:///w/c.ecs.json', 'ecs-json', '{"server": {"flavorRef": "|"}}', '"s6.small.1"'],
    [
      'JSON zone, comma after',
      'file:///w/c.ecs.json',
      'ecs-json',
      '{"server": {"availability_zone": | "name": "a"}}',
      ' "cn-north-4a",',
    ],
  ] as const) {
    test(`${name}: each value is offered once, as the account's item`, () => {
      const ls = smallService();
      const offset = text.indexOf('|');
      const document = TextDocument.create(uri, language, 1, text.slice(0, offset) + text.slice(offset + 1));
      const list = ls.complete(ls.parse(document), document.positionAt(offset));
      const texts = list.items.filter((item) => item.textEdit).map(written);
      assert.equal(new Set(texts).size, texts.length, `an inserted text twice: ${texts.join(' | ')}`);
      const item = list.items.find((candidate) => candidate.textEdit && written(candidate).includes(value.trim()));
      assert.ok(item, `${value} offered: ${texts.join(' | ')}`);
      assert.ok(item.sortText?.startsWith('!'), `${value} is the account's item: ${JSON.stringify(item)}`);
      assert.ok(
        list.items.some((candidate) => !candidate.sortText?.startsWith('!')),
        'the schema still offers what the account does not list',
      );
    });
  }
});
