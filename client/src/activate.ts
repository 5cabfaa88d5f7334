import { CONFIG_FILE_NAME, DOCUMENT_FILTERS, FORMATS } from '../../server/src/shared/formats';
import { ReadFileRequest, type InitializationOptions, type ReadFileResult } from '../../server/src/shared/protocol';
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol';
import { HeadlineLensProvider, PREVIEW_HEADLINE_COMMAND, requestHeadlines } from './headlineLens';
import { HeadlinePreview } from './preview/previewPanel';
import { ToneStatusBar } from './statusBar';

/**
 * The documents of whole languages checked: those of the given file systems, and untitled ones. JSON and YAML files of replies
 * are not here: the server registers a selector of those files (by name, and by the globs of `formats` in `.support-tone.json`).
 */
function documentSelector(schemes: readonly string[]) {
  return DOCUMENT_FILTERS.flatMap((filter) => [...schemes, 'untitled'].map((scheme) => ({ scheme, ...filter })));
}

/** The languages of the files the server may register: JSON and YAML (the headline CodeLens asks only for those it synced). */
const REPLY_FILE_LANGUAGES = FORMATS.flatMap((format) => (format.only ? format.languageIds : []));

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

/**
 * The workspace's config files, whose `formats` globs the server registers; none when the file system cannot be searched (the
 * server still finds each folder's own config, and the configs of the documents opened).
 */
async function findConfigFiles(): Promise<string[]> {
  try {
    return (await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**', 1000)).map((uri) => uri.toString());
  } catch {
    return [];
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
  const initializationOptions: InitializationOptions = { documentSchemes: [...schemes], configFiles: await findConfigFiles() };
  client = create({
    documentSelector: selector,
    initializationOptions,
    synchronize: {
      configurationSection: 'supportTone',
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
    },
    // The client draws the headline lenses itself (bound to the preview), so the server's plain ones are dropped.
    middleware: { provideCodeLenses: () => [] },
  });
  client.onRequest(ReadFileRequest.method, ({ uri }: { uri: string }) => readFile(uri));
  await client.start();

  const started = client;
  const opened = started.getFeature(DidOpenTextDocumentNotification.method);
  // A document is checked when the client syncs it: by its own selector, or by the one the server registered.
  const isOurs = (document: vscode.TextDocument) => opened.getProvider(document) !== undefined;
  const lenses = new HeadlineLensProvider(started, isOurs);
  const preview = new HeadlinePreview(started);
  const statusBar = new ToneStatusBar();
  const lensSelector = [...selector, ...schemes.flatMap((scheme) => REPLY_FILE_LANGUAGES.map((language) => ({ scheme, language })))];

  const updateStatus = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!client || !document || !isOurs(document)) return statusBar.hide();
    statusBar.show(await requestHeadlines(client, document));
  };

  context.subscriptions.push(
    lenses,
    preview,
    statusBar,
    vscode.languages.registerCodeLensProvider(lensSelector, lenses),
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
