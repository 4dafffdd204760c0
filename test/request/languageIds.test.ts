/**
 * Language ids and format detection: one answer for the editor, the language server, the CLI and
 * the cloud core (request/languageIds.ts), and the same names package.json contributes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  formatFromUri,
  formatOfFileName,
  formatOfLanguage,
  LANGUAGE_ID_OF_FORMAT,
  REQUEST_FILE_ENDINGS,
  REQUEST_FILE_NAME,
  requestFileName,
  REQUEST_LANGUAGE_IDS,
  requestLanguageOfFileName,
} from '../../request/languageIds';
import { isRequestDocument, warmUpFormat } from '../../server/lsp/documentKinds';
import { detectFormat } from '../../cloud/prepare';
import { withRequestExtension } from '../../client/requests/fileNames';

const repo = path.resolve(__dirname, '..', '..', '..');

describe('request language ids', () => {
  it('are the languages package.json contributes, with the file names REQUEST_FILE_NAME matches', () => {
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
    const languages: { id: string; extensions: string[] }[] = manifest.contributes.languages;
    assert.deepEqual(
      languages.map((l) => l.id),
      [...REQUEST_LANGUAGE_IDS],
    );
    for (const language of languages) {
      for (const extension of language.extensions) {
        assert.match(`web${extension}`, REQUEST_FILE_NAME, extension);
        assert.equal(requestLanguageOfFileName(`web${extension}`), language.id, extension);
        const format = formatOfLanguage(language.id);
        assert.ok(format && REQUEST_FILE_ENDINGS[format].includes(extension.slice(1)), extension);
      }
    }
    assert.deepEqual(
      manifest.activationEvents.filter((e: string) => e.startsWith('onLanguage:')),
      [...REQUEST_LANGUAGE_IDS.map((id) => `onLanguage:${id}`)],
    );
  });

  it('name a request file by its stem and format, with a name the languages match', () => {
    for (const format of ['json', 'yaml'] as const) {
      assert.equal(requestFileName('web', format), `web.ecs.${format}`);
      assert.equal(requestLanguageOfFileName(requestFileName('web', format)), LANGUAGE_ID_OF_FORMAT[format]);
    }
  });

  it('give each format its language and back', () => {
    for (const format of ['json', 'yaml'] as const)
      assert.equal(formatOfLanguage(LANGUAGE_ID_OF_FORMAT[format]), format);
  });

  it('read plain JSON/YAML ids as their format and nothing else as a request', () => {
    for (const [id, format] of [
      ['ecs-json', 'json'],
      ['json', 'json'],
      ['jsonc', 'json'],
      ['ecs-yaml', 'yaml'],
      ['yaml', 'yaml'],
    ] as const) {
      assert.equal(formatOfLanguage(id), format, id);
      assert.equal(isRequestDocument(id), true, id);
      assert.equal(warmUpFormat(id), format, id);
    }
    for (const id of ['plaintext', 'markdown', 'typescript', 'JSON']) {
      assert.equal(formatOfLanguage(id), undefined, id);
      assert.equal(isRequestDocument(id), false, id);
    }
  });
});

describe('format from a file name', () => {
  it('knows .json, .jsonc, .yaml and .yml in any case, and nothing else', () => {
    assert.equal(formatOfFileName('a.ecs.json'), 'json');
    assert.equal(formatOfFileName('A.JSONC'), 'json');
    assert.equal(formatOfFileName('/w/a.yml'), 'yaml');
    assert.equal(formatOfFileName('WEB.YAML'), 'yaml');
    assert.equal(formatOfFileName('notes.txt'), undefined);
    assert.equal(formatOfFileName('Makefile'), undefined);
    assert.equal(formatOfFileName('/w/dir.yaml/file'), undefined);
    assert.equal(requestLanguageOfFileName('server.jsonc'), 'ecs-json');
    assert.equal(requestLanguageOfFileName('server.txt'), undefined);
  });

  it('gives the same answer to the cloud core, the parser and the file-name helper', () => {
    for (const name of ['web.yaml', 'WEB.YML', 'web.ecs.json', 'web.jsonc', 'web#1.yaml', 'web.txt']) {
      const expected = formatOfFileName(name) ?? 'json';
      assert.equal(detectFormat(name), expected, name);
      assert.equal(formatFromUri(`file:///w/${name}`), name.includes('#') ? 'json' : expected, name);
    }
    // A typed .jsonc is a JSON extension like the others: it is replaced, not kept before .ecs.json.
    assert.equal(withRequestExtension('/w/web.jsonc', 'json'), '/w/web.ecs.json');
  });

  it('prefers the language id, then the path of the URI without its query or fragment', () => {
    assert.equal(formatFromUri('file:///w/a.json', 'ecs-yaml'), 'yaml');
    assert.equal(formatFromUri('file:///w/a.yaml', 'ECS-JSON'), 'json');
    assert.equal(formatFromUri('file:///w/a.yaml?x=1#f.json'), 'yaml');
    assert.equal(formatFromUri('untitled:Untitled-1'), 'json');
    assert.equal(formatFromUri('file:///w/a.yml', 'plaintext'), 'yaml');
  });
});
