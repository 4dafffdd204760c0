import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FoldingRangeKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { getDocumentSymbols } from '../../server/service/symbols';
import { getFoldingRanges } from '../../server/service/folding';
import { parse } from './completionHelpers';

const yamlSample = [
  '# Request for one web server', // 0
  '# (pay-per-use)', // 1
  'server:', // 2
  '  name: web-01', // 3
  '  count: 2', // 4
  '  root_volume:', // 5
  '    volumetype: SSD', // 6
  '  data_volumes:', // 7
  '    - volumetype: SSD', // 8
  '      size: 100', // 9
  '    - volumetype: SAS', // 10
  '      size: 50', // 11
  '',
].join('\n');

const jsonSample =
  '{\n  "server": {\n    "name": "web-01",\n    "nics": [\n      { "subnet_id": "s-1" },\n      {\n        ' +
  '"subnet_id": "s-2"\n      }\n    ]\n  }\n}\n';

function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
  return (symbols ?? []).flatMap((symbol) => [
    `${'  '.repeat(depth)}${symbol.name} (${symbol.kind})`,
    ...outline(symbol.children, depth + 1),
  ]);
}

describe('document symbols', () => {
  test('YAML: nested keys, list items named by their volumetype', () => {
    assert.deepEqual(outline(getDocumentSymbols(parse(yamlSample, 'yaml'))), [
      'server (2)',
      '  name (15)',
      '  count (16)',
      '  root_volume (2)',
      '    volumetype (15)',
      '  data_volumes (18)',
      '    [0] SSD (2)',
      '      volumetype (15)',
      '      size (16)',
      '    [1] SAS (2)',
      '      volumetype (15)',
      '      size (16)',
    ]);
  });

  test('JSON: ranges cover the property, selection the key', () => {
    const symbols = getDocumentSymbols(parse(jsonSample, 'json'));
    const server = symbols[0];
    assert.equal(server.kind, SymbolKind.Module);
    assert.deepEqual(server.selectionRange, { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } });
    assert.deepEqual(server.range, { start: { line: 1, character: 2 }, end: { line: 9, character: 3 } });
    assert.deepEqual(outline(server.children?.[1].children), [
      '[0] s-1 (2)',
      '  subnet_id (15)',
      '[1] s-2 (2)',
      '  subnet_id (15)',
    ]);
  });

  test('an empty document has no symbols', () => {
    assert.deepEqual(getDocumentSymbols(parse('', 'yaml')), []);
  });
});

describe('folding ranges', () => {
  test('YAML: key blocks, list items and the comment run', () => {
    const ranges = getFoldingRanges(parse(yamlSample, 'yaml'));
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind ?? '']),
      [
        [0, 1, FoldingRangeKind.Comment],
        [2, 11, ''],
        [5, 6, ''],
        [7, 11, ''],
        [8, 9, ''],
        [10, 11, ''],
      ],
    );
  });

  test('JSON: runs of line comments and multi-line block comments fold', () => {
    const text = '// one\n// two\n{\n  /* a\n     b */\n  "server": {}\n}\n';
    const ranges = getFoldingRanges(parse(text, 'json'));
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind ?? '']),
      [
        [0, 1, 'comment'],
        [2, 5, ''],
        [3, 4, 'comment'],
      ],
    );
  });

  test('JSON: objects and arrays spanning lines, closing bracket left visible', () => {
    const ranges = getFoldingRanges(parse(jsonSample, 'json'));
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [
        [0, 9],
        [1, 8],
        [3, 7],
        [5, 6],
      ],
    );
  });
});
