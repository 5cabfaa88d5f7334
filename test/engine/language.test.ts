import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/api';
import type { CheckOptions } from '../../server/src/engine/checker';
import { hasNonLatinLetter, LanguageDetector, languageOfTag } from '../../server/src/engine/language';
import { INSTALLED_PACKS } from '../../server/src/packs';
import type { FormatId } from '../../server/src/shared/formats';

/** Each draft's language and reason, and the rule ids found in it. */
function routed(text: string, options: Partial<CheckOptions> = {}) {
  const format: FormatId = options.format ?? 'markdown';
  const result = createChecker().check(text, { ...options, format });
  return {
    document: `${result.language.language}: ${result.language.reason}`,
    drafts: result.drafts.map((draft, index) => ({
      language: `${draft.language.language}: ${draft.language.reason}`,
      findings: result.findings.filter((finding) => finding.draft === index).map((finding) => `${finding.ruleId} '${finding.text}'`),
    })),
  };
}

const germanReply =
  'Hallo,\n\n' +
  'vielen Dank für Ihre Nachricht, und entschuldigen Sie bitte die Verwirrung mit der Rechnung. Wir prüfen die ' +
  'Bestellung und antworten morgen.\n\nMit freundlichen Grüßen\nAnna';
const notice = (firstLine: string) => `unsupported-language '${firstLine}'`;

describe('language routing', () => {
  const cases: {
    name: string;
    text: string;
    options?: Partial<CheckOptions>;
    document: string;
    drafts: { language: string; findings: string[] }[];
  }[] = [
    {
      name: 'English prose is detected and checked with the English rules',
      text: 'You failed to attach the invoice, so we cannot look into the refund at all until you send it to us.\n',
      document: 'en: detected as English',
      drafts: [
        {
          language: 'en: detected as English',
          findings: [
            "no-blame 'You failed to'",
            "require-next-step 'You failed to attach the invoice, so we cannot look into the refund at all until you send it to us.'",
          ],
        },
      ],
    },
    {
      name: 'too little text to tell: the default pack checks it',
      text: 'NO REFUNDS!!!\n',
      document: 'en: too little text to detect; the default, English',
      drafts: [
        {
          language: 'en: too little text to detect; the default, English',
          findings: ["no-shouting 'NO REFUNDS'", "no-shouting '!!!'"],
        },
      ],
    },
    {
      name: 'a short line in Hebrew script is Hebrew, however few its letters',
      text: 'הקישור פג, בקשו חדש.\n',
      document: 'he: Hebrew script',
      drafts: [{ language: 'he: Hebrew script', findings: [] }],
    },
    {
      name: 'front matter lang wins over detection',
      text: '---\nlang: de-DE\n---\n\nThis page is still in English, although the front matter says it is German.\n',
      document: "de: front matter 'de-DE'",
      drafts: [
        {
          language: "de: front matter 'de-DE'",
          findings: [notice('This page is still in English, although the front matter says it is German.')],
        },
      ],
    },
    {
      name: 'front matter locale with an underscore, checked by the Swedish pack',
      text: '---\nlocale: sv_SE\ntitle: Fakturor\n---\n\nVi har tagit emot din fråga och återkommer snart.\n',
      document: "sv: front matter 'sv_SE'",
      drafts: [{ language: "sv: front matter 'sv_SE'", findings: ["no-vague-timeline 'snart'"] }],
    },
    {
      name: 'a decision from outside the text (config glob, --lang) wins over front matter and detection',
      text: '---\nlang: pl\n---\n\nYOU MUST restart the app before you write to us again about the export.\n',
      options: { language: { language: 'en', reason: '--lang en' } },
      document: 'en: --lang en',
      drafts: [{ language: 'en: --lang en', findings: ["no-shouting 'YOU MUST'"] }],
    },
    {
      name: 'German is detected and, with no German pack, reported once and not checked with English rules',
      text: germanReply + '\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'de: detected as German',
      drafts: [{ language: 'de: detected as German', findings: [notice('Hallo,')] }],
    },
    {
      name: 'Estonian is detected and checked by the Estonian pack',
      text: 'Tere,\n\nte oleksite pidanud juhendit lugema, enne kui printeri paigaldasite.\n\nLugupidamisega\nAnna\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'et: detected as Estonian',
      drafts: [
        {
          language: 'et: detected as Estonian',
          findings: [
            "require-apology 'Tere,'",
            "require-empathy 'Tere,'",
            "require-restatement 'Tere,'",
            "no-blame 'te oleksite pidanud'",
            "require-next-step 'Lugupidamisega'",
          ],
        },
      ],
    },
    {
      name: 'Polish is detected and checked by the Polish pack, which knows Polish greetings',
      text: 'Dzień dobry,\n\nPowinien Pan był przeczytać instrukcję przed instalacją drukarki.\n\nPozdrawiam,\nAnna\n',
      document: 'pl: detected as Polish',
      drafts: [
        {
          language: 'pl: detected as Polish',
          findings: [
            "require-apology 'Dzień dobry,'",
            "require-empathy 'Dzień dobry,'",
            "require-restatement 'Dzień dobry,'",
            "no-blame 'Powinien Pan był przeczytać'",
            "require-next-step 'Pozdrawiam,'",
          ],
        },
      ],
    },
    {
      name: 'Hebrew is decided by its script and checked by the Hebrew pack',
      text: 'שלום,\n\nקיבלנו את הפנייה שלך ונחזור אליך בהקדם עם תשובה.\n\nבברכה,\nדנה\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'he: Hebrew script',
      drafts: [
        {
          language: 'he: Hebrew script',
          findings: ["require-apology 'שלום,'", "require-empathy 'שלום,'", "require-restatement 'שלום,'", "no-vague-timeline 'בהקדם'"],
        },
      ],
    },
    {
      name: 'Japanese exclamation marks are not English shouting',
      text: '# 設定\n\n保存しました！！！ 設定は次回の起動から使われます！！！\n',
      document: 'ja: Japanese kana script',
      drafts: [{ language: 'ja: Japanese kana script', findings: [notice('保存しました！！！ 設定は次回の起動から使われます！！！')] }],
    },
    {
      name: "a Spanish FAQ's 'No.' is not a flat refusal",
      text:
        '# Preguntas frecuentes\n\n' +
        '¿Puedo cambiar el plan a mitad de mes? No. El cambio se aplica en la próxima factura de tu cuenta.\n',
      document: 'es: detected as Spanish',
      drafts: [
        {
          language: 'es: detected as Spanish',
          findings: [notice('¿Puedo cambiar el plan a mitad de mes? No. El cambio se aplica en la próxima factura de tu cuenta.')],
        },
      ],
    },
    {
      name: 'Latin-script text in a language the detector does not tell apart is not checked with the English rules',
      text: 'Dobrý den, děkujeme za vaši zprávu. Vaši objednávku jsme zkontrolovali a zásilka bude odeslána zítra ráno z našeho skladu.\n',
      document: 'und: Latin script, in no language the detector is sure of',
      drafts: [
        {
          language: 'und: Latin script, in no language the detector is sure of',
          findings: [
            notice(
              'Dobrý den, děkujeme za vaši zprávu. Vaši objednávku jsme zkontrolovali a zásilka bude odeslána zítra ráno z našeho skladu.',
            ),
          ],
        },
      ],
    },
    {
      name: 'Norwegian is told apart from Swedish and Danish',
      text: 'Hei Sam, takk for meldingen din. Vi har sjekket bestillingen, og pakken blir sendt fra lageret vårt i morgen tidlig.\n',
      document: 'no: detected as Norwegian',
      drafts: [
        {
          language: 'no: detected as Norwegian',
          findings: [
            notice('Hei Sam, takk for meldingen din. Vi har sjekket bestillingen, og pakken blir sendt fra lageret vårt i morgen tidlig.'),
          ],
        },
      ],
    },
    {
      name: 'a reply file routes per draft, and an inline directive decides a draft',
      text: [
        '## Refund',
        '',
        'Hi Sam,',
        '',
        'You failed to attach the invoice. Send it over and we will refund you today.',
        '',
        'Best,',
        'Kim',
        '',
        '## Tagasimakse',
        '',
        '<!-- support-tone-language de -->',
        '',
        'Hallo,',
        '',
        'OK, morgen.',
        '',
        'Grüße',
        'Anna',
        '',
      ].join('\n'),
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'en: detected as English',
      drafts: [
        {
          language: 'en: detected as English',
          findings: ["require-apology 'Hi Sam,'", "require-empathy 'Hi Sam,'", "require-restatement 'Hi Sam,'", "no-blame 'You failed to'"],
        },
        { language: "de: directive 'support-tone-language de'", findings: [notice('Hallo,')] },
      ],
    },
    {
      name: 'a reply file with an English and a Swedish draft: each is checked by its own pack',
      text:
        '## Refund\n\nHi Sam,\n\nSorry for the wait: we will refund you today.\n\nBest,\nKim\n\n## Återbetalning\n\n' +
        'Hej Sam,\n\nförlåt för väntan. Du har fel om avgiften, den följer prislistan.\n\nMvh,\nKim\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'en: detected as English',
      drafts: [
        { language: 'en: detected as English', findings: ["require-empathy 'Hi Sam,'", "require-restatement 'Hi Sam,'"] },
        {
          language: 'sv: detected as Swedish',
          findings: [
            "require-empathy 'Hej Sam,'",
            "require-restatement 'Hej Sam,'",
            "no-you-are-wrong 'Du har fel'",
            "require-next-step 'Mvh,'",
          ],
        },
      ],
    },
    {
      name: "a rule reads its neighbours among its own language's sentences: the alternative after an English refusal counts",
      text:
        '## Återbetalning\n\nHej Sam,\n\n' +
        'förlåt för väntan. Vi har tagit emot din fråga om fakturan och svarar i morgon.\n\nMvh,\nKim\n\n## Trial\n\n' +
        'Hi Sam,\n\n' +
        "Sorry, we can't extend the trial. Instead, I can move your boards to the free plan today so nothing is lost.\n" +
        '\nBest,\nKim\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'en: detected as English',
      drafts: [
        { language: 'sv: detected as Swedish', findings: ["require-empathy 'Hej Sam,'"] },
        { language: 'en: detected as English', findings: ["require-empathy 'Hi Sam,'"] },
      ],
    },
    {
      name: 'a short draft in a reply file takes the document language',
      text:
        '## Thanks\n\nHi Sam,\n\nDone.\n\nBest,\nKim\n\n## Later\n\nHi Sam,\n\n' +
        'We sorted out the export for your team this morning, and the files are in your inbox now.\n\nBest,\nKim\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'en: detected as English',
      drafts: [
        {
          language: 'en: too little text to detect; as the document (detected as English)',
          findings: [
            "require-apology 'Hi Sam,'",
            "require-empathy 'Hi Sam,'",
            "require-restatement 'Hi Sam,'",
            "require-next-step 'Best,'",
          ],
        },
        {
          language: 'en: detected as English',
          findings: [
            "require-apology 'Hi Sam,'",
            "require-empathy 'Hi Sam,'",
            "require-restatement 'Hi Sam,'",
            "require-next-step 'Best,'",
          ],
        },
      ],
    },
    {
      name: 'two drafts without a pack: one notice for the file',
      text:
        '## A\n\n¡Hola! Recibimos su pregunta sobre la factura y le responderemos mañana por la mañana.\n\n## B\n\n' +
        'Hallo! Wir haben Ihre Frage zur Rechnung erhalten und melden uns morgen.\n',
      options: { kind: { kind: 'reply', reason: 'test' } },
      document: 'es: detected as Spanish',
      drafts: [
        {
          language: 'es: detected as Spanish',
          findings: [notice('¡Hola! Recibimos su pregunta sobre la factura y le responderemos mañana por la mañana.')],
        },
        { language: 'de: detected as German', findings: [] },
      ],
    },
    {
      name: "an English article with a Polish section: the section is a draft of its own, checked with the Polish pack's rules",
      text:
        '# Returns\n\nYou can send any order back within 30 days. Print the label from your orders page and we refund you in 5 days.\n\n' +
        '## Po polsku\n\nKażde zamówienie można odesłać w ciągu 30 dni. Niestety zwrot pieniędzy jest niemożliwy po upływie ' +
        'tego terminu, zgodnie z regulaminem sklepu.\n\n' +
        '## Contact\n\nIf the label does not print, reply to this email and our team will send you a new one by Friday.\n',
      document: 'en: detected as English',
      drafts: [
        { language: 'en: detected as English', findings: [] },
        {
          language: 'pl: detected as Polish',
          findings: [
            "require-next-step 'Każde zamówienie można odesłać w ciągu 30 dni. Niestety zwrot pieniędzy jest niemożliwy po upływie " +
              "tego terminu, zgodnie z regulaminem sklepu.'",
            "no-flat-no 'zwrot pieniędzy jest niemożliwy'",
          ],
        },
        { language: 'en: detected as English', findings: [] },
      ],
    },
    {
      name: 'a language directive above a heading starts a draft in that language, even in a file whose front matter names one',
      text:
        '---\nlang: en\n---\n\n# Returns\n\nYou can send any order back within 30 days of delivery for a full refund.\n\n' +
        '<!-- support-tone-language sv -->\n## På svenska\n\nDu kan skicka tillbaka din order inom 30 dagar.\n',
      document: "en: front matter 'en'",
      drafts: [
        { language: "en: front matter 'en'", findings: [] },
        { language: "sv: directive 'support-tone-language sv'", findings: [] },
      ],
    },
    {
      name: "front matter names the language: a section that reads as Polish stays in the file's language",
      text:
        '---\nlang: en\n---\n\n# Returns\n\nYou can send any order back within 30 days of delivery for a full refund.\n\n' +
        '## Po polsku\n\nKażde zamówienie można odesłać w ciągu 30 dni, a zwrot pieniędzy dostaniesz w ciągu pięciu dni.\n',
      document: "en: front matter 'en'",
      drafts: [{ language: "en: front matter 'en'", findings: [] }],
    },
    {
      name: 'inline code names are in no language: a Chinese page listing settings is still Chinese',
      text: '请在配置文件中设置 `SUPPORT_MAILBOX_ADDRESS`、`SUPPORT_REPLY_TIMEOUT` 和 `SUPPORT_QUEUE_NAME`，然后重新启动服务。如果服务没有响应，请查看日志文件。\n',
      document: 'zh: Han script, detected as Chinese',
      drafts: [{ language: 'zh: Han script, detected as Chinese', findings: [notice('请在配置文件中设置')] }],
    },
    {
      name: 'the notice quotes the first line up to its markup',
      text: 'Hallo! Wir haben Ihre Frage zu [[Rechnungen|der Rechnung]] erhalten und melden uns morgen früh.\n',
      document: 'de: detected as German',
      drafts: [{ language: 'de: detected as German', findings: [notice('Hallo! Wir haben Ihre Frage zu')] }],
    },
    {
      name: 'the notice can be silenced like a rule',
      text:
        '<!-- support-tone-disable unsupported-language -->\n\n' +
        'Hallo! Wir haben Ihre Frage zur Rechnung erhalten und melden uns morgen.\n',
      document: 'de: detected as German',
      drafts: [{ language: 'de: detected as German', findings: [] }],
    },
  ];
  for (const { name, text, options, document, drafts } of cases) {
    it(name, () => assert.deepEqual(routed(text, options), { document, drafts }));
  }

  it('names the languages in the notice and tells how to override it', () => {
    const result = createChecker().check(germanReply, { format: 'markdown', kind: { kind: 'reply', reason: 'test' } });
    assert.equal(
      result.findings[0].message,
      'This text reads as German (detected as German), which no installed tone pack checks ' +
        '(packs: English, Polish, Swedish, Estonian, Hebrew), so it is not checked. ' +
        "If that is wrong, set the language: 'lang: en' in front matter, a 'language' glob in .support-tone.json, or " +
        '<!-- support-tone-language en -->.',
    );
    assert.equal(result.findings[0].severity, 'info');
    assert.equal(result.drafts[0].headline, 'Not checked: no tone pack for German');
    assert.deepEqual(
      Object.values(result.drafts[0].checks).map((check) => check.expected),
      [false, false, false, false],
    );
  });
});

describe("findings in the draft's language", () => {
  const cases: { text: string; message: string; fix: string; headline: string }[] = [
    {
      text: 'W nawiązaniu do zgłoszenia wysyłamy nową fakturę do klienta.',
      message: '„W nawiązaniu do” to urzędniczy język: napisz prościej. Lepiej: „nawiązując do”.',
      fix: 'Zamień na „nawiązując do”',
      headline: 'Support publikuje poradnik: „W nawiązaniu do zgłoszenia wysyłamy nową fakturę do klienta”',
    },
    {
      text: 'Ni kommer att erhålla en ny faktura från oss.',
      message: '”erhålla” är krångelspråk: skriv enklare. Skriv hellre ”få”.',
      fix: 'Ersätt med ”få”',
      headline: 'Support publicerar en guide: ”Ni kommer att erhålla en ny faktura från oss”',
    },
    {
      text: 'Antud juhul saadame teile uue arve ja kontrollime tellimust.',
      message: '„Antud juhul” on ametikeel: kirjuta lihtsamalt. Parem: „sel juhul”.',
      fix: 'Asenda: „sel juhul”',
      headline: 'Support avaldab juhendi: „Antud juhul saadame teile uue arve ja kontrollime tellimust”',
    },
    {
      text: 'הננו להודיעך כי ההזמנה בוטלה והכסף יוחזר לכרטיס.',
      message: '"הננו להודיעך כי" שפה משרדית: לכתוב כמו שמדברים.',
      fix: 'מחיקת "הננו להודיעך כי"',
      headline: 'Support מפרסמת מדריך: "הננו להודיעך כי ההזמנה בוטלה והכסף יוחזר לכרטיס"',
    },
  ];
  for (const { text, message, fix, headline } of cases) {
    it(text, () => {
      const result = createChecker().check(text, { format: 'markdown', kind: { kind: 'article', reason: 'test' } });
      const legalese = result.findings.find((finding) => finding.ruleId === 'no-legalese')!;
      assert.deepEqual([legalese.message, legalese.fixes[0].title, result.drafts[0].headline], [message, fix, headline]);
    });
  }

  it("an article titled in front matter quotes its title, in the pack's quotation marks", () => {
    const text = '---\ntitle: Jak zmienić hasło w aplikacji\nlang: pl\n---\n\nOtwórz Ustawienia i wybierz Hasło.\n';
    const result = createChecker().check(text, { format: 'markdown', kind: { kind: 'article', reason: 'test' } });
    assert.equal(result.drafts[0].headline, 'Support publikuje poradnik: „Jak zmienić hasło w aplikacji”');
  });
});

describe('language tags', () => {
  const cases: [string, string | undefined][] = [
    ['pl', 'pl'],
    ['pl-PL', 'pl'],
    ['sv_SE', 'sv'],
    ['"he-IL"', 'he'],
    ['iw', 'he'],
    ['ekk', 'et'],
    ['EN-us', 'en'],
    ['english', undefined],
    ['12', undefined],
    ['', undefined],
  ];
  for (const [tag, language] of cases) it(`'${tag}' → ${language}`, () => assert.equal(languageOfTag(tag), language));
});

describe('letters of other scripts', () => {
  const scriptTest = /(?!\p{Script=Latin})\p{L}/u;

  it('agrees with the Unicode script test on every character of the Basic Multilingual Plane', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code);
      if (hasNonLatinLetter(character) !== scriptTest.test(character)) disagreements.push(code.toString(16));
    }
    assert.deepEqual(disagreements, []);
  });

  const cases: [string, boolean][] = [
    ['Café “déjà vu” — naïve façade…', false],
    ['Ustaw ważność hasła na 90 dni', false],
    ['Dose: 5 µg', true],
    ['Ошибка', true],
    ['𝒜 and 𠀀', true],
  ];
  for (const [text, expected] of cases) it(`'${text}' → ${expected}`, () => assert.equal(hasNonLatinLetter(text), expected));
});

describe('marker words', () => {
  const withMarkers = INSTALLED_PACKS.filter((pack) => pack.markers);

  it('English, Polish, Swedish and Estonian have them; Hebrew, decided by its script, does not', () =>
    assert.deepEqual(
      INSTALLED_PACKS.map((pack) => [pack.id, pack.markers !== undefined]),
      [
        ['en', true],
        ['pl', true],
        ['sv', true],
        ['et', true],
        ['he', false],
      ],
    ));

  for (const pack of withMarkers) {
    it(`${pack.id}: in small letters, each once, and no other pack's`, () => {
      const words = pack.markers!.words;
      assert.deepEqual(
        words.filter((word) => word !== word.toLowerCase()),
        [],
      );
      assert.equal(new Set(words).size, words.length);
      const others = new Set(withMarkers.filter((other) => other !== pack).flatMap((other) => other.markers!.words));
      assert.deepEqual(
        words.filter((word) => others.has(word)),
        [],
      );
    });
  }

  const detector = new LanguageDetector([
    { id: 'en', markers: { words: ['the', 'and'], share: 0.2 } },
    { id: 'xx', markers: { words: ['zorp', 'blick'], share: 0.2 } },
  ]);
  const cases: [string, string | undefined][] = [
    ['Zorp blick, zorp a ticket and wait for an answer.', 'xx'],
    ['Open the settings and choose the zorp before you wait.', 'en'],
    // Neither share is reached: eld decides, and it cannot answer a language it does not know.
    ['Open a ticket with a zorp, then wait for an answer.', 'en'],
  ];
  for (const [text, language] of cases) it(`'${text}' → ${language}`, () => assert.equal(detector.detect(text)?.language, language));
});
