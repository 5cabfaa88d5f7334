import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient } from './activate';

/** The web extension host's Worker (the client is compiled without the DOM library). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

export { deactivate } from './activate';

/**
 * The web extension (vscode.dev, github.dev): the bundled browser server runs in a Worker, and the
 * documents of the workspace's own file systems (github.dev's `vscode-vfs:`) are checked too.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUrl = vscode.Uri.joinPath(context.extensionUri, 'dist/server.browser.js');
  const schemes = new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
  await activateClient(
    context,
    [...schemes],
    (options) => new LanguageClient('supportTone', 'Support Tone', options, new Worker(serverUrl.toString(true))),
  );
}
