import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { statusCounts, type StatusCountMessages } from '../../client/src/statusCounts';
import type { Severity } from '../../server/src/engine/model';

const NONE: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };

/** The messages client/src/statusBar.ts gives to `vscode.l10n.t`, as l10n/bundle.l10n.json lists them. */
const ENGLISH: StatusCountMessages = {
  error: '{count, plural, one {# error} other {# errors}}',
  warning: '{count, plural, one {# warning} other {# warnings}}',
  info: '{count, plural, one {# note} other {# notes}}',
  none: 'no findings',
};

/** What a Polish translation of the bundle would give: every plural form Polish has. */
const POLISH: StatusCountMessages = {
  error: '{count, plural, one {# błąd} few {# błędy} many {# błędów} other {# błędu}}',
  warning: '{count, plural, one {# ostrzeżenie} few {# ostrzeżenia} many {# ostrzeżeń} other {# ostrzeżenia}}',
  info: '{count, plural, one {# uwaga} few {# uwagi} many {# uwag} other {# uwagi}}',
  none: 'bez uwag',
};

describe('status bar counts', () => {
  const l10n = join(__dirname, '..', '..', 'l10n');
  const bundles = readdirSync(l10n).filter((file) => /^bundle\.l10n(\.[\w-]+)?\.json$/.test(file));

  it('uses the messages the English bundle gives translators', () => {
    const bundle = JSON.parse(readFileSync(join(l10n, 'bundle.l10n.json'), 'utf8')) as Record<string, string>;
    for (const message of Object.values(ENGLISH)) assert.equal(bundle[message], message);
  });

  // A translation with a broken plural message would break the status bar: every bundle's count messages must parse.
  for (const file of bundles)
    it(`${file}: every count message is a valid ICU message`, () => {
      const bundle = JSON.parse(readFileSync(join(l10n, file), 'utf8')) as Record<string, string>;
      for (const key of [ENGLISH.error, ENGLISH.warning, ENGLISH.info])
        if (bundle[key] !== undefined) assert.doesNotThrow(() => new IntlMessageFormat(bundle[key]!, 'en'), `${file}: ${bundle[key]}`);
    });

  const CASES: { language: string; messages: StatusCountMessages; counts: Partial<Record<Severity, number>>; text: string }[] = [
    { language: 'en', messages: ENGLISH, counts: { error: 1, warning: 4, info: 2 }, text: '1 error, 4 warnings, 2 notes' },
    { language: 'en', messages: ENGLISH, counts: { warning: 1 }, text: '1 warning' },
    { language: 'en', messages: ENGLISH, counts: { error: 2, info: 1, hint: 7 }, text: '2 errors, 1 note' },
    { language: 'en', messages: ENGLISH, counts: { warning: 1234 }, text: '1,234 warnings' },
    { language: 'en', messages: ENGLISH, counts: { hint: 3 }, text: 'no findings' },
    { language: 'pl', messages: POLISH, counts: { error: 2, info: 5 }, text: '2 błędy i 5 uwag' },
    { language: 'pl', messages: POLISH, counts: { error: 1, warning: 22, info: 12 }, text: '1 błąd, 22 ostrzeżenia i 12 uwag' },
    { language: 'pl', messages: POLISH, counts: {}, text: 'bez uwag' },
  ];
  for (const { language, messages, counts, text } of CASES) {
    it(`counts in the display language (${language}): ${text}`, () => {
      assert.equal(statusCounts({ ...NONE, ...counts }, messages, language), text);
    });
  }
});
