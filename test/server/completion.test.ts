import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, CompletionItemTag, type CompletionItem, type TextEdit } from 'vscode-languageserver-types';
import { doComplete } from '../../server/service/completion';
import type { DocumentFormat } from '../../request/parser/ast';
import { applyTextEdits } from '../../server/service/fixes/textEdits';
import { expandSnippet, parseWithCursor } from './completionHelpers';

function complete(marked: string, format: DocumentFormat): CompletionItem[] {
  const { parsed, position } = parseWithCursor(marked, format);
  return doComplete(parsed, position).items;
}

function labels(items: CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function find(items: CompletionItem[], label: string): CompletionItem {
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `expected an item "${label}" among ${labels(items).join(', ')}`);
  return item;
}

/** The document after accepting `label` with every tab stop left at its default. */
function accept(marked: string, format: DocumentFormat, label: string): string {
  const item = find(complete(marked, format), label);
  const edit = item.textEdit as TextEdit;
  const text = marked.replace('|', '');
  return applyTextEdits(text, [{ ...edit, newText: expandSnippet(edit.newText) }, ...(item.additionalTextEdits ?? [])]);
}

const sortedByRank = (items: CompletionItem[]) =>
  [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));

describe('completion in JSON', () => {
  const serverDoc = '{\n    "server": {\n        |\n        "name": "web-01"\n    }\n}';

  test('offers the server fields not yet present, mandatory ones first', () => {
    const items = complete(serverDoc, 'json');
    assert.ok(labels(items).includes('imageRef'));
    assert.ok(labels(items).includes('user_data'));
    assert.ok(!labels(items).includes('name'), 'name is already present');
    const ranked = labels(sortedByRank(items));
    assert.ok(ranked.indexOf('imageRef') < ranked.indexOf('user_data'));
    assert.equal(
      find(items, 'tags').tags,
      undefined,
      'tags is not deprecated: the API page only recommends server_tags',
    );
    assert.match(String(find(items, 'flavorRef').detail), /mandatory/);
  });

  test('a new key before another one gets a comma and an object skeleton with its mandatory children', () => {
    assert.equal(
      accept(serverDoc, 'json', 'root_volume'),
      '{\n    "server": {\n        "root_volume": {\n            "volumetype": "SATA"\n        },\n' +
        '        "name": "web-01"\n    }\n}',
    );
  });

  test('an array of objects gets one element; a missing comma before the new key is added', () => {
    assert.equal(
      accept('{\n  "server": {\n    "name": "a"\n    |\n  }\n}', 'json', 'data_volumes'),
      '{\n  "server": {\n    "name": "a",\n    "data_volumes": [\n      {\n        "volumetype": "SATA",\n' +
        '        "size": \n      }\n    ]\n  }\n}',
    );
  });

  test('inside a data_volumes item: disk fields, without the ones present', () => {
    const items = complete('{"server": {"data_volumes": [{"volumetype": "SSD", |}]}}', 'json');
    assert.ok(labels(items).includes('size'));
    assert.ok(labels(items).includes('multiattach'));
    assert.ok(!labels(items).includes('volumetype'));
    assert.equal(labels(sortedByRank(items)).at(-1), 'shareable', 'the deprecated field comes last');
    assert.deepEqual(find(items, 'shareable').tags, [CompletionItemTag.Deprecated]);
  });

  test('a half-typed key is replaced together with its quotes', () => {
    const items = complete('{"server": {"flav|"}}', 'json');
    const item = find(items, 'flavorRef');
    assert.equal(item.filterText, '"flavorRef"');
    assert.equal(accept('{"server": {"flav|"}}', 'json', 'flavorRef'), '{"server": {"flavorRef": ""}}');
    assert.equal(accept('{"server": {"flav|}}', 'json', 'flavorRef'), '{"server": {"flavorRef": ""}}');
  });

  test('inside an existing key only the name is replaced', () => {
    assert.equal(accept('{"server": {"na|me": "x"}}', 'json', 'description'), '{"server": {"description": "x"}}');
  });

  test('volumetype values come with their meanings', () => {
    const items = complete('{"server": {"root_volume": {"volumetype": "|"}}}', 'json');
    assert.deepEqual(labels(items).slice(0, 5), ['SATA', 'SAS', 'SSD', 'GPSSD', 'ESSD']);
    assert.match(JSON.stringify(find(items, 'SSD').documentation), /Ultra-high I\/O/);
    assert.equal(
      accept('{"server": {"root_volume": {"volumetype": "|"}}}', 'json', 'GPSSD'),
      '{"server": {"root_volume": {"volumetype": "GPSSD"}}}',
    );
  });

  test('boolean values, and a comma when another property follows', () => {
    assert.deepEqual(labels(complete('{"server": {"data_volumes": [{"multiattach": |}]}}', 'json')), ['true', 'false']);
    assert.equal(accept('{"dry_run": |\n "server": {}}', 'json', 'true'), '{"dry_run": true,\n "server": {}}');
  });

  test('a document that does not parse still gets key completion', () => {
    const items = complete('{\n  "server": {\n    "name": "a",\n    "flavorRef" "x",\n    |\n', 'json');
    assert.ok(labels(items).includes('imageRef'));
    assert.ok(!labels(items).includes('name'));
  });
});

describe('completion in YAML', () => {
  test('server keys at the indentation of the block, present ones excluded', () => {
    const items = complete('server:\n  |\n  name: a\n  flavorRef: s6.small.1\n', 'yaml');
    assert.ok(labels(items).includes('imageRef'));
    assert.ok(!labels(items).includes('name'));
    assert.ok(!labels(items).includes('flavorRef'));
    assert.ok(!labels(items).includes('dry_run'), 'root keys do not belong inside server');
  });

  test("an object skeleton is an indented block in the document's indentation", () => {
    assert.equal(
      accept('server:\n    name: a\n    |\n', 'yaml', 'root_volume'),
      'server:\n    name: a\n    root_volume:\n        volumetype: SATA\n',
    );
  });

  test('an array of objects becomes a block sequence with one item', () => {
    assert.equal(
      accept('server:\n  |\n', 'yaml', 'data_volumes'),
      'server:\n  data_volumes:\n    - volumetype: SATA\n      size: \n',
    );
  });

  test('inside a data_volumes item, below its first key', () => {
    const text = 'server:\n  data_volumes:\n    - volumetype: SSD\n      size: 10\n    - volumetype: SAS\n      |\n';
    const items = complete(text, 'yaml');
    assert.ok(labels(items).includes('size'));
    assert.ok(!labels(items).includes('volumetype'));
    assert.ok(labels(items).includes('multiattach'));
  });

  test('a new list item (`- `) offers the item fields', () => {
    const items = complete('server:\n  nics:\n    - |\n', 'yaml');
    assert.ok(labels(items).includes('subnet_id'));
  });

  test('volumetype values; the typed prefix is replaced', () => {
    const items = complete('server:\n  root_volume:\n    volumetype: |\n', 'yaml');
    assert.ok(['SATA', 'SAS', 'GPSSD', 'SSD', 'ESSD'].every((value) => labels(items).includes(value)));
    assert.equal(
      accept('server:\n  root_volume:\n    volumetype: GP|SD\n', 'yaml', 'GPSSD2'),
      'server:\n  root_volume:\n    volumetype: GPSSD2\n',
    );
  });

  test('string-typed switches are quoted so YAML keeps them strings', () => {
    assert.equal(
      accept('server:\n  extendparam:\n    isAutoPay: |\n', 'yaml', 'true'),
      'server:\n  extendparam:\n    isAutoPay: "true"\n',
    );
  });

  test('a half-typed key, and a key right after the colon needs a space', () => {
    assert.equal(accept('server:\n  flav|\n', 'yaml', 'flavorRef'), 'server:\n  flavorRef: \n');
    assert.equal(
      accept('server:\n  data_volumes:\n    - multiattach:|\n', 'yaml', 'false'),
      'server:\n  data_volumes:\n    - multiattach: false\n',
    );
  });

  test('a broken document (bad indentation elsewhere) still completes from the indentation', () => {
    const text = 'server:\n  name: a\n   flavorRef: s2.small.1\n  root_volume:\n    |\n';
    const items = complete(text, 'yaml');
    assert.ok(labels(items).includes('volumetype'));
    assert.ok(labels(items).includes('size'));
  });

  test('keys with a colon stay plain, as YAML reads them back the same', () => {
    const items = complete('server:\n  |\n', 'yaml');
    assert.match((find(items, 'os:scheduler_hints').textEdit as TextEdit).newText, /^os:scheduler_hints:/);
  });
});

describe('completion in an empty document', () => {
  test("offers whole-request templates in the document's language", () => {
    const yamlItems = complete('|', 'yaml');
    assert.ok(yamlItems.length >= 1);
    const yamlTemplates = yamlItems.filter((item) => item.kind === CompletionItemKind.Snippet);
    assert.equal(yamlTemplates.length, 4);
    assert.ok(yamlTemplates.every((item) => (item.textEdit as TextEdit).newText.startsWith('server:')));
    const jsonItems = complete('\n|\n', 'json');
    assert.ok(jsonItems.length >= 1);
    const accepted = JSON.parse(expandSnippet((jsonItems[0].textEdit as TextEdit).newText));
    assert.equal(typeof accepted.server, 'object');
  });
});

describe('whole-request templates: only where a whole request fits', () => {
  const templateLabels = ['ecs-pay-per-use', 'ecs-yearly-monthly', 'ecs-data-disks', 'ecs-spot'];
  const templatesIn = (items: CompletionItem[]) => labels(items).filter((l) => templateLabels.includes(l));

  test('an empty YAML file lists each template once, then the top-level keys', () => {
    const items = sortedByRank(complete('|', 'yaml'));
    assert.deepEqual(templatesIn(items), templateLabels);
    assert.deepEqual(labels(items).slice(templateLabels.length), ['server', 'dry_run']);
  });

  test('the word being typed in an otherwise empty file keeps the templates and the keys', () => {
    const items = complete('# my request\necs|', 'yaml');
    assert.deepEqual(templatesIn(items), templateLabels);
    assert.ok(labels(items).includes('server'));
    assert.equal(accept('# my request\necs|', 'yaml', 'ecs-spot').split('\n')[0], '# my request');
  });

  test('the range is the cursor line, as VS Code refuses a range that starts on another line', () => {
    for (const [marked, format] of [
      ['\n\n|\n', 'yaml'],
      ['\n  |\n\n', 'json'],
    ] as const) {
      const edit = find(complete(marked, format), 'ecs-pay-per-use').textEdit as TextEdit;
      assert.equal(edit.range.start.line, 2 - (format === 'json' ? 1 : 0), marked);
      assert.equal(edit.range.end.line, edit.range.start.line, marked);
      assert.equal(edit.range.start.character, 0);
    }
    const yaml = accept('\n\n   |\n', 'yaml', 'ecs-pay-per-use');
    assert.match(yaml, /^\n\nserver:\n {2}name: /);
  });

  test('an empty root object ({} in JSON) takes a template in place of its braces', () => {
    for (const marked of ['{|}', '{\n  |\n}', '// mine\n{\n\n  |\n}\n']) {
      const items = complete(marked, 'json');
      assert.deepEqual(templatesIn(items), templateLabels, marked);
      assert.ok(labels(items).includes('server'), marked);
      const text = accept(marked, 'json', 'ecs-spot');
      const body = text.startsWith('// mine\n') ? text.slice('// mine\n'.length) : text;
      assert.equal(typeof JSON.parse(body).server, 'object', text);
    }
    // The editor filters on the text from the range start: `{` must not hide the templates.
    assert.equal(find(complete('{|}', 'json'), 'ecs-spot').filterText, '{ecs-spot');
  });

  test('no template at a value, inside an object, or at the root of a request that has keys', () => {
    const places: [string, DocumentFormat][] = [
      ['server:\n  name: |\n', 'yaml'],
      ['server:\n  |\n', 'yaml'],
      ['server:\n  name: web\n|', 'yaml'],
      ['server: |', 'yaml'],
      ['{\n  "server": {\n    "name": |\n  }\n}', 'json'],
      ['{\n  "server": {\n    |\n  }\n}', 'json'],
      ['{\n  "server": {},\n  |\n}', 'json'],
      ['server:\n  tags:\n    - |\n', 'yaml'],
    ];
    for (const [marked, format] of places) {
      assert.deepEqual(templatesIn(complete(marked, format)), [], marked);
    }
  });
});
