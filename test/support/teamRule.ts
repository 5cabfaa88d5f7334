import { createChecker, DEFAULT_PACK } from '../../server/src/api';
import type { DocumentKind } from '../../server/src/engine/model';
import type { Rule } from '../../server/src/engine/rule';
import { loadRule, TEAM_RULE_LIMITS } from '../../server/src/rulekit/load';
import { parseMarkers } from '../rules/harness';

/** The fields every team rule needs that a test does not care about. */
export const BASE = { summary: 'A team rule under test', principle: 'P9', severity: 'warning' } as const;

/** Loads a team rule definition as a config would: English messages, team limits. */
export function teamRule(definition: Record<string, unknown>): Rule {
  return loadRule(
    { id: 'acme/test', ...BASE, ...definition },
    { messages: DEFAULT_PACK.messages, docsUrl: (id) => `https://style.example/${id}` },
    TEAM_RULE_LIMITS,
  );
}

/** Checks a text with one rule; returns the text with `[[…]]` around each finding, and the findings' messages. */
export function flagged(rule: Rule, text: string, kind: DocumentKind = 'reply'): { marked: string; messages: string[] } {
  const { findings } = createChecker([rule]).check(text, { format: 'markdown', kind: { kind, reason: 'test' } });
  let marked = text;
  for (const finding of [...findings].sort((a, b) => b.start - a.start))
    marked = `${marked.slice(0, finding.start)}[[${marked.slice(finding.start, finding.end)}]]${marked.slice(finding.end)}`;
  return { marked, messages: findings.map((finding) => finding.message) };
}

export { parseMarkers };
