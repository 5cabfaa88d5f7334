import assert from 'node:assert/strict';
import acronyms from '../../server/src/packs/acronyms.json';
import en from '../../server/src/packs/en/shouting.json';
import et from '../../server/src/packs/et/shouting.json';
import pl from '../../server/src/packs/pl/shouting.json';
import sv from '../../server/src/packs/sv/shouting.json';
import { findingsOf } from './harness';

const words = (lines: readonly string[]) => lines.flatMap((line) => line.split(/\s+/));
const PACKS = { en, pl, sv, et };

describe('no-shouting words in capitals', () => {
  for (const [language, data] of Object.entries(PACKS)) {
    it(`${language}: every shouted, emphasis and name entry is a word in capitals the rule can read`, () => {
      const unreadable = [...words(data.shouted), ...words(data.emphasis), ...words(data.names)].filter(
        (word) => !/^[\p{Lu}'’-]+$/u.test(word) || (word.match(/\p{Lu}/gu) ?? []).length < 2,
      );
      assert.deepEqual(unreadable, []);
    });
    it(`${language}: no shouted or emphasis word is also a name, which is never flagged`, () => {
      const names = new Set([...words(acronyms.names), ...words(acronyms.placeholders), ...words(data.names)]);
      assert.deepEqual(
        [...words(data.shouted), ...words(data.emphasis)].filter((word) => names.has(word)),
        [],
      );
    });
  }

  // Lower-casing changes a word the writer chose: fix-all leaves it to them; one mark for "!!!" is safe.
  const CASES = [
    {
      language: 'en',
      text: 'Do NOT unplug the hub!!!',
      fixes: [
        ['not', false],
        ['!', true],
      ],
    },
    {
      language: 'pl',
      text: 'NIE odłączaj urządzenia!!!',
      fixes: [
        ['Nie', false],
        ['!', true],
      ],
    },
    {
      language: 'sv',
      text: 'Dra INTE ur sladden!!!',
      fixes: [
        ['inte', false],
        ['!', true],
      ],
    },
    {
      language: 'et',
      text: 'ÄRGE ühendage seadet lahti!!!',
      fixes: [
        ['Ärge', false],
        ['!', true],
      ],
    },
    { language: 'he', text: 'אל תנתקו את המכשיר!!!', fixes: [['!', true]] },
  ] as const;
  for (const { language, text, fixes } of CASES) {
    it(`${language}: the fix to capitals is not safe, the fix to stacked marks is`, () => {
      const findings = findingsOf('no-shouting', text, 'article', 'markdown', language);
      assert.deepEqual(
        findings.map((finding) => [finding.fixes[0].edits[0].newText, finding.fixes[0].safe]),
        fixes,
      );
    });
  }
});
