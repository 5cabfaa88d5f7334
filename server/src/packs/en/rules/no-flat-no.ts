import { removeSpan } from '../../../engine/fixes';
import { isEmailAddress, type Sentence } from '../../../engine/model';
import { anyOf, type PhraseEntry, type PhraseMatch } from '../../../engine/phrases';
import { wordSpan, type SentenceRule } from '../../../engine/rule';
import { meetsConditions, setOffByMark } from '../../../rulekit/conditions';
import { docsUrl } from '../docs';
import { fixTitles } from '../fixTitles';

const WE = '{we|i|our team|support}';
/** "Can't" and "unable to" in their forms; "don't" joins them only before the verbs in GRANTED. */
const UNABLE = [
  "can't",
  'cannot',
  'can not',
  "won't be able to",
  'will not be able to',
  'are unable to',
  'am unable to',
  "aren't able to",
  'are not able to',
  "'re unable to",
  "'m unable to",
  "'re not able to",
  "'m not able to",
];
/** Things a company grants or does for a customer: refusing them with "don't" refuses too. */
const GRANTED = [
  'do',
  'offer',
  'provide',
  'give',
  'issue',
  'grant',
  'make',
  'process',
  'accept',
  'allow',
  'approve',
  'refund',
  'help',
  'change',
  'extend',
  'honor',
  'honour',
  'reverse',
  'cancel',
  'restore',
  'recover',
  'reopen',
  'support',
  'waive',
  'remove',
  'transfer',
  'ship',
  'send',
  'replace',
  'exchange',
  'reinstate',
  'override',
  'unlock',
  'undo',
  'fix',
];
const CANNOT = `${anyOf([
  ...UNABLE,
  "couldn't",
  'could not',
  'is unable to',
  'were unable to',
  'was unable to',
  'am not able to',
  'are not allowed to',
  "aren't allowed to",
  'am not allowed to',
  "don't",
  'do not',
])} ${anyOf(GRANTED)}`;
/** Verbs refused with "can't" or "unable to" but not with "don't": "we don't share your data" reassures. */
const CANNOT_ONLY = `${anyOf(UNABLE)} ${anyOf([
  'display',
  'show',
  'assist',
  'revert',
  'proceed',
  'expedite',
  'accommodate',
  'disclose',
  'unban',
  'lift',
  'review',
  'consider',
  'investigate',
  'allow',
  'commit to',
])}`;
/** Adverbs a polite writer puts inside a refusal ("we are unfortunately unable to"). */
const SOFTENER = '{unfortunately|currently|sadly|still|simply|just|regrettably}';
/** "Not yet" as a reply says it: no news is a refusal for now, not a statement of what is stored. */
const NOT_YET = '{yet|at the moment|at this time}';

/**
 * Discouraging the channel the customer used ("you will probably not get a reply here"): the
 * "ask elsewhere" that follows is the refusal itself, so a later pointer does not clear it. Final
 * decisions and withheld information are the same: nothing offered afterwards undoes them.
 */
const REDIRECTS: PhraseEntry[] = [
  { pattern: '{will|would} {likely|probably|} not {receive|get} {a|any} {response|reply|answer}' },
  { pattern: "{it's|it is} unlikely {you'll|you will|that you'll|that you will} {receive|get}" },
  // A final decision and withheld information stand whatever follows: an offer elsewhere does not undo them.
  { pattern: 'no choice but to {decline|deny|reject|refuse|remove|close}' },
  { pattern: "{we|i} {don't|do not} have {any|any more|any further|further|more} {details|information|detail|info}" },
  { pattern: "{we|i} {can't|cannot} {give you|share|provide} {any|further|more} {details|information|detail|info}" },
];

/** What a customer asks when a change will come: a reply that has none to give refuses for now. */
const NO_DATE = ['eta', 'etas', 'timeline', 'timeframe', 'time frame', 'estimate', 'release date'];

/** What a customer asks back, refused by us ("we don't offer refunds") or by a seller ("the store does not issue refunds"). */
const MONEY_BACK = ['refunds', 'exceptions', 'returns', 'credits', 'partial refunds', 'cash refunds'];

/** Refusals; what counts as "an alternative follows" is in ALTERNATIVE_PHRASES. */
const REFUSAL_PHRASES: PhraseEntry[] = [
  { pattern: `${WE} ${CANNOT}` },
  { pattern: `${WE} ${CANNOT_ONLY}` },
  { pattern: "{we're|i'm|we are|i am} {unable|not able} to" },
  { pattern: `{we're|i'm|we are|i am} ${SOFTENER} {unable|not able} to` },
  { pattern: `${WE} ${SOFTENER} {can't|cannot|can not|won't|will not}` },
  { pattern: `${WE} {generally|usually|typically|normally} {do not|don't} ${anyOf(GRANTED)}` },
  { pattern: "{we|i} {can't|cannot|can not} {help you|help with that|do that|do anything|do this}" },
  {
    pattern: `{this isn't|that isn't|it isn't|it's not|that's not|this is not|it is not} ${anyOf([
      'possible',
      'allowed',
      'permitted',
      'an option',
      'something we can do',
      'something we do',
      'something we offer',
      'something I can do',
      "something we're able to do",
      'something we are able to do',
      'something we can offer',
      'something we support',
    ])}`,
  },
  // Clause-initial only: in "a domain that is not allowed to federate", "that" opens a relative clause.
  {
    pattern: 'that is not {possible|allowed|permitted|an option|something we can do|something we offer|something we are able to do}',
    when: ['clauseInitial'],
  },
  { pattern: "{isn't|is not} something {we're|we are|i'm|i am} able to do" },
  { pattern: "{it's|it is|that's|that is|this is} impossible" },
  { pattern: '{is|are} {currently|} impossible' },
  // A seller or service named as the subject refuses the money back as much as "we" do ("Acme cannot refund used credits").
  { pattern: "{cannot|can't|can not|will not|won't} {refund|reimburse}" },
  { pattern: "{there's|there is|there isn't|there is not} {nothing|anything|not much|little} {that|} {we|I|else we|else I} can do" },
  { pattern: 'nothing {more|else} can be done' },
  { pattern: 'nothing can be done' },
  {
    pattern: `{we|i} {do not|don't|no longer} {offer|provide|give|do|issue|accept|allow|make exceptions|support} ${anyOf([
      ...MONEY_BACK,
      'extensions',
      'compensation',
      'that',
      'this',
      'those',
    ])}`,
  },
  {
    pattern:
      "{we|i} {will not|won't} {be refunding|be issuing|refund|issue|make an exception|be making an exception|accept|approve|allow|permit}",
  },
  { pattern: "{we're|we are|i'm|i am} not {going to|in a position to}" },
  { pattern: '{we|i} {have to|must|need to} {decline|refuse|reject}', when: ['onlyInReplies'] },
  { pattern: "{there's|there is} not anything {we|i} can do" },
  { pattern: '{not|no longer} eligible for {a|any|} {refund|refunds|replacement|compensation|credit|credits|exchange}' },
  { pattern: 'ineligible for {a|any|} {refund|refunds|replacement|compensation|credit|credits|exchange}' },
  { pattern: '{your|the} request {is|has been|was} {denied|declined|rejected|refused}' },
  // In a help page, "the appeal has been rejected" names a status; in a reply it is the verdict.
  { pattern: '{your|the} {appeal|application|claim} {is|has been|was} {denied|declined|rejected|refused}', when: ['onlyInReplies'] },
  // Tracker jargon for "we will not fix it": a flat no, whatever the reply explains around it.
  { pattern: "{as|a} {wontfix|won't fix}", when: ['onlyInReplies'] },
  { pattern: 'no {refunds|exceptions|returns|extensions} {will be|can be|are} {given|made|issued|accepted|granted}' },
  { pattern: "{unfortunately|} {that's|that is} not {something|an option}" },
  // The customer's object, refused in the passive ("credit cannot be re-gifted"); good-news verbs such as "deleted" stay out.
  {
    pattern: `{cannot|can't|can not|will not|won't} be ${anyOf([
      'taken',
      'refunded',
      'transferred',
      'reversed',
      'revoked',
      'reinstated',
      'appealed',
      'further appealed',
      're-gifted',
      'regifted',
      'granted',
      'approved',
      'accepted',
      'extended',
      'unlocked',
      'merged',
      'exchanged',
      'lifted',
    ])}`,
  },
  { pattern: "{is not|are not|isn't|aren't} {currently|} {eligible|refundable|transferable|prorated}" },
  { pattern: "{there is|there's} no way {to|for us to|we can} {recover|restore|refund|retrieve|get back|return}" },
  { pattern: '{is|are} non-refundable' },
  { pattern: '{decision|decisions|sale|sales|purchase|purchases|ruling} {is|are} {final|non-negotiable}' },
  { pattern: '{a|our} {no-refund|no-refunds|no refund|no refunds} policy' },
  { pattern: `{does not|doesn't} {offer|provide|give|issue|accept} ${anyOf(MONEY_BACK)}` },
  { pattern: "{that's|that is|this is|it's|it is} not going to be {implemented|added|supported|fixed|changed}" },
  { pattern: '{we|i} have no {plans|intention} to {implement|add|support|fix|change|build|offer|provide}' },
  { pattern: "{we're|we are|i'm|i am} not planning to {implement|add|support|fix|change|build|offer|provide|do}" },
  { pattern: "{we're|we are|i'm|i am} {very|highly|} unlikely to {fix|change|add|implement|support}" },
  { pattern: 'decided to keep {it|this|that} {as it is|as is|unchanged}' },
  // In a reply, no date or news yet refuses too, unless what the writer will do follows; "no information about your card"
  // reassures. A help page's "no release date yet" answers a roadmap question, and what follows it is rarely a phrase we know.
  {
    pattern: "{there is|there's} {currently|still|} no {eta|timeline|timeframe|estimate|estimated date|release date}",
    when: ['onlyInReplies'],
  },
  {
    pattern: `{we|i} {currently|still|} have no {information|info|details|news|updates|eta|timeline} {*|} {*|} {*|} ${NOT_YET}`,
    when: ['onlyInReplies'],
  },
  { pattern: `{we|i} {don't|do not} {currently|} have {an|any} ${anyOf(NO_DATE)}`, when: ['onlyInReplies'] },
  { pattern: `no ${anyOf(NO_DATE)}`, when: ['onlyInReplies', 'clauseInitial'] },
  // "No information" refuses too; "we don't share any information" (a privacy promise) stays out.
  ...REDIRECTS,
  { pattern: '{is|are} {not|no longer} {currently|} being {worked on|developed|considered}' },
];

/** Words that offer what the writer CAN do, or a step already taken: a refusal followed by one of these is not flat. */
const ALTERNATIVE_PHRASES: PhraseEntry[] = [
  'but',
  'however',
  'although',
  'instead',
  'alternatively',
  'what {we|i} can do',
  "here's what",
  'here is what',
  '{we|i|you} can',
  "{we|i|you} {could|'d|would} {be happy to|be glad to|like to}",
  "{i'll|i will|we'll|we will|let me|i'm going to|we're going to}",
  'happy to',
  'glad to',
  'the good news',
  'in the meantime',
  'meanwhile',
  'option',
  'options',
  'offer',
  'suggest',
  'recommend',
  'advise',
  '{my|our} {suggestion|recommendation|advice}',
  'would you like',
  'as a workaround',
  'workaround',
  'you may',
  'you might',
  'try',
  'if you',
  'what I can offer',
  `{i've|i have|we've|we have} {already|} ${anyOf([
    'asked',
    'arranged',
    'escalated',
    'forwarded',
    'passed',
    'sent',
    'contacted',
    'requested',
    'opened',
    'created',
    'added',
    'set up',
    'booked',
    'moved',
    'issued',
    'applied',
    'started',
    'filed',
  ])}`,
  '{could|can|would} you',
  'please',
].map((pattern) => ({ pattern, role: 'alternative' }));

/** Pointers that sound like an alternative but offer nothing new (reading more about the refusal is not a way forward), and warnings. */
const NOT_ALTERNATIVES: PhraseEntry[] = [
  "please {read|see|refer|note|understand|check|review|make sure|ensure|do not|don't|be aware}",
  '{you can|you may} {find|read|see|learn|check|refer}',
  'if you have any {more|other|further|} {questions|information|info}',
  // A warning before an irreversible step, not a refusal: "Deleting a vault cannot be undone."
  "{action|deletion|step|operation|this} {cannot|can't|can not} be {undone|reversed}",
  // Someone else's power, not ours to offer: "I can't refund it, only the App Store can".
  'only {*|} {*|} {*|} {can|could}',
  // Regret for a limited answer, not a refusal: "I'm sorry I couldn't help more".
  "sorry {that|} {i|we} {couldn't|could not|can't|cannot|wasn't able to|weren't able to} {help|do more|be more helpful|be of more help}",
].map((pattern) => ({ pattern, ignore: true }));

/** After an opening "No,": good news that answers a worried question ("No, you won't be charged twice"). */
const REASSURANCE_PHRASES: PhraseEntry[] = [
  `you {don't|do not|won't|will not|didn't|did not|haven't|have not|aren't|are not} ${anyOf([
    'need',
    'have to',
    'be charged',
    'lose',
    'lost',
    'miss',
    'missed',
    'do anything',
    'pay',
    'owe',
  ])}`,
  '{nothing|none of your *|no data} {was|were|has been|have been|will be|is} {lost|deleted|charged|affected|changed|removed|shared}',
  `{didn't|did not|won't|will not|wasn't|was not|weren't|were not|hasn't|has not|isn't|is not} ${anyOf([
    'delete',
    'deleted',
    'lose',
    'lost',
    'affect',
    'affected',
    'charge',
    'charged',
    'remove',
    'removed',
    'erase',
    'erased',
    'change',
    'changed',
    'cancel',
    'cancelled',
    'canceled',
    'expire',
    'expired',
    'shared',
    'a problem',
    'a scam',
    'a virus',
  ])}`,
  "{there's|there is} no {need|charge|problem|risk}",
  "{don't|do not} worry",
].map((pattern) => ({ pattern, role: 'reassurance' }));

export const noFlatNo: SentenceRule = {
  id: 'no-flat-no',
  scope: 'sentence',
  summary: 'A flat refusal with no alternative in the same sentence or the next two',
  principle: 'P3',
  why: '"No" is the most dangerous word in customer service: tell customers what you can do, not what you can\'t.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('no-flat-no'),
  example: {
    bad: "No, we can't extend your trial.",
    good: "We can't extend the trial itself, but I can move your data to the free plan so nothing is lost.",
  },
  headline: 'Refuses Customer',
  rank: 3,
  label: 'a flat refusal',
  phrases: [...REFUSAL_PHRASES, ...ALTERNATIVE_PHRASES, ...NOT_ALTERNATIVES, ...REASSURANCE_PHRASES],
  check(context) {
    // An e-mail address is another channel that can help ("write to billing@…"), before the refusal as well as after it;
    // a page to read about the refusal is not.
    const givesAddress = (sentence: Sentence, fromWord: number) =>
      sentence.links.some((link) => isEmailAddress(link) && link.start >= (sentence.words[fromWord]?.start ?? sentence.end));
    const offersAlternative = (sentence: Sentence, fromWord: number) =>
      context.matches(sentence).some((match) => match.entry.role === 'alternative' && match.firstWord >= fromWord) ||
      givesAddress(sentence, fromWord);
    /** One refusal per paragraph: the second sentence of the same "no" repeats it. */
    let reported: Sentence | undefined;
    let previous: Sentence | undefined;
    for (const sentence of context.sentences) {
      // Sentences hold no blank line, so the gaps since the reported one tell whether its paragraph goes on.
      if (reported && (reported.draft !== sentence.draft || BLANK_LINE.test(context.text.slice(previous!.end, sentence.start))))
        reported = undefined;
      previous = sentence;
      if (reported) continue;
      const matches = context.matches(sentence);
      const opensWithFlatNo = opensWithNo(sentence);
      if (matches.length === 0 && !opensWithFlatNo) continue;
      const following = context.sentences
        .slice(sentence.index + 1, sentence.index + 1 + ALTERNATIVE_WINDOW)
        .filter((later) => later.draft === sentence.draft);
      const before = context.sentences[sentence.index - 1];
      const addressBefore =
        before?.draft === sentence.draft && !BLANK_LINE.test(context.text.slice(before.end, sentence.start)) && givesAddress(before, 0);
      const flat = (fromWord: number) =>
        !addressBefore && !offersAlternative(sentence, fromWord) && !following.some((later) => offersAlternative(later, 0));
      const refusals = matches
        .filter((match) => match.entry.role === undefined && !match.entry.ignore)
        .filter((match) => meetsConditions([...REFUSAL_CONDITIONS, ...(match.entry.when ?? [])], sentence, match, context));
      const reassures = matches.some((match) => match.entry.role === 'reassurance');
      if (
        opensWithFlatNo &&
        !context.allowed(sentence, 0) &&
        (refusals.length > 0 || !reassures) &&
        flat(1) &&
        meetsConditions(OPENING_NO_CONDITIONS, sentence, OPENING_NO, context)
      ) {
        const span = wordSpan(sentence, 0);
        context.report({
          ...span,
          message: "A flat 'No' opens this sentence: lead with what you can do.",
          fixes: [removeSpan(context.text, span, fixTitles, sentence)],
        });
        reported = sentence;
      }
      for (const match of refusals) {
        if (!REDIRECTS.includes(match.entry) && !flat(match.lastWord + 1)) continue;
        const span = wordSpan(sentence, match.firstWord, match.lastWord);
        const phrase = context.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        context.report({
          ...span,
          message: `'${phrase}' is a flat refusal: say what you can do instead, in this sentence or the next two.`,
        });
        reported = sentence;
      }
    }
  },
};

/** A line with nothing but white space: a paragraph ends there. */
const BLANK_LINE = /\n[^\S\n]*\n/;

/** How many sentences after a refusal may still offer the alternative (same draft only). */
const ALTERNATIVE_WINDOW = 2;

/** Where a refusal is not one: the reader's question, a hypothesis, a label, a quotation, a request with a condition, a reason. */
const REFUSAL_CONDITIONS = [
  'notQuestion',
  'notConditional',
  'notInHeading',
  'notInTable',
  'notQuotation',
  'notUiLabel',
  'notLinkText',
  'noRequirementAfter',
  'notPastReason',
  'notExplainedInArticle',
  'notListLeadIn',
];

/** An opening "No" that answers an FAQ question, or sits in a heading, table or quotation, refuses nothing. */
const OPENING_NO_CONDITIONS = ['notFaqAnswer', 'notQuestion', 'notInHeading', 'notInTable', 'notQuotation'];

const OPENING_NO: PhraseMatch = { ruleId: 'no-flat-no', entry: { pattern: 'no' }, firstWord: 0, lastWord: 0 };

/** A sentence-opening "No" followed by a comma, full stop or exclamation mark ("No problem" is not one). */
function opensWithNo(sentence: Sentence): boolean {
  // Read the text first: most sentences do not open with "no", and their words need not be placed.
  if (!/^[^\p{L}\p{N}]*no(?![\p{L}\p{N}])/iu.test(sentence.text)) return false;
  return sentence.words[0]?.norm === 'no' && setOffByMark(sentence, 0);
}
