import type { InstalledPack, Lexicon, Messages } from '../../engine/pack';
import { dataPack, opening, type DataPackShouting } from '../dataPack';
import { hebrewPattern } from './prefixes';
import principles from './principles.json';
import { RULE_DATA } from './rules';

/** Hebrew abbreviations end with a geresh or gershayim (וכו׳, ת"א), never a dot: no sentence runs on after a dot. */
const ABBREVIATIONS: readonly string[] = [];

const lexicon: Lexicon = {
  greeting: opening([
    'שלום',
    'היי',
    'הי',
    'אהלן',
    'בוקר טוב',
    'צהריים טובים',
    'ערב טוב',
    'לכבוד',
    '[\\p{L}]+ יקר(?:ה|ים|ות)?(?=\\s*,|\\s*$)',
  ]),
  signOff: opening([
    'בברכה',
    'בברכת',
    'ברכה',
    'בכבוד רב',
    'תודה',
    'בתודה',
    'להתראות',
    'כל טוב',
    'יום טוב',
    'המשך יום',
    'שבוע טוב',
    'שבת שלום',
    'בהצלחה',
    'שלך',
    'שלכם',
  ]),
  quoteHeader: /^\s*(?:בתאריך|ב־?\s?\d).{4,200}(?:כתב|כתבה|כתב\(ה\)|מאת)[^\n]*:\s*$/u,
  imperativeLeadIns: new Set(['אז', 'פשוט', 'רק', 'עכשיו', 'כבר', 'מיד', 'נא', 'אנא', 'בבקשה']),
  clauseOpeners: new Set(['אבל', 'אך', 'אולם', 'לכן', 'ולכן', 'כי', 'או', 'לצערנו', 'לצערי', 'אלא', 'ואז']),
  conditionals: new Set(['אם', 'ואם', 'אילו', 'לו', 'במידה', 'ובמידה', 'האם', 'ייתכן', 'יתכן', 'אולי', 'שמא']),
  wishes: new Set(['מקווים', 'מקווה', 'מקוות', 'נשמח', 'אשמח', 'מקווה', 'ומקווים']),
  negations: new Set(['לא', 'אין', 'אינו', 'אינה', 'אינם', 'אינן', 'אל', 'מעולם']),
  readerPronouns: new Set(['אתה', 'את', 'אתם', 'אתן']),
  intentions: new Set(['מתכנן', 'מתכננת', 'מתכננים', 'רוצה', 'רוצים', 'מעוניין', 'מעוניינת', 'מעוניינים']),
  personalPronouns: new Set(['אני', 'אנחנו', 'אנו', 'אתה', 'את', 'אתם', 'אתן', 'שלנו', 'שלי', 'שלך', 'שלכם']),
  accountNouns: new Set(['חשבון', 'החשבון', 'מנוי', 'המנוי', 'חנות', 'החנות', 'רישיון', 'הרישיון']),
  requirements: new Set(['בלי', 'ללא', 'עד', 'אלא']),
  reasons: new Set(['כי', 'מכיוון', 'מאחר', 'היות', 'משום']),
  pastAuxiliaries: new Set(['היה', 'הייתה', 'היו', 'יכולנו', 'יכולתי', 'הצלחנו']),
  consequences: new Set(['כי', 'מכיוון', 'משמעות', 'פירוש', 'לכן', 'ולכן']),
};

const messages: Messages = {
  phraseFinding: (phrase, message, replacement) => `"${phrase}" ${message}${replacement ? ` עדיף: "${replacement}".` : ''}`,
  fixTitles: { replace: (replacement) => `החלפה ב"${replacement}"`, remove: (phrase) => `מחיקת "${phrase}"` },
  // "ו" joins the next word as a prefix, with a hyphen before a digit: "2 שגיאות ו-1 אזהרה".
  counts: {
    severities: {
      error: { one: 'שגיאה', other: 'שגיאות' },
      warning: { one: 'אזהרה', other: 'אזהרות' },
      info: { one: 'הערה', other: 'הערות' },
      hint: { one: 'עצה', other: 'עצות' },
    },
    and: ' ו-',
    none: 'אין ממצאים',
  },
  preview: {
    masthead: 'יומון {0}',
    edition: 'מהדורת שירות הלקוחות',
    line: 'שורה {0}',
    kinds: { reply: 'תשובה', article: 'מאמר' },
    quoted: 'המשפט שהפך לכותרת: "{0}"',
    clean: 'אין בעיות טון בטקסט הזה.',
    noDrafts: 'אין בקובץ הזה טקסטים לבדיקה.',
  },
  hover: { why: 'למה זה חשוב ({0}):', insteadOf: 'במקום:', write: 'כתבו:', docs: 'תיעוד הכלל', language: 'שפה:' },
};

/** Hebrew has no letter case, so its shouting is stacked marks only. */
const shouting: DataPackShouting = {
  summary: 'רצף של סימני פיסוק כמו "!!!" ו-"?!" (בעברית אין אותיות גדולות לצעוק בהן)',
  why: 'רצף של סימני קריאה נשמע כמו צעקה; הלקוח שומע כעס, לא הדגשה.',
  example: { bad: 'אל תנתקו את המכשיר בזמן העדכון!!!', good: 'השאירו את המכשיר מחובר בזמן העדכון.' },
  headline: 'צועקת על הלקוח',
  rank: 6,
  label: 'צעקה',
  marks: (run, single) => `"${run}" נשמע כמו צעקה: מספיק "${single}" אחד.`,
};

/**
 * Hebrew. Phrases may follow a prefix cluster (ו/ה/ב/ל/מ/ש/כ) and spell geresh and gershayim
 * either way (see prefixes.ts); acronyms (צה״ל, ת"א) are single words.
 */
export const hebrew: InstalledPack = dataPack({
  id: 'he',
  abbreviations: ABBREVIATIONS,
  lexicon,
  messages,
  principles,
  headline: { open: '"', close: '"', apologised: 'מתנצלת בפני הלקוח ומסבירה', plain: 'עונה ללקוח לעניין', published: 'מפרסמת מדריך' },
  rules: RULE_DATA,
  shouting,
  phrasePattern: hebrewPattern,
});
