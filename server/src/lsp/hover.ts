import { MarkupKind, type Hover } from 'vscode-languageserver';
import { languageName } from '../engine/language';
import type { LanguageDecision } from '../engine/model';
import type { HoverWords } from '../engine/pack';
import type { Rule } from '../engine/rule';

/**
 * Hover text for a finding: what the rule flags, why it matters to the customer, an example (when the rule has one), the docs
 * and the draft's language, labelled in the words of the draft's pack.
 */
export function ruleHover(rule: Rule, message: string, language: LanguageDecision, words: HoverWords): Hover {
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
        `*${words.why.replace('{0}', rule.principle)}* ${rule.why}`,
        ...(rule.example ? [`${words.insteadOf}\n\n${quote(rule.example.bad)}\n\n${words.write}\n\n${quote(rule.example.good)}`] : []),
        `[${words.docs}](${rule.docs})`,
        languageLine(language, words),
      ].join('\n\n'),
    },
  };
}

/** Hover text for the notice on a file in a language no pack checks. */
export function noticeHover(message: string, language: LanguageDecision, words: HoverWords): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: [message, languageLine(language, words)].join('\n\n') } };
}

function languageLine(language: LanguageDecision, words: HoverWords): string {
  return `*${words.language}* ${languageName(language.language)} (${language.reason})`;
}
