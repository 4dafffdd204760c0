import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doComplete } from '../../server/service/completion';
import { parseWithCursor } from './completionHelpers';

test('smoke', () => {
  for (const [text, fmt] of [
    ['{\n    "server": {\n        |\n        "name": "a"\n    }\n}', 'json'],
    ['{"server": {"root_volume": {"volumetype": "|"}}}', 'json'],
    ['server:\n  |\n  name: a\n', 'yaml'],
    ['server:\n  data_volumes:\n    - volumetype: SSD\n      |\n', 'yaml'],
    ['server:\n  root_volume:\n    volumetype: |\n', 'yaml'],
    ['|', 'yaml'],
  ] as const) {
    const { parsed, position } = parseWithCursor(text, fmt);
    const list = doComplete(parsed, position);
    console.log(JSON.stringify(text), list.items.length, list.items.slice(0, 30).map((i) => i.label + '=' + JSON.stringify(i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : '')).join('\n   '));
  }
  assert.ok(true);
});
