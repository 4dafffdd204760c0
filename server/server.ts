/**
 * The ECS request language server, bundled as dist/server-bundle.js. Runs standalone:
 * `node dist/server.js --stdio` (launcher.ts runs the bundle; also --node-ipc / --socket=N, as
 * vscode-languageserver reads them from the command line).
 * Start-up is kept to loading the protocol library: the language service (schema, parsers,
 * rules) loads after `initialize` has been answered (see ecsServer.ts).
 */
import './lsp/heapTuning';
import { createConnection } from 'vscode-languageserver/node';
import { startEcsServer } from './lsp/ecsServer';

// Pull diagnostics are part of LSP 3.17, so the standard feature set is all we need.
const connection = createConnection();
startEcsServer(connection);
connection.listen();
