import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/service/languageService';
import { normalizeSettings } from '../../server/service/settings';
import { defaultSettings } from '../../server/service/types';
import { BASE_JSON, BASE_YAML, FIXED_NOW, spanOf } from './parser.helpers';

function service() {
  return createLanguageService({ validation: { now: FIXED_NOW } });
}

describe('parse cache', () => {
  test('parses once per version and again for a new version', () => {
    const ls = service();
    const v1 = TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, BASE_JSON);
    const first = ls.parse(v1);
    assert.equal(ls.parse(v1), first, 'same version: the cached model');
    assert.equal(ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, BASE_JSON)), first);
    const v2 = TextDocument.update(v1, [{ text: BASE_JSON.replace('web-1', 'web-2') }], 2);
    const second = ls.parse(v2);
    assert.notEqual(second, first);
    assert.equal(second.version, 2);
    assert.match(second.text, /web-2/);
  });

  test('documents are cached per uri, and forget drops the entry', () => {
    const ls = service();
    const a = TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, BASE_JSON);
    const b = TextDocument.create('file:///w/b.ecs.yaml', 'ecs-yaml', 1, BASE_YAML);
    const parsedA = ls.parse(a);
    const parsedB = ls.parse(b);
    assert.equal(parsedB.format, 'yaml');
    assert.equal(ls.parse(a), parsedA);
    ls.forget(a.uri);
    assert.notEqual(ls.parse(a), parsedA);
    assert.equal(ls.parse(b), parsedB);
  });

  test('the format follows the language id, then the file name', () => {
    const ls = service();
    assert.equal(ls.parse(TextDocument.create('untitled:1', 'ecs-yaml', 1, BASE_YAML)).format, 'yaml');
    assert.equal(ls.parse(TextDocument.create('file:///w/c.yml', 'plaintext', 1, BASE_YAML)).format, 'yaml');
    assert.equal(ls.parse(TextDocument.create('file:///w/c.json', 'json', 1, BASE_JSON)).format, 'json');
  });
});

describe('features through the facade', () => {
  test('validate reports with the given settings', () => {
    const ls = service();
    const doc = ls.parse(
      TextDocument.create('file:///w/a.ecs.yaml', 'ecs-yaml', 1, BASE_YAML.replace('count: 1', 'count: 0')),
    );
    const diagnostics = ls.validate(doc);
    assert.ok(diagnostics.some((d) => d.message.includes('"count"') || String(d.code).startsWith('ECS-R')));
    const off = ls.validate(doc, { ...defaultSettings, rules: { schema: 'off' } });
    assert.ok(off.every((d) => d.code !== 'schema'));
  });

  test('hover and completion answer on a valid document', () => {
    const ls = service();
    const doc = ls.parse(TextDocument.create('file:///w/a.ecs.yaml', 'ecs-yaml', 1, BASE_YAML));
    const { offset } = spanOf(BASE_YAML, '  [[flavorRef]]:');
    const line = BASE_YAML.slice(0, offset).split('\n').length - 1;
    const hover = ls.hover(doc, { line, character: 4 });
    assert.ok(hover, 'a hover for flavorRef');
    const completion = ls.complete(doc, { line, character: 2 });
    assert.ok(Array.isArray(completion.items));
  });

  test('code actions are offered for a diagnostic that carries a fix', () => {
    const ls = service();
    const text = BASE_YAML.replace('volumetype: SSD', 'volumetype: SDD');
    const doc = ls.parse(TextDocument.create('file:///w/a.ecs.yaml', 'ecs-yaml', 1, text));
    const diagnostic = ls.validate(doc).find((d) => d.code === 'schema' && d.message.includes('volumetype'))!;
    assert.ok(diagnostic);
    const actions = ls.codeActions(doc, diagnostic.range, [diagnostic]);
    assert.ok(actions.length > 0);
  });

  test('formatting: YAML gives no edits; symbols and folding answer arrays', () => {
    const ls = service();
    const yaml = ls.parse(TextDocument.create('file:///w/a.ecs.yaml', 'ecs-yaml', 1, BASE_YAML));
    assert.deepEqual(ls.format(yaml, { tabSize: 2, insertSpaces: true }), []);
    const json = ls.parse(TextDocument.create('file:///w/a.ecs.json', 'ecs-json', 1, '{"server":{"name":"a"}}'));
    assert.ok(ls.format(json, { tabSize: 2, insertSpaces: true }).length > 0);
    assert.ok(ls.documentSymbols(json).length > 0);
    assert.ok(Array.isArray(ls.foldingRanges(yaml)));
  });

  test('no feature throws on garbage or half-typed input', () => {
    const ls = service();
    for (const [text, languageId] of [
      ['{"server": {"na', 'ecs-json'],
      ['server:\n  na', 'ecs-yaml'],
      ['\0{[\u00ff', 'ecs-json'],
      ['', 'ecs-yaml'],
    ]) {
      const doc = ls.parse(TextDocument.create('file:///w/x', languageId, 1, text));
      const end = { line: 0, character: text.length };
      assert.doesNotThrow(() => {
        ls.validate(doc);
        ls.complete(doc, end);
        ls.hover(doc, end);
        ls.codeActions(doc, { start: end, end }, []);
        ls.documentSymbols(doc);
        ls.foldingRanges(doc);
        ls.format(doc, { tabSize: 2, insertSpaces: true });
      });
    }
  });
});

describe('normalizeSettings', () => {
  test('reads the ecs section (nested or with the ecs key) and keeps defaults for the rest', () => {
    const section = {
      rules: { r14: 'off', 'ECS-R02': 'Warning', 'ecs-secret-literal': 'info', R03: 'loud', R04: 3 },
      validation: { warnOnLiteralPassword: false },
      json: { allowComments: false },
      maxDocumentSize: 1000,
      inlayHints: { resourceNames: false },
    };
    const expected = {
      rules: { R14: 'off', 'ECS-R02': 'warning', 'ECS-SECRET-LITERAL': 'information' },
      warnOnLiteralPassword: false,
      allowJsonComments: false,
      maxDocumentSize: 1000,
      inlayHintResourceNames: false,
    };
    assert.deepEqual(normalizeSettings(section), expected);
    assert.deepEqual(normalizeSettings({ ecs: section }), expected);
  });

  test('dotted keys work as well', () => {
    const settings = normalizeSettings({ 'validation.warnOnLiteralPassword': false, 'json.allowComments': false });
    assert.equal(settings.warnOnLiteralPassword, false);
    assert.equal(settings.allowJsonComments, false);
  });

  test('junk falls back to the defaults', () => {
    for (const junk of [
      undefined,
      null,
      42,
      'x',
      [],
      { rules: 'all', maxDocumentSize: -5 },
      { maxDocumentSize: 'big' },
      { validation: [] },
    ]) {
      assert.deepEqual(normalizeSettings(junk), defaultSettings, JSON.stringify(junk));
    }
  });
});
