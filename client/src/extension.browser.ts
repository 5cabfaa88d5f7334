import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient } from './activate';

export { deactivate } from './activate';

/** The web extension host's Worker: what the language client uses of it (the client is compiled without the DOM library). */
interface ServerWorker {
  postMessage(message: unknown): void;
  addEventListener(type: string, listener: (event: unknown) => void): void;
  terminate(): void;
}
declare const Worker: new (url: string) => ServerWorker;

/**
 * The bundled browser server in a Worker. The script is fetched and started from a Blob URL:
 * extension hosts that serve the extension from a remote (code-server) refuse Worker URLs of
 * remote extensions, while every web extension host lets an extension fetch its own files.
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'server.browser.js');
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`Support Tone could not load its language server (${script.toString(true)}): HTTP ${response.status}`);
  return new Worker(URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' })));
}

/**
 * The web extension (vscode.dev, github.dev): the bundled browser server runs in a Worker, and the
 * documents of the workspace's own file systems (github.dev's `vscode-vfs:`) are checked too.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const worker = await startServerWorker(context.extensionUri);
  const schemes = new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
  await activateClient(context, [...schemes], (options) => new LanguageClient('supportTone', 'Support Tone', worker, options));
}
