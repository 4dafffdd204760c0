/**
 * The stdio connection's output (server/lsp/oneWritePerMessage.ts): one write to the real stream
 * per message, header and content together, in order, with errors passed on.
 */
import { strict as assert } from 'node:assert';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { StreamMessageWriter } from 'vscode-jsonrpc/node';
import { isMessageHeader, OneWritePerMessage } from '../../server/lsp/oneWritePerMessage';

/** A stream that records each write it receives. */
function recorder(): { stream: Writable; writes: string[] } {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Uint8Array, _encoding, callback) {
      writes.push(Buffer.from(chunk).toString('utf8'));
      callback();
    },
  });
  return { stream, writes };
}

describe('one write per message on stdout', () => {
  it('writes each message of vscode-jsonrpc as one piece, in order', async () => {
    const { stream, writes } = recorder();
    const writer = new StreamMessageWriter(new OneWritePerMessage(stream));
    await writer.write({ jsonrpc: '2.0', id: 1, result: { text: 'é' } } as never);
    await writer.write({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'hi' } } as never);
    assert.equal(writes.length, 2);
    assert.match(writes[0]!, /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","id":1,"result":\{"text":"é"\}\}$/);
    const length = Number(/Content-Length: (\d+)/.exec(writes[0]!)![1]);
    assert.equal(
      length,
      Buffer.byteLength(writes[0]!.split('\r\n\r\n')[1]!),
      'the header still counts the bytes of its content',
    );
    assert.match(writes[1]!, /^Content-Length: \d+\r\n\r\n\{"jsonrpc":"2.0","method":"window\/logMessage"/);
  });

  it('passes other chunks through, and writes a held header when the stream ends', async () => {
    const { stream, writes } = recorder();
    const output = new OneWritePerMessage(stream);
    output.write('plain text');
    output.write('Content-Length: 2\r\n\r\n', 'ascii');
    output.end();
    await once(output, 'finish');
    assert.deepEqual(writes, ['plain text', 'Content-Length: 2\r\n\r\n']);
  });

  it('recognises only a whole header', () => {
    assert.equal(isMessageHeader(new TextEncoder().encode('Content-Length: 12\r\n\r\n')), true);
    assert.equal(isMessageHeader(new TextEncoder().encode('Content-Length: 12\r\n')), false);
    assert.equal(isMessageHeader(new TextEncoder().encode('{"Content-Length: 12\r\n\r\n')), false);
    assert.equal(isMessageHeader(new TextEncoder().encode('\r\n\r\n')), false);
  });

  it('fails when the real stream fails, so the connection sees it', async () => {
    const { stream } = recorder();
    const output = new OneWritePerMessage(stream);
    const failed = once(output, 'error');
    stream.destroy(new Error('EPIPE'));
    const [error] = await failed;
    assert.match(String(error), /EPIPE/);
  });
});
