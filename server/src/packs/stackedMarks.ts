import { makeFix } from '../engine/fixes';
import type { Mark } from '../engine/model';
import type { RuleMeta, SentenceRule } from '../engine/rule';

/** Adjacent "!" and "?" marks joined into runs ("?!?" may arrive as separate marks; "%" then "!!!" stays two). */
export function exclamationRuns(marks: readonly Mark[]): Mark[] {
  const runs: Mark[] = [];
  for (const mark of marks) {
    if (!/^[!?]+$/.test(mark.text)) continue;
    const last = runs.at(-1);
    if (last && last.end === mark.start) runs[runs.length - 1] = { start: last.start, end: mark.end, text: last.text + mark.text };
    else runs.push({ ...mark });
  }
  return runs;
}

/** A run that raises the voice: two or more marks with an "!" among them, or three or more "?". */
export const isStacked = (run: string): boolean => /^[!?]*![!?]+$|^[!?]+![!?]*$|^\?{3,}$/.test(run);

/** The single mark a stacked run becomes: "?" when it asks, else "!". */
export const singleMark = (run: string): string => (run.includes('?') ? '?' : '!');

/** How a pack words its shouting rule: metadata (its docs page aside) and the finding's message for a run. */
export interface StackedMarksWords extends Omit<RuleMeta, 'id' | 'principle' | 'severity' | 'fixable' | 'docs'> {
  message: (run: string, single: string) => string;
}

/**
 * The shouting rule of a pack without an English-style capitals check: stacked "!!!" and "?!?"
 * only, each fixed to one mark under the pack's own "replace with" title.
 */
export function stackedMarksRule(words: StackedMarksWords & { docs: string; fixTitle: (single: string) => string }): SentenceRule {
  const { message, fixTitle, ...meta } = words;
  return {
    ...meta,
    id: 'no-shouting',
    principle: 'P8',
    severity: 'warning',
    fixable: true,
    scope: 'sentence',
    phrases: [],
    check(context) {
      for (const sentence of context.sentences) {
        for (const run of exclamationRuns(sentence.marks)) {
          if (!isStacked(run.text) || !run.text.includes('!')) continue;
          const span = { start: run.start, end: run.end };
          const single = singleMark(run.text);
          context.report({
            ...span,
            message: message(run.text, single),
            fixes: [makeFix(fixTitle(single), [{ ...span, newText: single }])],
          });
        }
      }
    },
  };
}
