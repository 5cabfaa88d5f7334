/**
 * The language server in a browser worker (vscode.dev, github.dev, code-server's web extension host),
 * started by the browser client: messages travel over the worker's channel, and configuration files
 * are read through the client, which reads them with the editor's file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientConfigHost } from '../config/clientHost';
import { ReadFileRequest, type ReadFileResult } from '../shared/protocol';
import { virtualPaths } from './paths';
import { startServer } from './server';

// The worker's global scope is its end of the channel (typed as a port: the server is compiled without the DOM library).
const worker = globalThis as unknown as InstanceType<typeof MessagePort>;
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));

async function readThroughClient(path: string): Promise<ReadFileResult> {
  let uri: string;
  try {
    uri = virtualPaths.uriOf(path).toString();
  } catch (error) {
    return { error: (error as Error).message, missing: true };
  }
  return connection.sendRequest<ReadFileResult>(ReadFileRequest.method, { uri });
}

startServer(connection, { config: new ClientConfigHost(readThroughClient), paths: virtualPaths, schedule: (task) => setTimeout(task, 0) });
