/**
 * Completion answers over stdio for a client that declares LSP 3.17 item defaults (as VS Code does)
 * and for one that does not: the first gets the shared edit range (and what else every item shares)
 * once in `itemDefaults`, the second every item whole; both describe the same edits.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, CompletionList, Position } from 'vscode-languageserver-protocol';
import { SERVER_JS, TestClient } from './lspClient';
import { ACCOUNT_SNAPSHOT_NOTIFICATION, ACCOUNT_SNAPSHOT_SCHEMA_VERSION } from '../../request/accountSnapshot';
import {
  MAX_ACCOUNT_COMPLETION_ITEMS,
  MAX_ACCOUNT_ITEMS_BEFORE_TYPING,
} from '../../server/service/account/accountAssist';
import { declaredItemDefaults, withItemDefaults } from '../../server/service/completion/itemDefaults';

/** What vscode-languageclient 9 declares. */
const VS_CODE_ITEM_DEFAULTS = ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'];
const ACTIVE = { profile: 'Test', region: 'cn-north-4' };
const FETCHED_AT = new Date().toISOString();

/** More flavors than one answer takes, so that the list is capped as with a large account. */
const SNAPSHOT = {
  schemaVersion: ACCOUNT_SNAPSHOT_SCHEMA_VERSION,
  ...ACTIVE,
  projectId: '0b1c2d3e4f5a46b7a8c9d0e1f2a3b4c5',
  fetchedAt: FETCHED_AT,
  durationMs: 10,
  parts: {
    availabilityZones: { state: 'known', fetchedAt: FETCHED_AT, items: [{ name: 'cn-north-4a', available: true }] },
    flavors: {
      state: 'known',
      fetchedAt: FETCHED_AT,
      items: Array.from({ length: 70 }, (_, i) => ({
        id: `f${i}.large.2`,
        name: `f${i}.large.2`,
        vcpus: 2,
        ramMib: 4096,
        architecture: i % 7 === 0 ? 'arm64' : 'x86',
        zoneStatus: { 'cn-north-4a': i % 5 === 0 ? 'sellout' : 'normal' },
        billingModes: ['postPaid'],
      })),
    },
  },
};

const JSON_TEXT =
  '{\n  "server": {\n    "availability_zone": "cn-north-4a",\n    "flavorRef": "",\n    "name": "w"\n  }\n}\n';
const YAML_TEXT = 'server:\n  availability_zone: cn-north-4a\n  flavorRef: \n  name: w\n  \n';

/** The same requests with one character of the flavor typed. */
const JSON_TYPED = JSON_TEXT.replace('"flavorRef": ""', '"flavorRef": "f"');
const YAML_TYPED = YAML_TEXT.replace('flavorRef: ', 'flavorRef: f');

function positionAfter(text: string, needle: string): Position {
  const before = text.slice(0, text.indexOf(needle) + needle.length).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The items as a client reads them: each default filled in where the item has none. */
function expand(list: CompletionList): CompletionItem[] {
  const defaults = list.itemDefaults ?? {};
  return list.items.map((item) => {
    const whole: CompletionItem = { ...item };
    if (whole.insertTextFormat === undefined && defaults.insertTextFormat !== undefined)
      whole.insertTextFormat = defaults.insertTextFormat;
    if (whole.insertTextMode === undefined && defaults.insertTextMode !== undefined)
      whole.insertTextMode = defaults.insertTextMode;
    if (whole.commitCharacters === undefined && defaults.commitCharacters !== undefined)
      whole.commitCharacters = defaults.commitCharacters;
    if (whole.data === undefined && defaults.data !== undefined) whole.data = defaults.data;
    if (whole.textEdit === undefined && defaults.editRange !== undefined) {
      assert.ok('start' in defaults.editRange, 'a plain range');
      whole.textEdit = { range: defaults.editRange, newText: item.textEditText ?? item.label };
      delete whole.textEditText;
    }
    return whole;
  });
}

const bytes = (list: CompletionList | null) => Buffer.byteLength(JSON.stringify(list));

describe('completion item defaults over stdio', () => {
  const compact = new TestClient({ settings: {}, completionItemDefaults: VS_CODE_ITEM_DEFAULTS });
  const whole = new TestClient({ settings: {} });
  const clients = [compact, whole];

  const complete = (client: TestClient, uri: string, position: Position) =>
    client.connection.sendRequest<CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position,
      context: { triggerKind: 1 },
    });

  before(async () => {
    for (const client of clients) {
      await client.initialize();
      await client.connection.sendNotification(ACCOUNT_SNAPSHOT_NOTIFICATION, { snapshot: SNAPSHOT, ...ACTIVE });
      await client.open('file:///work/defaults.ecs.json', 'ecs-json', JSON_TEXT);
      await client.open('file:///work/defaults.ecs.yaml', 'ecs-yaml', YAML_TEXT);
      await client.open('file:///work/typed.ecs.json', 'ecs-json', JSON_TYPED);
      await client.open('file:///work/typed.ecs.yaml', 'ecs-yaml', YAML_TYPED);
    }
  });
  after(() => {
    for (const client of clients) client.kill();
  });

  for (const [format, uri, text] of [
    ['JSON', 'file:///work/defaults.ecs.json', JSON_TEXT],
    ['YAML', 'file:///work/defaults.ecs.yaml', YAML_TEXT],
  ] as const) {
    const at = positionAfter(text, format === 'JSON' ? '"flavorRef": "' : 'flavorRef: ');

    it(`${format} flavorRef: the shared range once for a client that declares item defaults`, async () => {
      assert.ok(SERVER_JS);
      const list = await complete(compact, uri, at);
      const full = await complete(whole, uri, at);
      assert.ok(list && full);
      assert.equal(full.itemDefaults, undefined, 'a client without the capability gets no defaults');
      assert.ok(
        full.items.every((item) => item.textEdit !== undefined),
        'and every item whole',
      );
      const range = list.itemDefaults?.editRange;
      assert.ok(range && 'start' in range, `an edit range in the defaults: ${JSON.stringify(list.itemDefaults)}`);
      const account = list.items.filter((item) => item.sortText?.startsWith('!'));
      assert.equal(account.length, MAX_ACCOUNT_ITEMS_BEFORE_TYPING, 'nothing typed yet: the smaller cap');
      assert.equal(list.isIncomplete, true, 'more flavors than sent: asked again as the person types');
      assert.ok(
        account.every((item) => item.textEdit === undefined),
        'the account items carry no range of their own',
      );
      assert.equal(list.isIncomplete, full.isIncomplete);
      assert.deepEqual(expand(list), full.items, 'read with the defaults, the same items as the full form');
      const inserted = account.find((item) => item.label.startsWith('f1.large.2 '));
      assert.equal(inserted?.textEditText, format === 'JSON' ? '"f1.large.2"' : 'f1.large.2');
      assert.ok(bytes(list) < 0.8 * bytes(full), `smaller: ${bytes(list)} bytes against ${bytes(full)}`);
    });

    it(`${format} flavorRef: on sale first, labelled by size; one typed character gets the larger cap`, async () => {
      const empty = await complete(compact, uri, at);
      const onSale = (i: number) => i % 5 !== 0;
      const expected = Array.from({ length: 70 }, (_, i) => i)
        .filter(onSale)
        .slice(0, MAX_ACCOUNT_ITEMS_BEFORE_TYPING)
        .map((i) => `f${i}.large.2 — 2 vCPU, 4 GiB${i % 7 === 0 ? ', arm64' : ''}`);
      const emptyAccount = (empty?.items ?? []).filter((item) => item.sortText?.startsWith('!'));
      assert.deepEqual(
        emptyAccount.map((item) => item.label),
        expected,
        'the first flavors on sale in the zone, in order',
      );
      assert.ok(emptyAccount.every((item) => item.detail === undefined));

      const typedUri = uri.replace('defaults', 'typed');
      const typedPosition =
        format === 'JSON' ? positionAfter(JSON_TYPED, '"flavorRef": "f') : positionAfter(YAML_TYPED, 'flavorRef: f');
      const typed = await complete(compact, typedUri, typedPosition);
      const typedFull = await complete(whole, typedUri, typedPosition);
      assert.ok(typed && typedFull);
      const typedAccount = typed.items.filter((item) => item.sortText?.startsWith('!'));
      assert.equal(typedAccount.length, MAX_ACCOUNT_COMPLETION_ITEMS, 'something typed: the larger cap');
      assert.equal(typed.isIncomplete, true, '70 flavors match "f": still more than sent');
      assert.deepEqual(expand(typed), typedFull.items, 'read with the defaults, the same items as the full form');
      assert.ok(
        typedAccount.slice(0, MAX_ACCOUNT_ITEMS_BEFORE_TYPING).every((item, i) => item.label === expected[i]),
        'the same order, on sale first',
      );
    });
  }

  it('YAML keys: snippet format and insert mode shared by every item move to the defaults', async () => {
    const uri = 'file:///work/defaults.ecs.yaml';
    const at = { line: 4, character: 2 };
    const list = await complete(compact, uri, at);
    const full = await complete(whole, uri, at);
    assert.ok(list && full && full.items.length > 5);
    assert.equal(list.itemDefaults?.insertTextFormat, 2);
    assert.equal(list.itemDefaults?.insertTextMode, 1);
    assert.ok(list.items.every((item) => item.insertTextFormat === undefined && item.insertTextMode === undefined));
    assert.deepEqual(expand(list), full.items);
  });
});

describe('withItemDefaults', () => {
  const range = (start: number, end: number) => ({
    start: { line: 0, character: start },
    end: { line: 0, character: end },
  });
  const item = (label: string, edit?: { start: number; end: number; newText?: string }): CompletionItem => ({
    label,
    ...(edit ? { textEdit: { range: range(edit.start, edit.end), newText: edit.newText ?? label } } : {}),
  });
  const all = declaredItemDefaults(VS_CODE_ITEM_DEFAULTS);

  it('takes the range most items share; the others keep theirs; a text equal to the label is left out', () => {
    const list = withItemDefaults(
      {
        isIncomplete: false,
        items: [
          item('a', { start: 1, end: 2 }),
          item('b', { start: 0, end: 2, newText: '"b"' }),
          item('c', { start: 0, end: 2 }),
        ],
      },
      all,
    );
    assert.deepEqual(list.itemDefaults, { editRange: range(0, 2) });
    assert.deepEqual(list.items, [
      item('a', { start: 1, end: 2 }),
      { label: 'b', textEditText: '"b"' },
      { label: 'c' },
    ]);
  });

  it('leaves a list alone when an item has no edit, no range is shared, or the client declared nothing', () => {
    const noEdit = {
      isIncomplete: false,
      items: [item('a', { start: 0, end: 1 }), item('b', { start: 0, end: 1 }), item('c')],
    };
    assert.equal(withItemDefaults(noEdit, all), noEdit);
    const apart = { isIncomplete: false, items: [item('a', { start: 0, end: 1 }), item('b', { start: 1, end: 2 })] };
    assert.equal(withItemDefaults(apart, all), apart);
    const shared = { isIncomplete: false, items: [item('a', { start: 0, end: 1 }), item('b', { start: 0, end: 1 })] };
    assert.equal(withItemDefaults(shared, []), shared);
    assert.deepEqual(withItemDefaults(shared, ['insertTextFormat']), shared, 'only what the client reads moves');
  });

  it('moves a value only when every item has it, and reads the capability without trusting it', () => {
    const list = withItemDefaults(
      {
        isIncomplete: true,
        items: [
          { ...item('a', { start: 0, end: 1 }), insertTextFormat: 2, commitCharacters: ['.'] },
          { ...item('b', { start: 0, end: 1 }), insertTextFormat: 2 },
        ],
      },
      all,
    );
    assert.deepEqual(list.itemDefaults, { editRange: range(0, 1), insertTextFormat: 2 });
    assert.deepEqual(list.items, [{ label: 'a', commitCharacters: ['.'] }, { label: 'b' }]);
    assert.equal(list.isIncomplete, true);
    assert.deepEqual(declaredItemDefaults(['editRange', 7, 'labelDetails', null]), ['editRange']);
    assert.deepEqual(declaredItemDefaults('editRange'), []);
  });
});
