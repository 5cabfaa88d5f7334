import { describeRule } from '../../harness';

describeRule(
  'no-vague-timeline',
  {
    valid: [
      'Vastame teie kirjale kuu aja jooksul.',
      { text: '# Pretensioon\n\nTeavitage müüjat puudusest mõistliku aja jooksul.', kind: 'article' },
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
      { text: 'Võtame teiega [[peagi]] ühendust.', message: '„peagi” ei ütle, millal: nimeta päev või kellaaeg.', output: null },
      { text: 'Pakk saadetakse [[varsti]].', message: '„varsti” ei ütle, millal: nimeta päev või kellaaeg.', output: null },
      { text: 'Paranduse teeme [[lähiajal]].', message: '„lähiajal” ei ütle, millal: nimeta päev või kellaaeg.', output: null },
      {
        text: 'Saadame uue parooli [[mõne aja jooksul]].',
        message: '„mõne aja jooksul” ei ütle, millal: nimeta päev või kellaaeg.',
        output: null,
      },
      {
        text: 'Vastame [[esimesel võimalusel]].',
        message: '„esimesel võimalusel” ei ütle, millal: nimeta päev või kellaaeg.',
        output: null,
      },
      {
        text: 'Lahendame selle [[niipea kui võimalik]].',
        message: '„niipea kui võimalik” ei ütle, millal: nimeta päev või kellaaeg.',
        output: null,
      },
      { text: 'Funktsioon tuleb [[lähitulevikus]].', message: '„lähitulevikus” ei ütle, millal: nimeta päev või kellaaeg.', output: null },
      { text: 'Vaatame selle üle [[kui aega on]].', message: '„kui aega on” ei ütle, millal: nimeta päev või kellaaeg.', output: null },
      {
        text: 'Parandame vea [[võimalikult kiiresti]].',
        message: '„võimalikult kiiresti” ei ütle, millal: nimeta päev või kellaaeg.',
        output: null,
      },
      { text: 'Lisame selle [[kunagi hiljem]].', message: '„kunagi hiljem” ei ütle, millal: nimeta päev või kellaaeg.', output: null },
      {
        text: 'Meeskond vastab [[nii kiiresti kui võimalik]].',
        message: '„nii kiiresti kui võimalik” ei ütle, millal: nimeta päev või kellaaeg.',
        output: null,
      },
    ],
  },
  'et',
);
