import { MarkupKind, type Hover } from 'vscode-languageserver';
import { languageName } from '../engine/language';
import type { LanguageDecision } from '../engine/model';
import type { Rule } from '../engine/rule';

/**
 * Hover text for a finding: what the rule flags, why it matters to the customer, an example (when the rule has one), the docs
 * and the draft's language.
 */
export function ruleHover(rule: Rule, message: string, language: LanguageDecision): Hover {
  const quote = (text: string) =>
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value: [
        `**${rule.summary}** · \`${rule.id}\``,
        message,
        `*Why it matters (${rule.principle}):* ${rule.why}`,
        ...(rule.example ? [`Instead of:\n\n${quote(rule.example.bad)}\n\ntry:\n\n${quote(rule.example.good)}`] : []),
        `[Rule documentation](${rule.docs})`,
        languageLine(language),
      ].join('\n\n'),
    },
  };
}

/** Hover text for the notice on a file in a language no pack checks. */
export function noticeHover(message: string, language: LanguageDecision): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: [message, languageLine(language)].join('\n\n') } };
}

function languageLine(language: LanguageDecision): string {
  return `*Language:* ${languageName(language.language)} (${language.reason})`;
}
