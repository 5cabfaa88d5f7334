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

/** One of the extension's scripts: every web extension host lets an extension fetch its own files. */
async function fetchScript(extensionUri: vscode.Uri, name: string, what: string): Promise<Blob> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', name);
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`Support Tone could not load its ${what} (${script.toString(true)}): HTTP ${response.status}`);
  return new Blob([await response.text()], { type: 'text/javascript' });
}

/**
 * The bundled browser server in a Worker, started from a Blob URL: extension hosts that serve the
 * extension from a remote (code-server) refuse Worker URLs of remote extensions. The language
 * detector's tables are a script of their own, which the worker imports from the URL its first line
 * names when a draft first needs them (see esbuild.mjs).
 */
async function startServerWorker(extensionUri: vscode.Uri): Promise<ServerWorker> {
  const [server, detector] = await Promise.all([
    fetchScript(extensionUri, 'server.browser.js', 'language server'),
    fetchScript(extensionUri, 'eld.browser.js', 'language detector'),
  ]);
  const detectorLine = `self.SUPPORT_TONE_ELD_SCRIPT = ${JSON.stringify(URL.createObjectURL(detector))};\n`;
  return new Worker(URL.createObjectURL(new Blob([detectorLine, server], { type: 'text/javascript' })));
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
