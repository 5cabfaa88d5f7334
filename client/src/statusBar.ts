import * as vscode from 'vscode';
import { countSummary } from '../../server/src/lsp/headlines';
import type { HeadlinesResult } from '../../server/src/protocol';

/** The active document's kind and finding count; a click opens the Problems view. */
export class ToneStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('supportTone.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Support Tone';
    this.item.command = 'workbench.actions.view.problems';
  }

  show(headlines: HeadlinesResult | null): void {
    if (!headlines) {
      this.item.hide();
      return;
    }
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const draft of headlines.drafts)
      for (const severity of Object.keys(counts) as (keyof typeof counts)[]) counts[severity] += draft.findingCounts[severity];
    const kind = headlines.kind === 'reply' ? 'Reply' : 'Article';
    this.item.text = `$(megaphone) ${kind} · ${headlines.skipped ? 'not checked' : countSummary(counts)}`;
    this.item.tooltip = `Support Tone: ${kind.toLowerCase()} (${headlines.kindReason})${headlines.skipped ? `\n${headlines.skipped}` : ''}\nClick to open the Problems view.`;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
