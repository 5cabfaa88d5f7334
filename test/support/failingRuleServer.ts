/** A test build of the language server with one extra rule that throws: for the contained-failure tests. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeConfigHost } from '../../server/src/config/nodeHost';
import { startServer } from '../../server/src/lsp/server';
import { RULES } from '../../server/src/rules';
import { FAILING_RULE } from './failingRule';

startServer(createConnection(ProposedFeatures.all), { config: nodeConfigHost, schedule: setImmediate }, [...RULES, FAILING_RULE]);
