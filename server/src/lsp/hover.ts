import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Rule } from '../engine/rule';

/** Hover text for a finding: what the rule flags, why it matters to the customer, an example (when the rule has one) and the docs. */
export function ruleHover(rule: Rule, message: string): Hover {
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
      ].join('\n\n'),
    },
  };
}
