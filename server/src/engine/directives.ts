import type { LineIndex } from './lineIndex';
import type { Directive } from './formats/types';
import type { Finding } from './model';

/**
 * Hides findings silenced by inline directives: `support-tone-disable [ids]` until a matching
 * `support-tone-enable [ids]`, and `support-tone-disable-next-line [ids]` for the line after it.
 * No ids means every rule.
 */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], lines: LineIndex): Finding[] {
  if (directives.length === 0) return findings;
  return findings.filter((finding) => !isSilenced(finding, directives, lines));
}

function isSilenced(finding: Finding, directives: readonly Directive[], lines: LineIndex): boolean {
  const applies = (directive: Directive) => directive.ruleIds.length === 0 || directive.ruleIds.includes(finding.ruleId);
  let disabled = false;
  for (const directive of directives) {
    if (directive.start > finding.start) break;
    if (directive.type === 'language' || !applies(directive)) continue;
    if (directive.type === 'disable') disabled = true;
    else if (directive.type === 'enable') disabled = false;
    else if (lines.lineAt(directive.end) + 1 === lines.lineAt(finding.start)) return true;
  }
  return disabled;
}
