import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const CUSTOMER_ACTIONS =
  '{read|checked|followed|contacted|known|asked|called|backed up|updated|looked|noticed|paid attention|used|saved|waited|tried|reviewed|done|clicked|selected|entered|chosen|kept|made sure|double-checked|verified|confirmed|told us|mentioned|reported|installed|restarted|logged|cancelled|canceled|listened|thought|realized|realised|scrolled|downloaded|registered|subscribed|ordered|opened|closed}';
const SHOULD_HAVE = "{should have|should've|shouldn't have|should not have|ought to have}";
const CUSTOMER_DUTIES =
  '{read|check|follow|contact|ask|call|back up|update|look|pay attention|use|save|wait|review|click|select|enter|choose|keep|make sure|double-check|verify|confirm|tell us|mention|report|install|restart|log|cancel|listen|register|subscribe|order|open|close}';

/** Wording that makes the customer the cause. Rewrites are not mechanical, except for a few nouns. */
const BLAME_PHRASES: PhraseEntry[] = [
  { pattern: `you ${SHOULD_HAVE} ${CUSTOMER_ACTIONS}` },
  { pattern: `you {were supposed to|needed to|had to|were meant to|were told to|were asked to} ${CUSTOMER_DUTIES}` },
  { pattern: `you {failed|forgot|neglected|omitted|didn't bother|did not bother|didn't remember|did not remember} to` },
  { pattern: "you {didn't|did not|never} {read|follow|check|bother|look|pay attention|scroll|save|back up|listen}" },
  { pattern: 'you never {read|followed|checked|looked|scrolled|saved|backed up|listened|updated|confirmed}' },
  { pattern: 'you {ignored|overlooked|skipped|misconfigured|broke|caused} {the|our|my|your|it|this|that}' },
  { pattern: 'you {entered|typed|used|chose|selected|clicked|picked|set|sent|uploaded} the wrong' },
  { pattern: "you {must|must've|might|may} have {made a mistake|done something wrong|forgotten|ignored|broken|overlooked}" },
  { pattern: 'your {own} {mistake|fault|error|oversight|negligence}' },
  { pattern: "{that's|that is|this is|it's|it is|that was|this was|it was} {on you|your doing|your own doing}" },
  { pattern: 'user error' },
  { pattern: "{isn't|is not|wasn't|was not|not a|not} user error", ignore: true },
  { pattern: 'operator error' },
  { pattern: 'through no fault of ours' },
  { pattern: 'as I {|already|previously|clearly} {told|explained to|informed} you' },
  { pattern: 'as {we|I} {have} {already} told you' },
  { pattern: '{if|had} you {had} {followed|read|checked|listened to|paid attention to|looked at|used} {the|our|my}' },
  { pattern: "if you {would have|would've|had just|had simply} {followed|read|checked|listened|looked|used}" },
  { pattern: "because you {didn't|did not|failed to|forgot to|never}" },
  { pattern: "you {clearly|obviously} {didn't|did not|missed|ignored|forgot}" },
  { pattern: 'this {happened|happens|occurred} because you' },
  { pattern: '{it was|that was|this was} {a} {mistake|error} on your {part|end|side}' },
  { pattern: 'on your {end|side|part} {caused|is causing|was the problem|is the problem}' },
];

export const noBlame: SentenceRule = {
  id: 'no-blame',
  scope: 'sentence',
  summary: 'Wording that makes the customer the cause of the problem',
  principle: 'P1',
  why: 'Finding who was at fault never helps the customer; winning the argument loses them.',
  severity: 'error',
  fixable: false,
  docs: docsUrl('no-blame'),
  example: { bad: 'You should have read the setup guide first.', good: 'The setup guide skips this step, so here it is.' },
  headline: 'Blames Customer',
  phrases: BLAME_PHRASES,
  check(context) {
    checkPhrases(context, { message: 'makes the customer the cause: describe what happened and how to fix it.' });
  },
};
