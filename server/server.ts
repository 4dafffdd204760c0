/**
 * The ECS request language server. Runs standalone: `node dist/server.js --stdio`
 * (also --node-ipc / --socket=N, as vscode-languageserver reads them from the command line).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startEcsServer } from './lsp/ecsServer';

const connection = createConnection(ProposedFeatures.all);
startEcsServer(connection);
connection.listen();
