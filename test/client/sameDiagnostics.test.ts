/**
 * A diagnostics publish equal to what the editor shows is dropped (client/sameDiagnostics.ts), so
 * that the server re-checking files after new account data does not cancel a quick fix under way.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { sameDiagnostics, type DiagnosticLike } from '../../client/sameDiagnostics';

const range = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 9 } });
const diagnostic = (extra: Partial<DiagnosticLike> = {}): DiagnosticLike => ({
  range: range(3),
  message: 'c7.large.2 is sold out in cn-north-4b.',
  severity: 1,
  source: 'ECS',
  code: { value: 'ECS-R46', target: { toString: () => 'https://example.test/R46' } },
  data: { fixes: [{ newText: 'cn-north-4a' }] },
  ...extra,
});

describe('sameDiagnostics', () => {
  it('equal lists (new objects, same content) are the same', () => {
    assert.equal(sameDiagnostics([diagnostic()], [diagnostic()]), true);
    assert.equal(sameDiagnostics([], []), true);
  });

  it('any visible change, or other fix data, is a change', () => {
    const changes: Partial<DiagnosticLike>[] = [
      { range: range(4) },
      { message: 'c7.large.2 is sold out in cn-north-4b (data from 3 min ago).' },
      { severity: 2 },
      { source: 'ECS dry-run' },
      { code: 'ECS-R46' },
      { tags: [1] },
      { data: { fixes: [{ newText: 'cn-north-4c' }] } },
      {
        relatedInformation: [{ message: 'here', location: { uri: { toString: () => 'file:///a' }, range: range(1) } }],
      },
    ];
    for (const change of changes) {
      assert.equal(sameDiagnostics([diagnostic()], [diagnostic(change)]), false, JSON.stringify(change));
    }
  });

  it('another count or order is a change', () => {
    const other = diagnostic({ message: 'another' });
    assert.equal(sameDiagnostics([diagnostic()], []), false);
    assert.equal(sameDiagnostics([diagnostic(), other], [other, diagnostic()]), false);
  });
});
