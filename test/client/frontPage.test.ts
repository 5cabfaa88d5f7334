import assert from 'node:assert/strict';
import { describeFindings, renderFrontPage, type FrontPage, type FrontPageStory } from '../../client/src/preview/frontPage';
import { packFor } from '../../server/src/packs';
import { ENGLISH_COUNTS } from '../../server/src/shared/presentation';

const NO_FINDINGS = { error: 0, warning: 0, info: 0, hint: 0 };
const ENGLISH_LABELS = packFor('en')!.messages.preview;

const blameStory: FrontPageStory = {
  headline: 'Acme Blames Customer: "You Should Have Read the Manual"',
  kind: 'reply',
  findingCounts: { error: 2, warning: 1, info: 0, hint: 0 },
  findings: [
    {
      ruleId: 'no-flat-no',
      label: 'a flat refusal',
      message: "A flat 'No' opens this sentence: lead with what you can do.",
      severity: 'warning',
    },
    { ruleId: 'no-blame', label: 'blame', message: "'You should have read' makes the customer the cause.", severity: 'error' },
    { ruleId: 'no-blame', label: 'blame', message: "'You forgot' makes the customer the cause.", severity: 'error' },
  ],
  quoted: 'You should have read the manual.',
  line: 3,
  counts: ENGLISH_COUNTS,
  labels: ENGLISH_LABELS,
};

const cleanStory: FrontPageStory = {
  headline: 'Acme Apologizes, Promises to Send Replacement Within Two Days',
  kind: 'reply',
  findingCounts: NO_FINDINGS,
  findings: [],
  line: 1,
  counts: ENGLISH_COUNTS,
  labels: ENGLISH_LABELS,
};

/** A page for Acme on a fixed date; the stories default to the blame story alone. */
function page(stories: FrontPageStory[] = [blameStory], overrides: Partial<FrontPage> = {}): FrontPage {
  return {
    companyName: 'Acme',
    language: 'en',
    wordedIn: 'en',
    labels: ENGLISH_LABELS,
    date: new Date(Date.UTC(2026, 10, 22, 23, 30)),
    fileName: 'macros.reply.md',
    stories,
    nonce: 'abc123',
    cspSource: 'https://example.vscode-cdn.net',
    ...overrides,
  };
}

describe('renderFrontPage', () => {
  it('sets a strict Content-Security-Policy with the nonce and cspSource and has no scripts', () => {
    const html = renderFrontPage(page());
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    const cdn = 'https://example.vscode-cdn.net';
    assert.equal(
      html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1],
      `default-src 'none'; style-src ${cdn} 'nonce-abc123'; img-src ${cdn} data:;`,
    );
    assert.ok(html.includes('<style nonce="abc123">'));
    assert.equal(html.match(/<style/g)?.length, 1);
    assert.ok(!html.includes('script-src'));
    assert.ok(!html.toLowerCase().includes('<script'));
    assert.ok(!/https?:\/\/(?!example\.vscode-cdn\.net)/.test(html), 'no remote content');
    assert.ok(html.includes('var(--vscode-editor-background'));
  });

  it("shows the company and the UTC date in the masthead, and says the page is in the English document's language", () => {
    const html = renderFrontPage(page());
    assert.ok(html.includes('<html lang="en">'));
    assert.ok(html.includes('<header class="masthead" lang="en" dir="auto">\n<h1>Acme Daily</h1>'));
    assert.ok(
      html.includes(
        '<p class="edition-line"><time datetime="2026-11-22" lang="en" dir="auto">Sunday, November 22, 2026</time> ' +
          '&middot; Support edition &middot; <span class="file-name">macros.reply.md</span></p>',
      ),
    );
  });

  /** The masthead date in the document's language; the masthead around it is worded as the page says (English here). */
  const DATES: { language: string; date: string }[] = [
    { language: 'pl', date: '<time datetime="2026-11-22" lang="pl" dir="auto">niedziela, 22 listopada 2026</time>' },
    { language: 'sv', date: '<time datetime="2026-11-22" lang="sv" dir="auto">söndag 22 november 2026</time>' },
    { language: 'et', date: '<time datetime="2026-11-22" lang="et" dir="auto">pühapäev, 22. november 2026</time>' },
    { language: 'he', date: '<time datetime="2026-11-22" lang="he" dir="rtl">יום ראשון, 22 בנובמבר 2026</time>' },
    { language: 'ja', date: '<time datetime="2026-11-22" lang="ja" dir="auto">2026年11月22日日曜日</time>' },
    { language: 'und', date: '<time datetime="2026-11-22" lang="en" dir="auto">Sunday, November 22, 2026</time>' },
  ];
  for (const { language, date } of DATES) {
    it(`dates the page in the document's language (${language}) and marks the page with it`, () => {
      const html = renderFrontPage(page([blameStory], { language }));
      assert.ok(html.includes(`<html lang="${language}">`));
      assert.ok(html.includes(`<p class="edition-line">${date} &middot; Support edition &middot; `), html);
      assert.ok(html.includes('<header class="masthead" lang="en" dir="auto">'));
    });
  }

  it('renders the lead story with its headline, deck, dateline and quoted sentence', () => {
    const html = renderFrontPage(page());
    assert.ok(html.includes('<article class="story lead severity-error" lang="en" dir="auto">'));
    assert.ok(html.includes('<h2 class="headline">Acme Blames Customer: &quot;You Should Have Read the Manual&quot;</h2>'));
    assert.ok(html.includes('<p class="deck">2 errors and 1 warning: blame, a flat refusal</p>'));
    assert.ok(html.includes('<p class="dateline">Line 3 &middot; reply</p>'));
    assert.ok(html.includes('<p class="lede">The sentence that made the headline: “You should have read the manual.”</p>'));
    assert.ok(!html.includes('No tone problems'));
  });

  it('marks a Hebrew headline and quote with their language and dir="rtl", even when the headline starts with a Latin name', () => {
    const story: FrontPageStory = {
      ...blameStory,
      headline: 'Acme מאשימה את הלקוח: "היית צריך לקרוא"',
      quoted: 'היית צריך לקרוא.',
      language: 'he',
      labels: packFor('he')!.messages.preview,
    };
    const html = renderFrontPage(page([story]));
    assert.ok(html.includes('<article class="story lead severity-error" lang="he" dir="rtl">'));
    assert.ok(html.includes('<h2 class="headline" lang="he" dir="rtl">Acme מאשימה את הלקוח: &quot;היית צריך לקרוא&quot;</h2>'));
    assert.ok(html.includes('&quot;<span lang="he" dir="rtl">היית צריך לקרוא.</span>&quot;'));
  });

  it('leaves the direction of a left-to-right language to the text (dir="auto"), the macro name included', () => {
    const polish = { title: 'Odmowa zwrotu', language: 'pl', labels: packFor('pl')!.messages.preview };
    const html = renderFrontPage(page([{ ...blameStory, ...polish }], { language: 'pl' }));
    assert.ok(html.includes('<p class="kicker" lang="pl" dir="auto">Odmowa zwrotu</p>'));
    assert.ok(html.includes('<h2 class="headline" lang="pl" dir="auto">'));
    assert.ok(html.includes('<article class="story lead severity-error" lang="pl" dir="auto">'));
  });

  /** The page's own words in a pack's language: masthead, edition, dateline, the quote's lede, a clean draft's lede, an empty file. */
  const LABELS: {
    language: string;
    masthead: string;
    edition: string;
    dateline: string;
    quoted: string;
    clean: string;
    noDrafts: string;
  }[] = [
    {
      language: 'en',
      masthead: '<h1>Acme Daily</h1>',
      edition: ' &middot; Support edition &middot; ',
      dateline: 'Line 3 &middot; reply',
      quoted: 'The sentence that made the headline: “<span lang="en" dir="auto">Q</span>”',
      clean: 'No tone problems in this draft.',
      noDrafts: 'No drafts in this file.',
    },
    {
      language: 'pl',
      masthead: '<h1>Dziennik Acme</h1>',
      edition: ' &middot; Wydanie obsługi klienta &middot; ',
      dateline: 'Wiersz 3 &middot; odpowiedź',
      quoted: 'Zdanie, z którego powstał nagłówek: „<span lang="pl" dir="auto">Q</span>”',
      clean: 'Ton tego tekstu jest w porządku.',
      noDrafts: 'W tym pliku nie ma tekstów do sprawdzenia.',
    },
    {
      language: 'sv',
      masthead: '<h1>Acme Dagblad</h1>',
      edition: ' &middot; Kundtjänstupplagan &middot; ',
      dateline: 'Rad 3 &middot; svar',
      quoted: 'Meningen bakom rubriken: ”<span lang="sv" dir="auto">Q</span>”',
      clean: 'Inga tonproblem i den här texten.',
      noDrafts: 'Filen har inga texter att granska.',
    },
    {
      language: 'et',
      masthead: '<h1>Acme Päevaleht</h1>',
      edition: ' &middot; Klienditoe väljaanne &middot; ',
      dateline: 'Rida 3 &middot; vastus',
      quoted: 'Lause, millest sai pealkiri: „<span lang="et" dir="auto">Q</span>“',
      clean: 'Selle teksti toonis pole probleeme.',
      noDrafts: 'Selles failis pole kontrollitavaid tekste.',
    },
    {
      language: 'he',
      masthead: '<h1>יומון Acme</h1>',
      edition: ' &middot; מהדורת שירות הלקוחות &middot; ',
      dateline: 'שורה 3 &middot; תשובה',
      quoted: 'המשפט שהפך לכותרת: &quot;<span lang="he" dir="rtl">Q</span>&quot;',
      clean: 'אין בעיות טון בטקסט הזה.',
      noDrafts: 'אין בקובץ הזה טקסטים לבדיקה.',
    },
  ];
  for (const { language, masthead, edition, dateline, quoted, clean, noDrafts } of LABELS) {
    it(`labels the page and its stories in the draft's language (${language})`, () => {
      const labels = packFor(language)!.messages.preview;
      const marks = `lang="${language}" dir="${language === 'he' ? 'rtl' : 'auto'}"`;
      const story = { ...blameStory, language, labels, quoted: 'Q' };
      const html = renderFrontPage(page([story, { ...cleanStory, language, labels }], { language, wordedIn: language, labels }));
      assert.ok(html.includes(`<header class="masthead" ${marks}>\n${masthead}\n<p class="edition-line"><time`), html);
      assert.ok(html.includes(`</time>${edition}<span class="file-name">`), html);
      assert.ok(html.includes(`<title>${masthead.slice(4, -5)} &middot; macros.reply.md</title>`), html);
      assert.ok(html.includes(`<article class="story lead severity-error" ${marks}>`), html);
      assert.ok(html.includes(`<p class="dateline">${dateline}</p>`), html);
      assert.ok(html.includes(`<p class="lede">${quoted}</p>`), html);
      assert.ok(html.includes(`<article class="story secondary clean" ${marks}>`), html);
      assert.ok(html.includes(`<p class="lede">${clean}</p>`), html);
      const empty = renderFrontPage(page([], { language, wordedIn: language, labels }));
      assert.ok(empty.includes(`<p class="lede" ${marks}>${noDrafts}</p>`), empty);
    });
  }

  it("labels each story in its own language and the masthead in the document's: a Polish section of an English file", () => {
    const polish = { ...blameStory, language: 'pl', labels: packFor('pl')!.messages.preview, line: 12, kind: 'article' as const };
    const html = renderFrontPage(page([{ ...cleanStory, kind: 'article' }, polish]));
    assert.ok(html.includes('<h1>Acme Daily</h1>'));
    assert.ok(html.includes('<p class="dateline">Line 1 &middot; article</p>'));
    assert.ok(html.includes('<p class="dateline">Wiersz 12 &middot; artykuł</p>'));
  });

  it('says something positive about a clean draft and quotes nothing without a sentence', () => {
    const html = renderFrontPage(page([cleanStory]));
    assert.ok(html.includes('<article class="story lead clean" lang="en" dir="auto">'));
    assert.ok(html.includes('<p class="deck">No findings</p>'));
    assert.ok(html.includes('<p class="lede">No tone problems in this draft.</p>'));
    assert.ok(!html.includes('made the headline'));
  });

  it('puts the other stories, with their macro names, in the column grid', () => {
    const refundStory: FrontPageStory = {
      headline: 'Acme Hides Behind Policy: "Per Our Policy, Refunds After 30 Days Are Not Possible"',
      title: 'Refund denied',
      kind: 'reply',
      findingCounts: { error: 0, warning: 3, info: 2, hint: 0 },
      findings: [
        { ruleId: 'no-policy-shield', label: 'hiding behind policy', message: 'Hides behind policy.', severity: 'warning' },
        { ruleId: 'require-apology', label: 'no apology', message: 'No apology.', severity: 'warning' },
        { ruleId: 'require-empathy', label: 'no empathy', message: 'No empathy.', severity: 'info' },
        { ruleId: 'custom-rule', label: 'custom-rule', message: 'Something else.', severity: 'info' },
      ],
      quoted: 'Per our policy, refunds after 30 days are not possible.',
      line: 12,
      counts: ENGLISH_COUNTS,
      labels: ENGLISH_LABELS,
    };
    const html = renderFrontPage(page([blameStory, { ...cleanStory, title: 'Replacement', kind: 'article', line: 20 }, refundStory]));
    const grid = html.slice(html.indexOf('<section class="stories">'), html.indexOf('</section>'));
    assert.ok(grid.includes('<p class="kicker">Refund denied</p>'));
    assert.ok(
      grid.includes(
        '<h3 class="headline">Acme Hides Behind Policy: &quot;Per Our Policy, Refunds After 30 Days Are Not Possible&quot;</h3>',
      ),
    );
    assert.ok(grid.includes('<p class="deck">3 warnings and 2 notes: hiding behind policy, no apology, no empathy, custom-rule</p>'));
    assert.ok(grid.includes('<p class="dateline">Line 12 &middot; reply</p>'));
    assert.ok(grid.includes('<p class="kicker">Replacement</p>'));
    assert.ok(grid.includes('<p class="dateline">Line 20 &middot; article</p>'));
    assert.ok(grid.indexOf('Replacement') < grid.indexOf('Refund denied'), 'stories keep their order');
    assert.ok(!grid.includes('class="story lead'), 'the lead story is not in the grid');
  });

  it('says so when the file has no drafts', () => {
    const html = renderFrontPage(page([]));
    assert.ok(html.includes('<p class="lede" lang="en" dir="auto">No drafts in this file.</p>'));
    assert.ok(!html.includes('<article'));
  });

  it('escapes everything that comes from the input', () => {
    const hostileStory: FrontPageStory = {
      headline: 'Acme Blames <script>alert(1)</script> "onmouseover=alert(2)',
      title: "<img src=x onerror=alert(3)> Tom's macro",
      kind: 'reply',
      findingCounts: { error: 1, warning: 0, info: 0, hint: 0 },
      findings: [{ ruleId: '<b>rule</b>', label: '<b>rule</b>', message: '<i>message</i>', severity: 'error' }],
      quoted: 'Hi {{ticket.requester.first_name}}, write to <dana@example.com> & "we" will <script>reply</script>',
      line: 4,
      counts: ENGLISH_COUNTS,
      labels: ENGLISH_LABELS,
    };
    const html = renderFrontPage(
      page([hostileStory], { companyName: '<script>Acme</script>', fileName: '"onmouseover=x.md', nonce: '"><script>n</script>' }),
    );
    assert.ok(!html.toLowerCase().includes('<script'));
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('"onmouseover='));
    assert.ok(html.includes('Acme Blames &lt;script&gt;alert(1)&lt;/script&gt; &quot;onmouseover=alert(2)'));
    assert.ok(html.includes('<p class="kicker">&lt;img src=x onerror=alert(3)&gt; Tom&#39;s macro</p>'));
    assert.ok(html.includes('<p class="deck">1 error: &lt;b&gt;rule&lt;/b&gt;</p>'));
    assert.ok(
      html.includes(
        '“Hi {{ticket.requester.first_name}}, write to &lt;dana@example.com&gt; ' +
          '&amp; &quot;we&quot; will &lt;script&gt;reply&lt;/script&gt;”',
      ),
    );
    assert.ok(html.includes('<h1>&lt;script&gt;Acme&lt;/script&gt; Daily</h1>'));
    assert.ok(html.includes('<style nonce="&quot;&gt;&lt;script&gt;n&lt;/script&gt;">'));
  });
});

describe('describeFindings', () => {
  it('counts by severity, most severe first, and lists each rule once', () => {
    assert.equal(describeFindings(blameStory), '2 errors and 1 warning: blame, a flat refusal');
  });

  it('joins three or more counts as prose', () => {
    const counts = { error: 1, warning: 2, info: 1, hint: 3 };
    assert.equal(
      describeFindings({ findingCounts: counts, findings: [], counts: ENGLISH_COUNTS }),
      '1 error, 2 warnings, 1 note and 3 hints',
    );
  });

  it('says there are no findings for a clean draft', () => {
    assert.equal(describeFindings(cleanStory), 'No findings');
  });

  /** A deck in a pack's language: its counts, with the labels the pack's rules give (written out here). */
  const CASES: {
    language: string;
    counts: Partial<Record<'error' | 'warning' | 'info' | 'hint', number>>;
    labels: string[];
    deck: string;
  }[] = [
    { language: 'en', counts: { error: 1, warning: 1 }, labels: ['blame', 'shouting'], deck: '1 error and 1 warning: blame, shouting' },
    { language: 'pl', counts: { error: 1 }, labels: ['obwinianie klienta'], deck: '1 błąd: obwinianie klienta' },
    {
      language: 'pl',
      counts: { error: 2, warning: 1 },
      labels: ['obwinianie klienta', 'krzyk'],
      deck: '2 błędy i 1 ostrzeżenie: obwinianie klienta, krzyk',
    },
    {
      language: 'pl',
      counts: { error: 5, warning: 22, info: 1, hint: 12 },
      labels: [],
      deck: '5 błędów, 22 ostrzeżenia, 1 uwaga i 12 wskazówek',
    },
    { language: 'pl', counts: {}, labels: [], deck: 'Bez uwag' },
    {
      language: 'sv',
      counts: { error: 1, warning: 2 },
      labels: ['att skylla på kunden', 'skrik'],
      deck: '1 fel och 2 varningar: att skylla på kunden, skrik',
    },
    { language: 'sv', counts: { info: 1, hint: 3 }, labels: [], deck: '1 anmärkning och 3 tips' },
    { language: 'sv', counts: {}, labels: [], deck: 'Inga anmärkningar' },
    {
      language: 'et',
      counts: { warning: 2, info: 1 },
      labels: ['karjumine', 'vabanduse puudumine'],
      deck: '2 hoiatust ja 1 märkus: karjumine, vabanduse puudumine',
    },
    { language: 'et', counts: { error: 1, hint: 5 }, labels: [], deck: '1 viga ja 5 vihjet' },
    { language: 'et', counts: {}, labels: [], deck: 'Märkusi pole' },
    { language: 'he', counts: { error: 2, warning: 1 }, labels: ['האשמת הלקוח', 'צעקה'], deck: '2 שגיאות ו-1 אזהרה: האשמת הלקוח, צעקה' },
    { language: 'he', counts: { error: 1, info: 3 }, labels: [], deck: '1 שגיאה ו-3 הערות' },
    { language: 'he', counts: {}, labels: [], deck: 'אין ממצאים' },
  ];
  for (const { language, counts, labels, deck } of CASES) {
    it(`speaks the draft's language (${language}): ${deck}`, () => {
      const story = {
        language,
        counts: packFor(language)!.messages.counts,
        findingCounts: { ...NO_FINDINGS, ...counts },
        findings: labels.map((label) => ({ ruleId: label, label, message: label, severity: 'error' as const })),
      };
      assert.equal(describeFindings(story), deck);
    });
  }

  it("marks the deck with the draft's language, right to left for Hebrew", () => {
    const hebrew: FrontPageStory = {
      ...blameStory,
      language: 'he',
      counts: packFor('he')!.messages.counts,
      findings: [{ ruleId: 'no-blame', label: 'האשמת הלקוח', message: 'x', severity: 'error' }],
      findingCounts: { ...NO_FINDINGS, error: 1 },
    };
    assert.ok(renderFrontPage(page([hebrew])).includes('<p class="deck" lang="he" dir="rtl">1 שגיאה: האשמת הלקוח</p>'));
  });
});
