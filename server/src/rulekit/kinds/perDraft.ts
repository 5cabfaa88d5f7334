import type { Draft, Sentence, Span } from '../../engine/model';
import type { Messages } from '../../engine/pack';
import type { PhraseMatch } from '../../engine/phrases';
import { matchSpan, type RuleContext } from '../../engine/rule';
import { inQuotationMarks, isQuestion, meetsConditions } from '../conditions';

/**
 * The kinds that judge a draft as a whole — how often, whether one phrase brings another, how
 * long, which register — reporting on the sentences at fault. Messages are the rule's own words;
 * `{count}`, `{min}`, `{max}`, `{register}` and `{other}` in them are filled in, so no wording here
 * belongs to one language.
 */

/** A match the rule means: a phrase of its table (not a marker of another role) outside quotation marks that meets its conditions. */
function flaggable(context: RuleContext, when: readonly string[], role: string | undefined) {
  return (sentence: Sentence, match: PhraseMatch): boolean =>
    match.entry.role === role &&
    !inQuotationMarks(sentence, match) &&
    meetsConditions([...when, ...(match.entry.when ?? [])], sentence, match, context);
}

/** Every match of one role in a draft, in document order. */
function matchesIn(
  draft: Draft,
  context: RuleContext,
  when: readonly string[],
  role?: string,
): { sentence: Sentence; match: PhraseMatch }[] {
  const keep = flaggable(context, when, role);
  return draft.sentences.flatMap((sentence) =>
    context
      .matches(sentence)
      .filter((match) => keep(sentence, match))
      .map((match) => ({ sentence, match })),
  );
}

const phraseOf = (context: RuleContext, span: Span) => context.text.slice(span.start, span.end).replace(/\s+/g, ' ');

/** Fills `{name}` placeholders; unknown names stay as written. */
export function fill(message: string, values: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface Bounds {
  min?: number;
  max?: number;
}

/**
 * Reports a draft that has fewer than `min` or more than `max` of something: at the first one over the limit, or the draft's
 * first line.
 */
function reportBounds(context: RuleContext, draft: Draft, message: string, bounds: Bounds, items: readonly Span[], count: number): void {
  const values = { count, min: bounds.min ?? '', max: bounds.max ?? '' };
  if (bounds.max !== undefined && count > bounds.max) {
    const over = items[bounds.max];
    context.report({ start: over.start, end: over.end, message: fill(message, values) });
  } else if (bounds.min !== undefined && count < bounds.min) {
    context.report({ ...draft.firstLine, message: fill(message, values) });
  }
}

export interface OccurrenceCheck extends Bounds {
  message: string;
  count: 'matches' | 'questions';
  when: readonly string[];
}

/** The `occurrence` kind: at most / at least so many phrase matches (or questions) per draft. */
export function checkOccurrence(context: RuleContext, check: OccurrenceCheck): void {
  for (const draft of context.drafts) {
    const items: Span[] =
      check.count === 'questions'
        ? draft.sentences.filter((sentence) => sentence.words.length > 0 && isQuestion(sentence))
        : matchesIn(draft, context, check.when).map(({ sentence, match }) => matchSpan(sentence, match));
    reportBounds(context, draft, check.message, check, items, items.length);
  }
}

export interface LengthCheck extends Bounds {
  message: string;
  unit: 'words' | 'sentences';
}

/**
 * The `length` kind: words or sentences of a draft's body (the greeting and sign-off lines aside);
 * a long draft is reported at the sentence that passes the limit.
 */
export function checkLength(context: RuleContext, check: LengthCheck): void {
  for (const draft of context.drafts) {
    const inBody = (sentence: Sentence) =>
      sentence.words.some((word) => word.start >= draft.bodyStart) && (!draft.signOff || sentence.start < draft.signOff.start);
    const sentences = draft.sentences.filter(inBody);
    // Each sentence stands for as many items as it counts, so the item over the limit names its sentence.
    const items = check.unit === 'sentences' ? sentences : sentences.flatMap((sentence) => sentence.words.map(() => sentence));
    reportBounds(context, draft, check.message, check, items, items.length);
  }
}

export interface ConditionalCheck {
  message: string;
  when: readonly string[];
}

/** Marks the phrases a conditional rule requires (its `then`), apart from the ones that trigger it. */
export const THEN_ROLE = 'then';

/** The `conditional` kind: a draft that says one of the phrases must also say one of its `then` phrases; reported at the first trigger. */
export function checkConditional(context: RuleContext, check: ConditionalCheck, messages: Messages): void {
  for (const draft of context.drafts) {
    const [trigger] = matchesIn(draft, context, check.when);
    if (!trigger || matchesIn(draft, context, [], THEN_ROLE).length > 0) continue;
    const span = matchSpan(trigger.sentence, trigger.match);
    context.report({ ...span, message: messages.phraseFinding(phraseOf(context, span), check.message, undefined) });
  }
}

export interface ConsistencyCheck {
  message: string;
  when: readonly string[];
  /** The two registers' names, as their phrases' roles. */
  registers: readonly [string, string];
}

/** The `consistency` kind: a draft keeps to the register it opens with; phrases of the other one are reported. */
export function checkConsistency(context: RuleContext, check: ConsistencyCheck, messages: Messages): void {
  for (const draft of context.drafts) {
    const [first, second] = check.registers.map((register) => matchesIn(draft, context, check.when, register));
    if (first.length === 0 || second.length === 0) continue;
    const firstFirst = first[0].sentence.words[first[0].match.firstWord].start < second[0].sentence.words[second[0].match.firstWord].start;
    const [register, other] = firstFirst ? check.registers : [check.registers[1], check.registers[0]];
    const message = fill(check.message, { register, other });
    for (const { sentence, match } of firstFirst ? second : first) {
      const span = matchSpan(sentence, match);
      context.report({ ...span, message: messages.phraseFinding(phraseOf(context, span), message, undefined) });
    }
  }
}
