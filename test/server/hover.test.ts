import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doHover } from '../../server/service/hover';
import type { DocumentFormat } from '../../request/parser/ast';
import { parseWithCursor } from './completionHelpers';

function hoverText(marked: string, format: DocumentFormat): string {
  const { parsed, position } = parseWithCursor(marked, format);
  const hover = doHover(parsed, position);
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

const yamlDoc = (cursorLine: string) =>
  `server:\n  name: web\n  count: 2\n  root_volume:\n    volumetype: SSD\n  data_volumes:\n    - volumetype: ` +
  `GPSSD2\n      size: 100\n${cursorLine}`;

describe('hover', () => {
  test('on a key: type, mandatory, description, allowed values with meanings, rules and the API link', () => {
    const text = hoverText('{"server": {"root_volume": {"volume|type": "SSD"}}}', 'json');
    assert.match(text, /\*\*volumetype\*\* · string · mandatory/);
    assert.match(text, /`SSD`: Ultra-high I\/O disk/);
    assert.match(text, /ECS-R14/);
    assert.match(text, /\[API reference/);
  });

  test('on an optional YAML key inside a list item, with limits in plain words', () => {
    const text = hoverText(yamlDoc('      thr|oughput: 125\n'), 'yaml');
    assert.match(text, /\*\*throughput\*\* · integer · optional/);
    assert.match(text, /ECS-R15/);
  });

  test('on a value: its own meaning is marked as the current one', () => {
    const text = hoverText(yamlDoc('').replace('volumetype: SSD', 'volumetype: S|SD'), 'yaml');
    assert.match(text, /\*\*`SSD`\*\* \(current\)/);
  });

  test('on a name with a pattern and length limits; the count rule is listed', () => {
    const text = hoverText(yamlDoc('').replace('  name: web', '  na|me: web'), 'yaml');
    assert.match(text, /mandatory/);
    assert.match(text, /ECS-R01/);
  });

  test('default values are shown', () => {
    const text = hoverText('{"dry_r|un": true, "server": {}}', 'json');
    assert.match(text, /\*\*Default:\*\* `false`/);
    assert.match(text, /boolean · optional/);
  });

  test('a key in a YAML document the parser cannot read still gets a hover', () => {
    const text = hoverText(
      'server:\n  name: a\n   flavorRef: s2\n  root_volume:\n    volu|metype: SSD\n  x: [\n',
      'yaml',
    );
    assert.match(text, /\*\*volumetype\*\*/);
  });

  test('no hover outside known fields', () => {
    const { parsed, position } = parseWithCursor('{"server": {"unkn|own": 1}}', 'json');
    assert.equal(doHover(parsed, position), null);
  });
});
