/**
 * Issue 12's language-server reproducers (points 4 and 5) against the built server over stdio, as a
 * user's editor sends them; test/server/hardening.test.ts and regexAudit.test.ts guard the same modules'
 * time without the protocol. Here the bounds are on what an answer holds (the old code answered
 * formatting with quadratic output and the outline with 44 MB), and each test has a generous
 * deadline: the old code never answered the formatting requests (20 KB: nothing after 5 minutes)
 * and took 37.7 s for the hover, which gets a cap of 20 s (the fixed server: under 1 s).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './lspClient';

const DEADLINE_MS = 90_000;
const HOVER_CAP_MS = 20_000;
let client: TestClient;

function request<T>(method: string, uri: string, extra: Record<string, unknown> = {}): Promise<T> {
  return client.connection.sendRequest(method, { textDocument: { uri }, ...extra }) as Promise<T>;
}

interface TextEdit {
  readonly newText: string;
}

before(async () => {
  client = new TestClient();
  await client.initialize();
});
after(async () => {
  assert.equal(await client.stop(), 0, 'the server did not end cleanly');
  client.kill();
});

describe('issue 12 reproducers over stdio (built server)', { timeout: 6 * DEADLINE_MS }, () => {
  it('formatting [ x 20,000 ] x 20,000 answers with bounded edits', { timeout: DEADLINE_MS }, async () => {
    const uri = 'file:///brackets.ecs.json';
    await client.open(uri, 'ecs-json', '['.repeat(20_000) + ']'.repeat(20_000));
    const edits = await request<TextEdit[] | null>('textDocument/formatting', uri, {
      options: { tabSize: 2, insertSpaces: true },
    });
    const size = (edits ?? []).reduce((sum, edit) => sum + edit.newText.length, 0);
    assert.ok(size <= 40_000, `the formatting edits hold ${size} characters`);
  });

  it('formatting with tabSize 1,000,000 answers with small edits', { timeout: DEADLINE_MS }, async () => {
    const uri = 'file:///tab.ecs.json';
    await client.open(uri, 'ecs-json', '{"server": {"name": "web", "count": 1}}');
    const edits = await request<TextEdit[] | null>('textDocument/formatting', uri, {
      options: { tabSize: 1_000_000, insertSpaces: true },
    });
    assert.ok(edits && edits.length > 0, 'the document was not formatted');
    const size = edits.reduce((sum, edit) => sum + edit.newText.length, 0);
    assert.ok(size < 10_000, `the formatting edits hold ${size} characters`);
  });

  it('40,000 keys: diagnostics arrive, capped in number', { timeout: DEADLINE_MS }, async () => {
    const text = `{"server": {${Array.from({ length: 40_000 }, (_, i) => `"k${i}": ${i}`).join(',')}}}`;
    const diagnostics = await client.open('file:///keys.ecs.json', 'ecs-json', text);
    assert.ok(diagnostics.length > 0 && diagnostics.length <= 1_001, `${diagnostics.length} diagnostics`);
  });

  it('100,000 keys: hover at the end answers within the cap', { timeout: DEADLINE_MS }, async () => {
    const uri = 'file:///hover.ecs.json';
    const text = `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(',')}}`;
    await client.open(uri, 'ecs-json', text);
    const started = performance.now();
    await request('textDocument/hover', uri, { position: { line: 0, character: text.length - 4 } });
    const elapsed = performance.now() - started;
    assert.ok(elapsed < HOVER_CAP_MS, `hover took ${Math.round(elapsed)} ms`);
  });

  it('200,000 {} items: outline and folding answers stay small', { timeout: DEADLINE_MS }, async () => {
    const uri = 'file:///items.ecs.json';
    await client.open(uri, 'ecs-json', `[${Array.from({ length: 200_000 }, () => '{}').join(',')}]`);
    const symbols = await request<unknown[] | null>('textDocument/documentSymbol', uri);
    const folding = await request<unknown[] | null>('textDocument/foldingRange', uri);
    assert.ok(JSON.stringify(symbols ?? []).length < 2_000_000, 'the outline answer is not bounded');
    assert.ok(JSON.stringify(folding ?? []).length < 2_000_000, 'the folding answer is not bounded');
  });

  it(
    'YAML: a block-scalar header then 160,000 NBSP, and completion after a + 80,000 spaces',
    { timeout: DEADLINE_MS },
    async () => {
      await client.open(
        'file:///nbsp.ecs.yaml',
        'ecs-yaml',
        `server:\n  user_data: |${'\u00a0'.repeat(160_000)}\n    x\n`,
      );
      const uri = 'file:///spaces.ecs.yaml';
      await client.open(uri, 'ecs-yaml', `server:\n  a${' '.repeat(80_000)}\n`);
      await request('textDocument/completion', uri, { position: { line: 1, character: 80_003 } });
    },
  );
});
