/** The public face of the engine with the shipped rules: what the CLI and the language server call. */
import { ToneChecker } from './engine/engine';
import type { Rule } from './engine/rule';
import { RULES } from './rules';

export type { CheckOptions } from './engine/engine';
export type { CheckResult, Finding, DraftResult, Fix, TextEdit, Severity, DocumentKind } from './engine/types';

/** A checker with every shipped rule (or the given ones). Keep one per document for incremental re-checks. */
export function createChecker(rules: readonly Rule[] = RULES): ToneChecker {
  return new ToneChecker(rules);
}
