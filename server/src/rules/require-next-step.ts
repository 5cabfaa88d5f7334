import { insertSentence } from '../engine/fixes';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type DraftRule } from '../engine/rule';
import type { Draft } from '../engine/drafts';

/** A concrete next step: who does what next. For articles, a "what next / contact us" is enough. */
const NEXT_STEP_PHRASES: PhraseEntry[] = [
  { pattern: "{i'll|i will|we'll|we will|i'm going to|we're going to|i am going to|we are going to|i shall|we shall} *" },
  { pattern: "{i'll|i will|we'll|we will} {be honest|admit|see|have to see|leave it there|be brief}", ignore: true },
  {
    pattern:
      "{our|the} {team|engineers|engineering team|billing team|support team|warehouse|courier|technician|specialist|developers} {will|'ll|is going to|are going to} *",
  },
  { pattern: '{i|we} can *' },
  { pattern: '{i|we} can {see|imagine|understand|appreciate|only imagine|assure you|confirm that|tell}', ignore: true },
  {
    pattern:
      "{i've|i have|we've|we have} {already} {sent|issued|refunded|credited|processed|escalated|scheduled|booked|arranged|shipped|restored|reset|reactivated|reopened|created|opened|filed|submitted|applied|added|extended|unlocked|upgraded|fixed|started|asked|moved|corrected|updated|cancelled|canceled|passed}",
  },
  { pattern: "{you'll|you will|you should|you'll also|expect to} {receive|get|see|hear from} {an|a|the|your|it|this|our|from|back}" },
  { pattern: 'expect {to hear|an email|a call|an update|a reply|a refund|a replacement|delivery|the}' },
  {
    pattern:
      "{next step|next steps|what happens next|here's what happens next|here is what happens next|here's what i'll do|here is what i will do|what's next|what next|from here}",
  },
  { pattern: "{here's|here is} the plan" },
  { pattern: '{reply|respond} to this {email|message|ticket}' },
  { pattern: '{just} {reply|respond} {here|with|and}' },
  {
    pattern:
      '{contact|email|call|ring|message|text|chat with|write to} {us|me|our support|support|our team|the support team|customer support}',
  },
  { pattern: 'write to *' },
  { pattern: '{reach|get} {out|in touch|in contact} {to|with} {us|me|our team|support}' },
  { pattern: '{get in touch|reach out}' },
  { pattern: '{open|submit|file|create|raise} a {ticket|request|support request|case|support ticket}' },
  { pattern: '{still|need} {need} {more} help' },
  {
    pattern:
      "{if|when} {this|that|these steps|the steps|it} {didn't|did not|doesn't|does not|don't|do not|hasn't|has not} {solve|fix|help|resolve|work}",
  },
  { pattern: '{if|when} the {problem|issue|error} {persists|continues|comes back|returns|remains}' },
  { pattern: "if you {still|continue to} {have|see|get|need|can't|cannot|experience}" },
  { pattern: '{see also|learn more|related articles|read more|further reading}' },
  { pattern: 'visit {our|the} {help center|status page|support page|community}' },
];

/** Where the missing step goes: before the sign-off in a reply, at the end of an article. */
function insertionPoint(draft: Draft, isReply: boolean): { at: number; text: string } {
  if (isReply && draft.signOff) return { at: draft.signOff.start, text: "I'll [next step] by [date], and I'll update you then.\n\n" };
  const closing = isReply
    ? "I'll [next step] by [date], and I'll update you then."
    : "If this didn't solve the problem, contact us at [contact link].";
  return { at: draft.end, text: `\n\n${closing}` };
}

export const requireNextStep: DraftRule = {
  id: 'require-next-step',
  scope: 'draft',
  check: 'nextStep',
  kinds: ['reply', 'article'],
  summary: 'A draft with no concrete next step (replies) or no "what next / contact us" (articles)',
  principle: 'P7',
  why: 'Saying what happens next, who does it and when gives the customer back a sense of control.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('require-next-step'),
  example: {
    bad: 'Hi Lee,\n\nWe are looking into the sync problem.\n\nBest,\nMo',
    good: "Hi Lee,\n\nWe are looking into the sync problem. I'll email you an update by Thursday noon.\n\nBest,\nMo",
  },
  headline: 'Leaves Customer Without a Plan',
  phrases: NEXT_STEP_PHRASES,
  whenMissing(draft, context) {
    const isReply = context.kind === 'reply';
    const { at, text } = insertionPoint(draft, isReply);
    return {
      ...(isReply ? (draft.signOff ?? draft.lastLine) : draft.lastLine),
      message: isReply
        ? 'No next step: say what happens next, who does it and when.'
        : 'No "what next": tell readers where to go if this did not solve it.',
      fixes: [insertSentence(at, text, isReply ? 'Add a next step before the sign-off' : 'Add a "contact us" line at the end')],
    };
  },
};
