/**
 * The language server on Node, started on load: `node dist/server.js --stdio` or `--node-ipc` (the VS Code client),
 * and `support-tone lsp`. The one module of lsp/ that may use Node: it supplies the file system, the scheduler and the connection.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeConfigHost } from '../config/nodeHost';
import { filePaths } from './paths';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), { config: nodeConfigHost, paths: filePaths, schedule: setImmediate });
