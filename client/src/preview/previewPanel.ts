import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { DraftHeadline, HeadlinesResult } from '../../../server/src/shared/protocol';
import { requestHeadlines } from '../headlineLens';
import { renderFrontPage, type FrontPageStory } from './frontPage';

function toStory(draft: DraftHeadline, kind: HeadlinesResult['kind']): FrontPageStory {
  return {
    headline: draft.headline,
    ...(draft.title ? { title: draft.title } : {}),
    kind,
    findingCounts: draft.findingCounts,
    findings: draft.findings,
    ...(draft.quoted ? { quoted: draft.quoted.text } : {}),
    line: draft.range.start.line + 1,
    language: draft.wordedIn,
    counts: draft.counts,
    labels: draft.preview,
  };
}

/** The front-page preview: one webview that follows its document as it is edited. */
export class HeadlinePreview implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  /** The draft shown as the lead story; undefined shows every draft in order. */
  private leadDraft?: number;

  constructor(private readonly client: BaseLanguageClient) {}

  async show(document: vscode.TextDocument, leadDraft?: number): Promise<void> {
    this.document = document;
    this.leadDraft = leadDraft;
    if (!this.panel) {
      // No scripts: the page is static HTML under a strict content security policy.
      this.panel = vscode.window.createWebviewPanel(
        'supportTone.headlinePreview',
        vscode.l10n.t('Headline preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal(undefined, true);
    }
    await this.render();
  }

  /** Re-renders when the previewed document changed. */
  async refresh(uri: vscode.Uri): Promise<void> {
    if (this.panel && this.document?.uri.toString() === uri.toString()) await this.render();
  }

  private async render(): Promise<void> {
    const { panel, document } = this;
    if (!panel || !document) return;
    const headlines = await requestHeadlines(this.client, document);
    if (!headlines || this.panel !== panel) return;
    const drafts = headlines.drafts.map((draft) => toStory(draft, headlines.kind));
    const lead = this.leadDraft !== undefined && this.leadDraft < drafts.length ? this.leadDraft : 0;
    const stories = [drafts[lead], ...drafts.filter((_, index) => index !== lead)].filter((story) => story !== undefined);
    const fileName = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    panel.title = vscode.l10n.t('Headline: {0}', fileName);
    panel.webview.html = renderFrontPage({
      companyName: headlines.companyName,
      language: headlines.language,
      wordedIn: headlines.wordedIn,
      labels: headlines.preview,
      date: new Date(),
      fileName,
      stories,
      nonce: btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16)))),
      cspSource: panel.webview.cspSource,
    });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
