/** The language server executable: `node dist/server.js --stdio` or `--node-ipc` (the VS Code client). */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
