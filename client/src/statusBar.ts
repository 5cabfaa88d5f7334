import * as vscode from 'vscode';
import { countBySeverity } from '../../server/src/shared/presentation';
import type { HeadlinesResult } from '../../server/src/shared/protocol';
import { statusCounts, type StatusCountMessages } from './statusCounts';

/** The count words in VS Code's display language (English until a translation bundle gives them). */
function countMessages(): StatusCountMessages {
  return {
    error: vscode.l10n.t('{count, plural, one {# error} other {# errors}}'),
    warning: vscode.l10n.t('{count, plural, one {# warning} other {# warnings}}'),
    info: vscode.l10n.t('{count, plural, one {# note} other {# notes}}'),
    none: vscode.l10n.t('no findings'),
  };
}

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
    const kind = headlines.kind === 'reply' ? vscode.l10n.t('Reply') : vscode.l10n.t('Article');
    const language = headlines.language.toUpperCase();
    // The messages are English, with English plural rules, unless a translation of them is loaded.
    const uiLanguage = vscode.l10n.bundle ? vscode.env.language : 'en';
    const state = headlines.skipped ? vscode.l10n.t('not checked') : statusCounts(counts, countMessages(), uiLanguage);
    this.item.text = `$(megaphone) ${kind} · ${language} · ${state}`;
    const decision = vscode.l10n.t(
      'Support Tone: {0} ({1}), language {2} ({3})',
      kind.toLowerCase(),
      headlines.kindReason,
      language,
      headlines.languageReason,
    );
    this.item.tooltip = [
      decision,
      ...(headlines.skipped ? [headlines.skipped] : []),
      vscode.l10n.t('Click to open the Problems view.'),
    ].join('\n');
    this.item.show();
  }

  hide(): void {
    this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }
}
