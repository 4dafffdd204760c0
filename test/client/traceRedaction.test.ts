/**
 * The LSP message trace (`ecs.trace.server`) must not carry a document's secrets. The trace text
 * here is produced by vscode-jsonrpc itself, over a real connection, at the verbose level and in
 * the JSON format, exactly as the language client writes it to the output channel.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  Trace,
  TraceFormat,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { redactTraceText } from '../../client/trace/redactTrace';
import { maskAccessKey } from '../../cloud/credentials';

const PASSWORD = 'Sup3r-Secret-Pass!';
const USER_DATA = Buffer.from('#!/bin/bash\necho hello-user-data').toString('base64');
const DOCUMENT =
  `server:\n  name: web\n  adminPass: ${PASSWORD}\n  user_data: ${USER_DATA}\n` + '  description: "quote \\" inside"\n';

/** Connects two endpoints in memory; the sender traces what it sends in `format`. */
async function traceOf(format: TraceFormat, send: (c: MessageConnection) => Promise<void>): Promise<string> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const server = createMessageConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const received = new Promise<void>((resolve) => server.onNotification(() => resolve()));
  server.onRequest('textDocument/formatting', () => [
    { range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } }, newText: DOCUMENT },
  ]);
  server.listen();
  client.listen();
  const lines: string[] = [];
  await client.trace(
    Trace.Verbose,
    {
      // As the language client writes it: text messages as they are, JSON-format ones stringified.
      log: (message: unknown, data?: string) =>
        lines.push(typeof message === 'string' ? message : JSON.stringify(message), data ?? ''),
    },
    { traceFormat: format, sendNotification: false },
  );
  await send(client);
  await received;
  client.dispose();
  server.dispose();
  return lines.join('\n');
}

async function openAndFormat(client: MessageConnection): Promise<void> {
  await client.sendNotification('textDocument/didOpen', {
    textDocument: { uri: 'file:///w/a.ecs.yaml', languageId: 'ecs-yaml', version: 1, text: DOCUMENT },
  });
  await client.sendNotification('textDocument/didChange', {
    textDocument: { uri: 'file:///w/a.ecs.yaml', version: 2 },
    contentChanges: [{ text: DOCUMENT }],
  });
  await client.sendRequest('textDocument/formatting', {
    textDocument: { uri: 'file:///w/a.ecs.yaml' },
    options: { tabSize: 2, insertSpaces: true },
  });
}

describe('LSP trace redaction', () => {
  for (const format of [TraceFormat.Text, TraceFormat.JSON]) {
    it(`keeps no document text in the ${format} trace, only its length`, async () => {
      const raw = await traceOf(format, openAndFormat);
      assert.ok(raw.includes(PASSWORD), 'the unredacted trace carries the password (the test must see it)');
      const clean = redactTraceText(raw);
      for (const secret of [PASSWORD, USER_DATA, 'hello-user-data'])
        assert.ok(!clean.includes(secret), `${secret} is in the trace`);
      assert.match(clean, new RegExp(`"<${DOCUMENT.length} characters not logged>"`));
      assert.match(clean, /textDocument\/didOpen/);
      assert.match(clean, /file:\/\/\/w\/a\.ecs\.yaml/, 'the rest of the message is kept');
    });
  }

  it('handles escapes and unterminated strings in linear time', () => {
    assert.equal(redactTraceText('{"text": "a\\"b\\\\", "x": 1}'), '{"text": "<4 characters not logged>", "x": 1}');
    assert.equal(redactTraceText('{"newText":"abc'), '{"newText":"<3 characters not logged>"');
    assert.equal(redactTraceText('{"text": 5, "context": "text"}'), '{"text": 5, "context": "text"}');
    const big = `{"text": "${'\\"'.repeat(200_000)}"}` + ' "text"'.repeat(100_000);
    const started = process.hrtime.bigint();
    redactTraceText(big);
    // A complexity guard, 20x above the few milliseconds this takes: a quadratic scan would not finish.
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000);
  });
});

describe('maskAccessKey', () => {
  it('shows only the last four characters', () => {
    assert.equal(maskAccessKey('HPUAXXXXEXAMPLEKEY12'), '****EY12');
    assert.equal(maskAccessKey('SHORT'), '****');
  });
});
