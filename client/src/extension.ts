import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient } from './activate';

export { deactivate } from './activate';

/** The desktop extension: the bundled language server runs on Node over IPC and checks `file:` documents. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  await activateClient(context, ['file'], (options) => new LanguageClient('supportTone', 'Support Tone', serverOptions, options));
}
