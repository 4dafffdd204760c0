import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDocument } from '../../server/service/formatting';
import { applyTextEdits } from '../../server/service/fixes/textEdits';
import { parse } from './completionHelpers';

describe('formatting', () => {
  test('JSON is re-indented and its comments are kept', () => {
    const text = '{"server": {\n// the name\n"name": "a",   "count": 1}}';
    const edits = formatDocument(parse(text, 'json'), { tabSize: 2, insertSpaces: true });
    assert.equal(
      applyTextEdits(text, edits),
      '{\n  "server": {\n    // the name\n    "name": "a",\n    "count": 1\n  }\n}',
    );
  });

  test('an already formatted document needs no edits', () => {
    const text = '{\n    "server": {}\n}';
    assert.deepEqual(formatDocument(parse(text, 'json'), { tabSize: 4, insertSpaces: true }), []);
  });

  test('YAML is left alone', () => {
    assert.deepEqual(formatDocument(parse('server:\n      name: a\n', 'yaml'), { tabSize: 2, insertSpaces: true }), []);
  });
});
