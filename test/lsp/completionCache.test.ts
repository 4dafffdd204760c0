/**
 * Completion remembers the last cursor context per parsed version: asking again at the same spot
 * gives the same answer, another spot or a new version is read afresh.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/service/languageService';

const TEXT = '{\n    "server": {\n        "root_volume": { "volumetype": "" },\n        \n    }\n}\n';

const labels = (items: { label: string }[]): string[] => items.map((item) => item.label).sort();

describe('completion context cache', () => {
  const service = createLanguageService();
  const document = TextDocument.create('file:///cache.ecs.json', 'ecs-json', 1, TEXT);
  const parsed = service.parse(document);
  const valueAt = document.positionAt(TEXT.indexOf('""') + 1);
  const keyAt = document.positionAt(TEXT.indexOf('        \n') + 8);

  it('answers the same at the same spot', () => {
    const first = service.complete(parsed, valueAt);
    assert.ok(labels(first.items).includes('SSD'), 'volume types offered');
    assert.deepEqual(service.complete(parsed, valueAt), first);
  });

  it('reads another spot afresh', () => {
    const keys = labels(service.complete(parsed, keyAt).items);
    assert.ok(keys.includes('flavorRef'), `server keys offered, got ${keys.join(', ')}`);
    assert.ok(!keys.includes('SSD'));
    assert.ok(labels(service.complete(parsed, valueAt).items).includes('SSD'));
  });

  it('reads a new version afresh at the same spot', () => {
    const edited = TextDocument.update(document, [{ range: { start: valueAt, end: valueAt }, text: 'S' }], 2);
    const items = service.complete(service.parse(edited), valueAt).items;
    assert.ok(items.length > 0);
    const edit = items[0].textEdit as { range: { end: { character: number } } };
    assert.equal(
      edit.range.end.character,
      valueAt.character + 2,
      'the replaced range covers the typed letter and the closing quote',
    );
  });
});
