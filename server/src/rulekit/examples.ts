import { ToneChecker } from '../engine/checker';
import { applyFixes } from '../engine/edits';
import type { DocumentKind, Finding } from '../engine/model';
import type { LanguagePack } from '../engine/pack';
import type { Rule } from '../engine/rule';
import type { RuleExamples } from './load';

/** An embedded example the rule does not live up to: where it is in the rule (`["flag", 0]`) and what went wrong. */
export interface ExampleFailure {
  path: (string | number)[];
  message: string;
}

/** The kind a rule's examples are checked as: their own `kind`, else the rule's first kind, else reply. */
export function exampleKind(definition: { examples?: RuleExamples; kinds?: DocumentKind[]; missing?: object }): DocumentKind {
  return (
    definition.examples?.kind ?? definition.kinds?.[0] ?? (Object.keys(definition.missing ?? {})[0] as DocumentKind | undefined) ?? 'reply'
  );
}

const shown = (text: string) => JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * Runs the tests inside a rule, as prh's `specs` and Weir's `test`/`allows`: every `flag` text
 * gets a finding of the rule, no `pass` text does, and applying the rule's quick fixes (the first
 * of each finding) turns each `fix.from` into `fix.to`. Only the rule itself runs.
 */
export function runExamples(rule: Rule, examples: RuleExamples, pack: LanguagePack, kind: DocumentKind): ExampleFailure[] {
  const checker = new ToneChecker(pack, [rule]);
  const findings = (text: string): Finding[] =>
    checker
      .check(text, { format: 'markdown', kind: { kind, reason: 'rule example' } })
      .findings.filter((finding) => finding.ruleId === rule.id);
  const failures: ExampleFailure[] = [];
  (examples.flag ?? []).forEach((text, index) => {
    if (findings(text).length === 0) failures.push({ path: ['flag', index], message: `is not flagged: ${shown(text)}` });
  });
  (examples.pass ?? []).forEach((text, index) => {
    const [first] = findings(text);
    if (first) failures.push({ path: ['pass', index], message: `is flagged at ${shown(first.text)}: ${first.message}` });
  });
  (examples.fix ?? []).forEach(({ from, to }, index) => {
    const fixes = findings(from).flatMap((finding) => finding.fixes.slice(0, 1));
    const fixed = applyFixes(from, fixes).text;
    if (fixes.length === 0) failures.push({ path: ['fix', index], message: `offers no fix for ${shown(from)}` });
    else if (fixed !== to) failures.push({ path: ['fix', index], message: `fixes ${shown(from)} to ${shown(fixed)}, not ${shown(to)}` });
  });
  return failures;
}
