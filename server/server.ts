/**
 * The ECS request language server, bundled as dist/server.js. Runs standalone:
 * `node dist/server.js --stdio` (also --node-ipc / --socket=N, as vscode-languageserver reads them
 * from the command line).
 * Start-up is kept to loading the protocol library: the language service (schema, parsers,
 * rules) loads after `initialize` has been answered (see ecsServer.ts).
 */
import './lsp/heapTuning';
import { serverTimeline } from './lsp/serverTimeline';
import {
  createConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';
import { startEcsServer, type ServerState } from './lsp/ecsServer';
import { lazyService } from './lsp/lazyService';
import { OneWritePerMessage } from './lsp/oneWritePerMessage';
import { readOpenFormats } from './lsp/openFormats';
import { unreadableInputMessage } from './lsp/unreadableInput';

/**
 * Over stdio the connection writes through OneWritePerMessage. Given streams, vscode-languageserver
 * no longer sends `console` output to the client's log as it does for --stdio, so that is done
 * here: a stray console.log must never end up in the protocol stream.
 *
 * The reader is ours, to decide what a malformed frame does (vscode-jsonrpc reports it and reads
 * on, from wherever its buffer now stands). The server exits, after a line on stderr (which
 * editors show in the server's log): a frame without a usable Content-Length leaves no way to
 * find where the next message starts, and even a frame we could skip may have been a didChange,
 * after which this server's copy of the document would silently differ from the editor's. A
 * restarted server (VS Code restarts a server that exits) gets every open document afresh.
 */
function stdioConnection(state: () => ServerState | undefined): Connection {
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`${unreadableInputMessage(error)}\n`, () => process.exit(1));
  });
  // Given a reader, vscode-languageserver no longer ends the process when the input closes.
  reader.onClose(() => process.exit(state()?.shutdownRequested ? 0 : 1));
  const connection = createConnection(reader, new StreamMessageWriter(new OneWritePerMessage(process.stdout)));
  const toClientLog =
    (write: (message: string) => void) =>
    (...args: unknown[]) =>
      write(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  console.log = toClientLog((message) => connection.console.log(message));
  console.info = toClientLog((message) => connection.console.info(message));
  console.debug = toClientLog((message) => connection.console.log(message));
  console.warn = toClientLog((message) => connection.console.warn(message));
  console.error = toClientLog((message) => connection.console.error(message));
  return connection;
}

serverTimeline.mark('bundle loaded');

// Pull diagnostics are part of LSP 3.17, so the standard feature set is all we need.
// The connection's closure reads `state` before it is assigned, so it cannot be a const.
// eslint-disable-next-line prefer-const
let state: ServerState | undefined;
const connection = process.argv.includes('--stdio') ? stdioConnection(() => state) : createConnection();
state = startEcsServer(connection, lazyService(), serverTimeline, readOpenFormats(process.argv));
connection.listen();
serverTimeline.mark('listening');
