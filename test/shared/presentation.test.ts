import assert from 'node:assert/strict';
import type { Severity } from '../../server/src/engine/model';
import { packFor } from '../../server/src/packs';
import { countBySeverity, countWith, describeCounts, ENGLISH_COUNTS, escapeHtml, lensTitle } from '../../server/src/shared/presentation';

const NONE: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };

describe('shared presentation', () => {
  it('counts by severity, with zero for the severities that did not occur', () => {
    const counts = countBySeverity([{ severity: 'error' }, { severity: 'info' }, { severity: 'error' }]);
    assert.deepEqual(counts, { error: 2, warning: 0, info: 1, hint: 0 });
  });

  it("counts with a language's nouns in its plural forms, most severe first", () => {
    const wording = { severities: ['error', 'warning'] as const, join: (parts: string[]) => parts.join(' / '), none: '-' };
    const polish = packFor('pl')!.messages.counts.severities;
    assert.equal(
      describeCounts({ ...NONE, error: 5, warning: 22 }, { ...wording, count: countWith(polish, 'pl') }),
      '5 błędów / 22 ostrzeżenia',
    );
    assert.equal(describeCounts({ ...NONE, error: 1 }, { ...wording, count: countWith(ENGLISH_COUNTS.severities, 'en') }), '1 error');
    assert.equal(describeCounts({ ...NONE, hint: 3 }, { ...wording, count: countWith(ENGLISH_COUNTS.severities, 'en') }), '-');
  });

  /** The lens in the language its headline is written in: errors, warnings and notes (hints are not counted). */
  const LENSES: { language: string; headline: string; counts: Partial<Record<Severity, number>>; title: string }[] = [
    { language: 'en', headline: 'Acme Blames Customer', counts: { error: 1, info: 1 }, title: '📰 Acme Blames Customer · 1 error, 1 note' },
    {
      language: 'en',
      headline: 'Acme Blames Customer',
      counts: { error: 1, warning: 4, info: 2, hint: 5 },
      title: '📰 Acme Blames Customer · 1 error, 4 warnings, 2 notes',
    },
    { language: 'en', headline: 'Acme Apologizes', counts: { hint: 2 }, title: '📰 Acme Apologizes · no findings' },
    { language: 'pl', headline: 'Acme obwinia klienta', counts: { warning: 2 }, title: '📰 Acme obwinia klienta · 2 ostrzeżenia' },
    {
      language: 'pl',
      headline: 'Acme obwinia klienta',
      counts: { error: 1, warning: 12, info: 22 },
      title: '📰 Acme obwinia klienta · 1 błąd, 12 ostrzeżeń i 22 uwagi',
    },
    { language: 'pl', headline: 'Acme przeprasza', counts: {}, title: '📰 Acme przeprasza · bez uwag' },
    {
      language: 'sv',
      headline: 'Acme skyller på kunden',
      counts: { error: 2, warning: 1 },
      title: '📰 Acme skyller på kunden · 2 fel, 1 varning',
    },
    { language: 'sv', headline: 'Acme ber om ursäkt', counts: { hint: 1 }, title: '📰 Acme ber om ursäkt · inga anmärkningar' },
    {
      language: 'et',
      headline: 'Acme süüdistab klienti',
      counts: { warning: 1, info: 3 },
      title: '📰 Acme süüdistab klienti · 1 hoiatus, 3 märkust',
    },
    { language: 'et', headline: 'Acme vabandab', counts: {}, title: '📰 Acme vabandab · märkusi pole' },
    {
      language: 'he',
      headline: 'Acme מאשימה את הלקוח',
      counts: { error: 1, warning: 4, info: 2 },
      title: '📰 Acme מאשימה את הלקוח · 1 שגיאה, 4 אזהרות, 2 הערות',
    },
    { language: 'he', headline: 'Acme מתנצלת', counts: {}, title: '📰 Acme מתנצלת · אין ממצאים' },
  ];
  for (const { language, headline, counts, title } of LENSES) {
    it(`titles a lens in the headline's language (${language}): ${title}`, () => {
      const draft = { headline, findingCounts: { ...NONE, ...counts }, wordedIn: language, counts: packFor(language)!.messages.counts };
      assert.equal(lensTitle(draft), title);
    });
  }

  it('escapes the five HTML special characters', () => {
    assert.equal(escapeHtml(`<a href="x">Tom's & Jerry's</a>`), '&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;');
  });
});
