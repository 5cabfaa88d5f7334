import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { lensTitle } from '../../server/src/shared/presentation';
import { HeadlinesRequest, type HeadlinesResult } from '../../server/src/shared/protocol';

export const PREVIEW_HEADLINE_COMMAND = 'supportTone.previewHeadline';

/** Asks the server for a document's headlines (the server answers for the document's current version). */
export function requestHeadlines(client: BaseLanguageClient, document: vscode.TextDocument): Promise<HeadlinesResult | null> {
  return client.sendRequest(HeadlinesRequest, { textDocument: { uri: document.uri.toString() } });
}

/** One CodeLens per draft, on its first line: the headline it would make, and its findings. */
export class HeadlineLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly client: BaseLanguageClient,
    /** Whether the client syncs the document (the server registers JSON and YAML files of replies itself). */
    private readonly isOurs: (document: vscode.TextDocument) => boolean,
  ) {}

  /** Called when diagnostics change: the headlines may have too. */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.isOurs(document)) return [];
    const headlines = await requestHeadlines(this.client, document);
    if (!headlines) return [];
    return headlines.drafts.map((draft, index) => {
      const line = draft.lensRange.start.line;
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: lensTitle(draft),
        tooltip: vscode.l10n.t('Preview this draft as a front page'),
        command: PREVIEW_HEADLINE_COMMAND,
        arguments: [document.uri, index],
      });
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
