/**
 * The ECS request language server, bundled as dist/server-bundle.js. Runs standalone:
 * `node dist/server.js --stdio` (launcher.ts runs the bundle; also --node-ipc / --socket=N, as
 * vscode-languageserver reads them from the command line).
 * Start-up is kept to loading the protocol library: the language service (schema, parsers,
 * rules) loads after `initialize` has been answered (see ecsServer.ts).
 */
import './lsp/heapTuning';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { startEcsServer } from './lsp/ecsServer';
import { OneWritePerMessage } from './lsp/oneWritePerMessage';

/**
 * Over stdio the connection writes through OneWritePerMessage. Given streams, vscode-languageserver
 * no longer sends `console` output to the client's log as it does for --stdio, so that is done
 * here: a stray console.log must never end up in the protocol stream.
 */
function stdioConnection(): Connection {
  const connection = createConnection(process.stdin, new OneWritePerMessage(process.stdout));
  const toClientLog = (write: (message: string) => void) => (...args: unknown[]) =>
    write(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  console.log = toClientLog((message) => connection.console.log(message));
  console.info = toClientLog((message) => connection.console.info(message));
  console.debug = toClientLog((message) => connection.console.log(message));
  console.warn = toClientLog((message) => connection.console.warn(message));
  console.error = toClientLog((message) => connection.console.error(message));
  return connection;
}

// Pull diagnostics are part of LSP 3.17, so the standard feature set is all we need.
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection();
startEcsServer(connection);
connection.listen();
