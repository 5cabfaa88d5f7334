import assert from 'node:assert/strict';
import { PhraseIndex } from '../../server/src/engine/phrases';
import { sentenceParser } from '../../server/src/engine/segmentation';
import { parseSentences } from '../../server/src/engine/sentences';
import { hebrewPattern } from '../../server/src/packs/he/prefixes';

const parse = sentenceParser('pl', ['ok.', 'godz.', 'np.', 'tzn.', 'kl.', 't.ex.', 'bl.a.', 'jne.', 'vms.']);

/** What a pattern matches in a text, as written. */
function matched(pattern: string, text: string): string[] {
  const index = new PhraseIndex(new Map([['rule', [{ pattern }]]]));
  return parseSentences(text, [], parse).flatMap((sentence) =>
    index.match(sentence.words).map((match) => text.slice(sentence.words[match.firstWord].start, sentence.words[match.lastWord].end)),
  );
}

describe('stem wildcards in phrase patterns', () => {
  const cases: { pattern: string; text: string; expected: string[] }[] = [
    { pattern: 'przeprasz*', text: 'Przepraszamy za kłopot.', expected: ['Przepraszamy'] },
    { pattern: 'przeprasz*', text: 'Bardzo przepraszam, to nasz błąd.', expected: ['przepraszam'] },
    { pattern: 'przeprasz*', text: 'Dziękujemy za cierpliwość.', expected: [] },
    { pattern: 'ursäkt*', text: 'Ursäkta dröjsmålet, och ursäkt för besväret.', expected: ['Ursäkta', 'ursäkt'] },
    { pattern: 'vabandu*', text: 'Vabandame ebamugavuste pärast.', expected: [] },
    { pattern: 'vabanda*', text: 'Vabandame ebamugavuste pärast.', expected: ['Vabandame'] },
    { pattern: 'bardzo przeprasz*', text: 'Bardzo przepraszamy.', expected: ['Bardzo przepraszamy'] },
    { pattern: 'przeprasz* za {kłopot*|problem*}', text: 'Przepraszamy za kłopoty z fakturą.', expected: ['Przepraszamy za kłopoty'] },
    { pattern: 'przeprasz* za {kłopot*|problem*}', text: 'Przepraszamy za opóźnienie.', expected: [] },
    { pattern: 'nie {możemy|możem*} pomóc', text: 'Niestety nie możemy pomóc.', expected: ['nie możemy pomóc'] },
    { pattern: '{Pan|Pani|Państwo} {się myli|się myliła|się mylą}', text: 'Pani się myli w tej sprawie.', expected: ['Pani się myli'] },
    { pattern: '{|w} {ciągu|} ok . * dni', text: 'Odpowiemy w ciągu ok. 2 dni.', expected: ['w ciągu ok. 2 dni'] },
  ];
  for (const { pattern, text, expected } of cases)
    it(`'${pattern}' in '${text}'`, () => assert.deepEqual(matched(pattern, text), expected));
});

describe('sentences around abbreviations', () => {
  const sentences = (text: string) => parseSentences(text, [], parse).map((sentence) => text.slice(sentence.start, sentence.end));
  const cases: { text: string; expected: string[] }[] = [
    { text: 'Odpowiemy ok. 2 dni później. Dziękujemy.', expected: ['Odpowiemy ok. 2 dni później.', 'Dziękujemy.'] },
    { text: 'Infolinia działa w godz. 8-16. Zapraszamy.', expected: ['Infolinia działa w godz. 8-16.', 'Zapraszamy.'] },
    { text: 'Wyślij np. zrzut ekranu. Sprawdzimy go.', expected: ['Wyślij np. zrzut ekranu.', 'Sprawdzimy go.'] },
    { text: 'Vi har öppet mellan kl. 8 och 16. Vi svarar snabbt.', expected: ['Vi har öppet mellan kl. 8 och 16.', 'Vi svarar snabbt.'] },
    { text: 'Skicka t.ex. en skärmbild. Tack!', expected: ['Skicka t.ex. en skärmbild.', 'Tack!'] },
    { text: 'Kirjuta meile e-posti, vestluse jne. Vastame homme.', expected: ['Kirjuta meile e-posti, vestluse jne. Vastame homme.'] },
    { text: 'Odpowiemy jutro. Pozdrawiamy.', expected: ['Odpowiemy jutro.', 'Pozdrawiamy.'] },
    { text: 'To jest blok. Drugi blok.', expected: ['To jest blok.', 'Drugi blok.'] },
  ];
  for (const { text, expected } of cases) it(text, () => assert.deepEqual(sentences(text), expected));
});

describe('Hebrew prefixes and acronyms in phrase patterns', () => {
  const hebrew = sentenceParser('he', []);
  const matchedHebrew = (pattern: string, text: string): string[] => {
    const index = new PhraseIndex(new Map([['rule', [{ pattern: hebrewPattern(pattern) }]]]));
    return parseSentences(text, [], hebrew).flatMap((sentence) =>
      index.match(sentence.words).map((match) => text.slice(sentence.words[match.firstWord].start, sentence.words[match.lastWord].end)),
    );
  };
  const cases: { pattern: string; text: string; expected: string[] }[] = [
    { pattern: 'אשמתך', text: 'זו אשמתך.', expected: ['אשמתך'] },
    { pattern: 'אשמתך', text: 'ואשמתך היא.', expected: ['ואשמתך'] },
    { pattern: 'לקוח', text: 'הלקוח שהזמין והחזיר.', expected: ['הלקוח'] },
    { pattern: 'לקוח', text: 'כשהלקוח פנה אלינו.', expected: ['כשהלקוח'] },
    { pattern: 'לקוח', text: 'לקוחות פנו אלינו.', expected: [] },
    { pattern: 'בהקדם', text: 'ובהקדם נחזור.', expected: ['ובהקדם'] },
    { pattern: 'אתה טועה', text: 'שאתה טועה בזה.', expected: ['שאתה טועה'] },
    { pattern: 'אתה טועה', text: 'אתה וטועה.', expected: [] },
    { pattern: 'הנ״ל', text: 'ההזמנה הנ"ל בוטלה.', expected: ['הנ"ל'] },
    { pattern: 'הנ"ל', text: 'ההזמנה הנ״ל בוטלה.', expected: ['הנ״ל'] },
    { pattern: 'צה״ל', text: 'לפי צה״ל ות"א.', expected: ['צה״ל'] },
    { pattern: 'ת״א', text: 'לפי צה״ל ות"א.', expected: ['ות"א'] },
    { pattern: 'וכו׳', text: 'מסמכים, טפסים וכו׳ נשלחו.', expected: ['וכו׳'] },
    { pattern: 'מתנצל*', text: 'ואנחנו מתנצלים על העיכוב.', expected: ['מתנצלים'] },
    { pattern: 'מתנצל*', text: 'והמתנצלים קיבלו תשובה.', expected: ['והמתנצלים'] },
  ];
  for (const { pattern, text, expected } of cases)
    it(`'${pattern}' in '${text}'`, () => assert.deepEqual(matchedHebrew(pattern, text), expected));

  it('keeps a quotation mark after a space as punctuation', () => {
    const [sentence] = parseSentences('הוא כתב "שלום" ויצא.', [], hebrew);
    assert.deepEqual(
      sentence.words.map((word) => word.text),
      ['הוא', 'כתב', 'שלום', 'ויצא'],
    );
  });

  for (const pattern of ['{אם|} טעית', '* טעית'])
    it(`refuses '${pattern}', which gives a prefix nothing to attach to`, () =>
      assert.throws(() => hebrewPattern(pattern), /starts with an optional group or '\*'/));
});
