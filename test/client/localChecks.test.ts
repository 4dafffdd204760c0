/**
 * The pre-flight's local checks (client/localChecks.ts): read from the language server for the
 * document's current text, not from what the editor happens to show (nothing, right after a file
 * opens). The server is a fake that answers when the test says so.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';
import { currentDiagnostics, DOCUMENT_DIAGNOSTIC_METHOD, type DiagnosticsServer } from '../../client/localChecks';

const URI = 'file:///w/web.ecs.yaml';
const R24: Diagnostic = {
  range: { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } },
  message: 'auto_terminate_time needs a pay-per-use server.',
  severity: 1,
  source: 'ECS',
  code: 'ECS-R24',
};

/** A server whose answer the test gives; `convert` marks what went through the client's converter. */
function fakeServer() {
  const asked: { method: string; params: unknown; answer(report: unknown): void; fail(e: Error): void }[] = [];
  const server: DiagnosticsServer<Diagnostic & { converted: true }> = {
    sendRequest: (method, params) =>
      new Promise((answer, fail) => {
        asked.push({ method, params, answer, fail });
      }),
    convert: async (items) => items.map((item) => ({ ...item, converted: true as const })),
  };
  return { server, asked };
}

describe('currentDiagnostics (local checks of the text being sent)', () => {
  it('waits for the server to answer for the current text rather than reading what is shown', async () => {
    const { server, asked } = fakeServer();
    let shownReads = 0;
    const result = currentDiagnostics(URI, server, () => {
      shownReads++;
      return []; // The file just opened: the editor shows nothing yet.
    });
    await Promise.resolve();
    assert.equal(asked.length, 1);
    assert.equal(asked[0].method, DOCUMENT_DIAGNOSTIC_METHOD);
    assert.deepEqual(asked[0].params, { textDocument: { uri: URI } });
    asked[0].answer({ kind: 'full', items: [R24] });
    assert.deepEqual(await result, [{ ...R24, converted: true }]);
    assert.equal(shownReads, 0, 'the local checks come from the answer');
  });

  it('a failed request or an answer without items falls back to what is shown then', async () => {
    const shown = [{ ...R24, converted: true as const }];
    for (const end of [
      (a: ReturnType<typeof fakeServer>['asked'][0]) => a.fail(new Error('Client is not running')),
      (a: ReturnType<typeof fakeServer>['asked'][0]) => a.answer({ kind: 'unchanged', resultId: '4' }),
      (a: ReturnType<typeof fakeServer>['asked'][0]) => a.answer(null),
    ]) {
      const { server, asked } = fakeServer();
      const result = currentDiagnostics(URI, server, () => shown);
      await Promise.resolve();
      end(asked[0]);
      assert.equal(await result, shown);
    }
  });

  it('no language server: what is shown', async () => {
    const shown = [{ ...R24, converted: true as const }];
    assert.equal(await currentDiagnostics(URI, undefined, () => shown), shown);
  });
});
