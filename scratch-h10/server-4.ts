/**
 * The ECS request language server. Runs standalone: `node dist/server.js --stdio`
 * (also --node-ipc / --socket=N, as vscode-languageserver reads them from the command line).
 * Start-up is kept to loading the protocol library: the language service (schema, parsers,
 * rules) loads after `initialize` has been answered (see ecsServer.ts).
 */
import './heap4';
import { createConnection } from 'vscode-languageserver/node';
import { startEcsServer } from '../server/lsp/ecsServer';

// Pull diagnostics are part of LSP 3.17, so the standard feature set is all we need.
const connection = createConnection();
startEcsServer(connection);
connection.listen();
