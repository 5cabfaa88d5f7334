import { DOCUMENT_FILTERS } from '../../server/src/shared/formats';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { HeadlineLensProvider, PREVIEW_HEADLINE_COMMAND, requestHeadlines } from './headlineLens';
import { HeadlinePreview } from './preview/previewPanel';
import { ToneStatusBar } from './statusBar';

const DOCUMENT_SELECTOR = DOCUMENT_FILTERS.flatMap((filter) => [
  { scheme: 'file', ...filter },
  // An untitled document has no path to match a pattern: only whole languages apply.
  ...(filter.pattern ? [] : [{ scheme: 'untitled', ...filter }]),
]);

let client: LanguageClient | undefined;

/** Starts the bundled language server over IPC and adds the headline CodeLens, preview and status bar. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'supportTone', fileEvents: vscode.workspace.createFileSystemWatcher('**/.support-tone.json') },
    // The client draws the headline lenses itself (bound to the preview), so the server's plain ones are dropped.
    middleware: { provideCodeLenses: () => [] },
  };
  client = new LanguageClient('supportTone', 'Support Tone', serverOptions, clientOptions);
  await client.start();

  const lenses = new HeadlineLensProvider(client);
  const preview = new HeadlinePreview(client);
  const statusBar = new ToneStatusBar();
  const isOurs = (document: vscode.TextDocument) => vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;

  const updateStatus = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!client || !document || !isOurs(document)) return statusBar.hide();
    statusBar.show(await requestHeadlines(client, document));
  };

  context.subscriptions.push(
    lenses,
    preview,
    statusBar,
    vscode.languages.registerCodeLensProvider(DOCUMENT_SELECTOR, lenses),
    vscode.commands.registerCommand(PREVIEW_HEADLINE_COMMAND, async (uri: vscode.Uri, draft: number) => {
      await preview.show(await vscode.workspace.openTextDocument(uri), draft);
    }),
    vscode.commands.registerCommand('supportTone.previewHeadlines', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && isOurs(document)) await preview.show(document);
      else void vscode.window.showInformationMessage('Support Tone: open a Markdown or plain-text draft to preview its headlines.');
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      lenses.refresh();
      for (const uri of event.uris) void preview.refresh(uri);
      void updateStatus();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
  );
  void updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
