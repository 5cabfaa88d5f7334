import { retext } from 'retext';
import retextEnglish from 'retext-english';
import type { LanguagePack, Lexicon, Messages } from '../../engine/pack';
import { inRunOrder } from '../../engine/rule';
import { loadRule, type RuleHost } from '../../rulekit/load';
import { ENGLISH_COUNTS } from '../../shared/presentation';
import { docsUrl } from './docs';
import { fixTitles } from './fixTitles';
import { writeHeadline } from './headline';
import principles from './principles.json';
import { RULE_DATA } from './rules';
import markers from './markers.json';
import { noFlatNo } from './rules/no-flat-no';
import { noShouting } from './rules/no-shouting';

const SIGN_OFFS = [
  'best',
  'best regards',
  'best wishes',
  'kind regards',
  'warm regards',
  'warmly',
  'regards',
  'thanks',
  'thank you',
  'many thanks',
  'thanks again',
  'cheers',
  'sincerely',
  'yours',
  'all the best',
  'talk soon',
  'speak soon',
  'take care',
  'with thanks',
  'respectfully',
];

const lexicon: Lexicon = {
  greeting: /^(hi|hello|hey|hiya|howdy|dear|greetings|good (morning|afternoon|evening))\b/i,
  signOff: new RegExp(`^(${SIGN_OFFS.join('|')})\\b`, 'i'),
  quoteHeader: /^\s*On\b.{4,200}\bwrote:\s*$/,
  imperativeLeadIns: new Set(['so', 'just', 'please', 'simply', 'then', 'and', 'now', 'today', 'really', 'should', 'must', 'definitely']),
  clauseOpeners: new Set(['and', 'but', 'so', 'or', 'because', 'unfortunately', 'sadly', 'however', 'though', 'still']),
  conditionals: new Set(['if', 'whether', 'unless']),
  wishes: new Set(['hope', 'hoped', 'hoping', 'hopefully', 'wish', 'wishing', 'crossed']),
  negations: new Set([
    ...['not', 'no', 'never', 'nor', 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't"],
    ...["weren't", "haven't", "hasn't", "hadn't", "wouldn't", "couldn't", "shouldn't"],
  ]),
  readerPronouns: new Set(['you', "you're", "you'd", "you'll"]),
  intentions: new Set(['plan', 'planning', 'intend', 'intending', 'want', 'wanting', 'decide']),
  personalPronouns: new Set(['i', 'we', 'you', 'my', 'our', 'your', 'us', "we're", "you're", "i'm", "we'll", "you'll"]),
  accountNouns: new Set(['account', 'plan', 'subscription', 'site', 'store', 'workspace', 'license', 'licence']),
  requirements: new Set(['without', 'unless', 'until']),
  reasons: new Set(['as', 'because', 'since']),
  pastAuxiliaries: new Set(['was', 'were', "couldn't", 'could', "wasn't", "weren't"]),
  consequences: new Set(['because', 'means', 'so', 'therefore', 'thus']),
};

const messages: Messages = {
  phraseFinding: (phrase, message, replacement) => `'${phrase}' ${message}${replacement ? ` Try '${replacement}'.` : ''}`,
  fixTitles,
  counts: ENGLISH_COUNTS,
  preview: {
    masthead: '{0} Daily',
    edition: 'Support edition',
    line: 'Line {0}',
    kinds: { reply: 'reply', article: 'article' },
    quoted: 'The sentence that made the headline: “{0}”',
    clean: 'No tone problems in this draft.',
    noDrafts: 'No drafts in this file.',
  },
  hover: { why: 'Why it matters ({0}):', insteadOf: 'Instead of:', write: 'try:', docs: 'Rule documentation', language: 'Language:' },
};

const processor = retext().use(retextEnglish);
const host: RuleHost = { messages, docsUrl };

/** English. */
export const english: LanguagePack = {
  id: 'en',
  markers,
  parse: (text) => processor.parse(text),
  lexicon,
  messages,
  principles,
  writeHeadline,
  rules: inRunOrder([...RULE_DATA.map((data) => loadRule(data, host)), noFlatNo, noShouting]),
};
