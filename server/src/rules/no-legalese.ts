import { checkPhrases } from '../engine/phraseRule';
import type { PhraseEntry } from '../engine/phrases';
import { docsUrl, type SentenceRule } from '../engine/rule';

/** Legal and bureaucratic words, with the plain word to use instead ('' drops the word). */
const LEGALESE_PHRASES: PhraseEntry[] = [
  { pattern: 'pursuant to', replacement: 'under' },
  { pattern: 'in accordance with', replacement: 'under' },
  { pattern: 'in compliance with', replacement: 'under' },
  { pattern: 'hereby', replacement: '' },
  { pattern: '{the|this} {aforementioned|aforesaid|above-mentioned}', replacement: 'this' },
  { pattern: '{aforementioned|aforesaid}', replacement: 'this' },
  { pattern: 'herein', replacement: 'here' },
  { pattern: 'hereinafter', replacement: 'from here on' },
  { pattern: 'heretofore', replacement: 'until now' },
  { pattern: 'hereto', replacement: 'to this' },
  { pattern: 'hereunder', replacement: 'below' },
  { pattern: 'henceforth', replacement: 'from now on' },
  { pattern: 'therein', replacement: 'in it' },
  { pattern: 'thereof', replacement: 'of it' },
  { pattern: 'thereto', replacement: 'to it' },
  { pattern: 'whereby', replacement: 'by which' },
  { pattern: 'wherein', replacement: 'where' },
  { pattern: 'forthwith', replacement: 'right away' },
  { pattern: 'notwithstanding', replacement: 'despite' },
  { pattern: 'in lieu of', replacement: 'instead of' },
  { pattern: 'prior to', replacement: 'before' },
  { pattern: 'subsequent to', replacement: 'after' },
  { pattern: 'in the event that', replacement: 'if' },
  { pattern: 'in the event of', replacement: 'if there is' },
  { pattern: 'for the avoidance of doubt', replacement: 'to be clear' },
  { pattern: 'with regard to', replacement: 'about' },
  { pattern: 'with respect to', replacement: 'about' },
  { pattern: 'at this point in time', replacement: 'now' },
  { pattern: '{please} be advised that', replacement: '' },
  { pattern: '{please} be advised', replacement: '' },
  { pattern: 'kindly be informed that', replacement: '' },
  { pattern: 'we regret to inform you that', replacement: '' },
  { pattern: 'inter alia', replacement: 'among other things' },
  { pattern: 'remit payment', replacement: 'pay' },
  { pattern: 'the undersigned', replacement: 'I' },
  { pattern: 'shall', replacement: 'will' },
  { pattern: 'shall not', replacement: 'will not' },
  { pattern: 'shall {i|we}', ignore: true },
  { pattern: 'null and void', replacement: 'void' },
];

export const noLegalese: SentenceRule = {
  id: 'no-legalese',
  scope: 'sentence',
  summary: 'Legal or bureaucratic wording where a plain word works',
  principle: 'P4',
  why: 'Legalese hides the facts and sounds like a lawyer answering: explain the why in plain words.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('no-legalese'),
  example: { bad: 'Pursuant to our terms, the aforementioned charge is final.', good: 'Under our terms, this charge is final.' },
  headline: 'Answers Customer in Legalese',
  phrases: LEGALESE_PHRASES,
  check(context) {
    checkPhrases(context, { message: 'is legalese: use a plain word.' });
  },
};
