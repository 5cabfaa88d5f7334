import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

const STEP_VERBS =
  '{click|go|open|select|tap|restart|reboot|log|sign|enter|type|press|use|follow|check|read|reset|clear|update|install|reinstall|refresh|reload|visit|navigate|change|add|remove|delete|turn|switch|make|copy|paste|drag|scroll|choose|pick|run|download|upload|contact|send|email|call|plug|unplug|hold|wait|look|head|hit|toggle|enable|disable|uncheck|fill|set|save|close|connect|disconnect|pair|log in|sign in|log out|drop|swipe|rename|create|empty|edit|attach|re-enter|retype|search|find|scan|reach|move|put|give|try}';

/** Words that talk down to the reader; most can simply go. */
const CONDESCENDING_PHRASES: PhraseEntry[] = [
  { pattern: 'simply', replacement: '' },
  { pattern: 'simply put', ignore: true },
  { pattern: "{we|i|we've|i've} simply {got|made|messed|forgot|missed|didn't|did not|failed|overlooked|lost}", ignore: true },
  {
    pattern: `{you|you can|you could|you need to|you have to|you only need to|all you need to do is|all you have to do is} just ${STEP_VERBS}`,
    focus: 'just',
    replacement: '',
  },
  { pattern: `just ${STEP_VERBS}`, focus: 'just', replacement: '' },
  { pattern: '{you} just {need|have|got} to', focus: 'just', replacement: '' },
  { pattern: "{it's|it is|that's|that is} just {a|one} {click|step|setting|checkbox|toggle}", focus: 'just', replacement: '' },
  { pattern: 'obviously', replacement: '' },
  { pattern: 'clearly', replacement: '' },
  { pattern: '{more|very|less} clearly', ignore: true },
  {
    pattern: '{explain|describe|write|show|mark|see|hear|speak|communicate|label|state|display|read|print|note|list} {*} {*} {*} clearly',
    ignore: true,
  },
  { pattern: '{explain|describe|write|show|see|hear|speak|communicate|display|print} clearly', ignore: true },
  {
    pattern:
      '{as|like} you {know|already know|may know|should know|surely know|must know|probably know|are aware|should be aware|are surely aware}',
    replacement: '',
  },
  {
    pattern:
      "{as|like} {i|we|i've|we've|i have|we have} {already|previously} {said|mentioned|explained|stated|noted|wrote|written|pointed out}",
    replacement: '',
  },
  {
    pattern: '{as|like} {i|we} {said|mentioned|explained|stated|wrote|pointed out} {before|earlier|previously|above|already}',
    replacement: '',
  },
  { pattern: '{as|like} {i|we} {said|mentioned|explained|stated|wrote|pointed out}', replacement: '' },
  { pattern: 'as {previously|already|clearly|explicitly} {stated|mentioned|explained|noted|said|documented}', replacement: '' },
  { pattern: 'as {stated|explained|mentioned|noted|documented} {clearly|before|earlier|previously}', replacement: '' },
  { pattern: "{it's|it is|that's|that is|this is} {really|very|super|quite|pretty} {easy|simple|straightforward|trivial}" },
  { pattern: "{it's|it is|that's|that is|this is} {easy|simple|trivial}" },
  { pattern: "{it's|it is} {easy|simple} to {miss|overlook|forget|confuse|mix up|lose track|get wrong|miss this}", ignore: true },
  { pattern: '{is|are} {easy|simple|trivial} , {it|this|that} {takes|only takes}' },
  { pattern: "{it's|it is|that's|this is} not rocket science" },
  { pattern: '{anyone|anybody|everyone|everybody} {can|could|knows|should know} {do|figure|that|this|how}' },
  { pattern: 'needless to say', replacement: '' },
  { pattern: 'of course you {need|have|should|must}' },
  { pattern: '{surely|certainly} you {know|understand|realize|realise|saw|noticed}' },
  { pattern: 'even a child' },
  { pattern: 'I {already} {told|explained} you {this|that|twice|before}' },
];

export const noCondescension: SentenceRule = {
  id: 'no-condescension',
  scope: 'sentence',
  summary: 'Words that talk down to the reader ("simply", "just", "obviously", "as you know")',
  principle: 'P8',
  why: '"Simply" and "obviously" tell a stuck customer the problem is their failure to see something easy.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('no-condescension'),
  example: { bad: 'Simply click Reset and obviously wait for the light.', good: 'Click Reset and wait for the light.' },
  headline: 'Talks Down to Customer',
  phrases: CONDESCENDING_PHRASES,
  check(context) {
    checkPhrases(context, { message: 'talks down to the reader: the sentence reads better without it.' });
  },
};
