/**
 * Standard output for the stdio connection that writes each message with one system call.
 *
 * vscode-jsonrpc writes a message's header ("Content-Length: N\r\n\r\n") and then, after the
 * header's write completes, its content. On Linux, Node writes to a pipe synchronously, so every
 * message cost two write calls and woke the editor's reader twice; in a CPU profile of the
 * benchmark those writes were the server's largest item after the garbage collector. This stream
 * holds a header, acknowledges it at once, and writes it together with the content that follows.
 */
import { Writable } from 'node:stream';

const HEADER_START = 'Content-Length:';
const HEADER_END = '\r\n\r\n';

/** Whether `bytes` hold `ascii` at `offset`. */
function holdsAt(bytes: Uint8Array, offset: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[offset + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** A complete message header as vscode-jsonrpc writes it, in a chunk of its own. */
export function isMessageHeader(chunk: Uint8Array): boolean {
  return (
    chunk.length > HEADER_START.length + HEADER_END.length &&
    holdsAt(chunk, 0, HEADER_START) &&
    holdsAt(chunk, chunk.length - HEADER_END.length, HEADER_END)
  );
}

export class OneWritePerMessage extends Writable {
  private header: Uint8Array | undefined;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
    // The connection watches this stream: pass on what happens to the real one.
    target.on('error', (error: Error) => this.destroy(error));
    target.on('close', () => this.destroy());
  }

  override _write(chunk: Uint8Array, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.header === undefined && isMessageHeader(chunk)) {
      this.header = chunk;
      callback();
      return;
    }
    const data = this.header === undefined ? chunk : concat(this.header, chunk);
    this.header = undefined;
    this.target.write(data, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.header === undefined) callback();
    else this.target.write(this.header, callback);
    this.header = undefined;
  }
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}
