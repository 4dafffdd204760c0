/** Completion, hover, symbols and folding must answer (never throw) anywhere in half-typed documents. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doComplete } from '../../server/service/completion';
import { doHover } from '../../server/service/hover';
import { getDocumentSymbols } from '../../server/service/symbols';
import { getFoldingRanges } from '../../server/service/folding';
import { formatDocument } from '../../server/service/formatting';
import { positionAt } from '../../request/parser/positions';
import type { DocumentFormat } from '../../request/parser/ast';
import { parse } from './completionHelpers';

const examples = join(__dirname, '..', '..', '..', 'examples');

const samples: [string, DocumentFormat][] = [
  ['data-disks.ecs.yaml', 'yaml'],
  ['yearly-monthly-eip.ecs.json', 'json'],
];

describe('answers anywhere in truncated documents', () => {
  for (const [file, format] of samples) {
    test(file, () => {
      const full = readFileSync(join(examples, file), 'utf8');
      let answered = 0;
      // Every prefix of the file is a state the user passes through while typing it.
      for (let cut = 0; cut <= full.length; cut += 37) {
        const parsed = parse(full.slice(0, cut), format);
        for (let offset = Math.max(0, cut - 40); offset <= cut; offset += 5) {
          const position = positionAt(parsed, offset);
          const list = doComplete(parsed, position);
          assert.ok(Array.isArray(list.items));
          doHover(parsed, position);
          answered++;
        }
        assert.ok(Array.isArray(getDocumentSymbols(parsed)));
        assert.ok(Array.isArray(getFoldingRanges(parsed)));
        assert.ok(Array.isArray(formatDocument(parsed, { tabSize: 2, insertSpaces: true })));
      }
      assert.ok(answered > 0);
    });
  }
});
