/** A test build of the language server with one extra rule that throws: for the contained-failure tests. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeConfigHost } from '../../server/src/config/nodeHost';
import { filePaths } from '../../server/src/lsp/paths';
import { startServer } from '../../server/src/lsp/server';
import { DEFAULT_PACK } from '../../server/src/api';
import { FAILING_RULE } from './failingRule';

startServer(
  createConnection(ProposedFeatures.all),
  { config: nodeConfigHost, paths: filePaths, schedule: setImmediate },
  { ...DEFAULT_PACK, rules: [...DEFAULT_PACK.rules, FAILING_RULE] },
);
