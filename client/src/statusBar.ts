import * as vscode from 'vscode';
import { countBySeverity, describeCounts, SHORT_COUNTS } from '../../server/src/shared/presentation';
import type { HeadlinesResult } from '../../server/src/shared/protocol';

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
    const counts = countBySeverity(headlines.drafts.flatMap((draft) => draft.findings));
    const kind = headlines.kind === 'reply' ? 'Reply' : 'Article';
    const language = headlines.language.toUpperCase();
    this.item.text = `$(megaphone) ${kind} · ${language} · ${headlines.skipped ? 'not checked' : describeCounts(counts, SHORT_COUNTS)}`;
    this.item.tooltip =
      `Support Tone: ${kind.toLowerCase()} (${headlines.kindReason}), language ${language} (${headlines.languageReason})` +
      `${headlines.skipped ? `\n${headlines.skipped}` : ''}\nClick to open the Problems view.`;
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
