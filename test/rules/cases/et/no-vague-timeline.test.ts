import { describeRule } from '../../harness';

describeRule(
  'no-vague-timeline',
  {
    valid: [
      'Võtame teiega peagi ühendust, hiljemalt reedel.',
      'Parandame selle esimesel võimalusel, täna kell 12.',
      'Loodame, et teenus on peagi taas töös.',
      'Kas saate varsti vastata?',
      'Kui te varsti kirja ei saa, vaadake rämpsposti.',
      'Tagasimakse jõuab kolme tööpäeva jooksul.',
      'Vastan homme hommikul.',
      '## Peagi',
      'Saadame raha esmaspäeval.',
      'Uus versioon on saadaval alates 1. märtsist.',
    ],
    invalid: [
      { text: 'Võtame teiega [[peagi]] ühendust.', output: null },
      { text: 'Pakk saadetakse [[varsti]].', output: null },
      { text: 'Paranduse teeme [[lähiajal]].', output: null },
      { text: 'Vastame [[esimesel võimalusel]].', output: null },
      { text: 'Lahendame selle [[niipea kui võimalik]].', output: null },
      { text: 'Funktsioon tuleb [[lähitulevikus]].', output: null },
      { text: 'Vaatame selle üle [[kui aega on]].', output: null },
      { text: 'Parandame vea [[võimalikult kiiresti]].', output: null },
      { text: 'Lisame selle [[kunagi hiljem]].', output: null },
      { text: 'Meeskond vastab [[nii kiiresti kui võimalik]].', output: null },
    ],
  },
  'et',
);
