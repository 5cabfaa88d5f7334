import { DOCUMENT_FILTERS } from '../../server/src/shared/formats';
import { ReadFileRequest, type ReadFileResult } from '../../server/src/shared/protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { HeadlineLensProvider, PREVIEW_HEADLINE_COMMAND, requestHeadlines } from './headlineLens';
import { HeadlinePreview } from './preview/previewPanel';
import { ToneStatusBar } from './statusBar';

/**
 * The documents checked: those of the given file systems, and untitled ones of whole languages (an untitled document has no path to
 * match a pattern).
 */
function documentSelector(schemes: readonly string[]) {
  return DOCUMENT_FILTERS.flatMap((filter) => [
    ...schemes.map((scheme) => ({ scheme, ...filter })),
    ...(filter.pattern ? [] : [{ scheme: 'untitled', ...filter }]),
  ]);
}

/** A file read for the server with the editor's file system, which also serves virtual workspaces. */
async function readFile(uri: string): Promise<ReadFileResult> {
  try {
    // Like the Node server's readFileSync: a byte order mark is kept, not dropped.
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) };
  } catch (error) {
    const missing = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
    return { error: error instanceof Error ? error.message : String(error), missing };
  }
}

let client: BaseLanguageClient | undefined;

/**
 * Starts the client (the desktop and browser entries differ only in how the server runs and which
 * file systems hold documents) and adds the headline CodeLens, preview and status bar.
 */
export async function activateClient(
  context: vscode.ExtensionContext,
  schemes: readonly string[],
  create: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<void> {
  const selector = documentSelector(schemes);
  client = create({
    documentSelector: selector,
    synchronize: { configurationSection: 'supportTone', fileEvents: vscode.workspace.createFileSystemWatcher('**/.support-tone.json') },
    // The client draws the headline lenses itself (bound to the preview), so the server's plain ones are dropped.
    middleware: { provideCodeLenses: () => [] },
  });
  client.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }) => readFile(uri));
  await client.start();

  const started = client;
  const lenses = new HeadlineLensProvider(started);
  const preview = new HeadlinePreview(started);
  const statusBar = new ToneStatusBar();
  const isOurs = (document: vscode.TextDocument) => vscode.languages.match(selector, document) > 0;

  const updateStatus = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!client || !document || !isOurs(document)) return statusBar.hide();
    statusBar.show(await requestHeadlines(client, document));
  };

  context.subscriptions.push(
    lenses,
    preview,
    statusBar,
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.commands.registerCommand(PREVIEW_HEADLINE_COMMAND, async (uri: vscode.Uri, draft: number) => {
      await preview.show(await vscode.workspace.openTextDocument(uri), draft);
    }),
    vscode.commands.registerCommand('supportTone.previewHeadlines', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && isOurs(document)) await preview.show(document);
      else
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Support Tone: open a Markdown or plain-text draft to preview its headlines.'),
        );
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
