import { describeRule } from '../../harness';

const HIDES = 'varjab, kes seda tegi: ütle, kes, näiteks „me sulgesime teie konto”.';
/** A finding on `phrase`: the quoted phrase and the rule's message. */
const hides = (phrase: string) => `„${phrase}” ${HIDES}`;

describeRule(
  'no-hidden-agent',
  {
    valid: [
      'Teie konto suleti meie turvameeskonna poolt pärast kolme ebaõnnestunud makset.',
      'Meie turvameeskond sulges teie konto pärast kolme ebaõnnestunud sisselogimist.',
      'Teie tellimus saadeti täna teele.',
      'Teie tagasimakse tehti esmaspäeval.',
      'Teie konto on taastatud ja kõik projektid on alles.',
      'Tühistasime teie tellimuse, sest pank keeldus maksest.',
      'Teie konto ei ole suletud.',
      'Kui teie konto on blokeeritud, vastake sellele kirjale.',
      'Kas teie tellimus tühistati?',
      'Teie tellimus tühistati teie palvel.',
      'Teie andmed on kustutatud vastavalt teie soovile.',
      'Viga on parandatud versioonis 3.2.',
      { text: 'Tellimus tühistatakse, kui makse ei laeku 7 päeva jooksul.', kind: 'article' },
      { text: '## Teie konto on blokeeritud\n\nNii saate selle avada.', kind: 'article' },
    ],
    invalid: [
      { text: '[[Teie konto suleti]].', message: hides('Teie konto suleti'), output: null },
      { text: '[[Tellimus tühistati]] ja raha kanti tagasi.', message: hides('Tellimus tühistati'), kind: 'reply', output: null },
      { text: '[[Konto on blokeeritud]] pärast kolme katset.', message: hides('Konto on blokeeritud'), kind: 'reply' },
      { text: '[[Teie konto on ajutiselt blokeeritud]].', message: hides('Teie konto on ajutiselt blokeeritud') },
      { text: 'Kahjuks [[on teie konto suletud]].', message: hides('on teie konto suletud') },
      { text: 'Eile [[suleti teie konto]].', message: hides('suleti teie konto') },
      { text: '[[Teie taotlus jäeti rahuldamata]].', message: hides('Teie taotlus jäeti rahuldamata') },
      { text: '[[Sinu tellimus tühistati]] ekslikult.', message: hides('Sinu tellimus tühistati') },
      { text: '[[Otsustati, et]] prooviperioodi ei pikendata.', message: hides('Otsustati, et') },
      { text: 'Märtsis [[tehti otsus]] pood sulgeda.', message: hides('tehti otsus') },
      { text: '[[Teilt võeti topelt tasu]] märtsi eest.', message: hides('Teilt võeti topelt tasu') },
      { text: 'Pakkimisel [[tehti viga]].', message: hides('tehti viga') },
      { text: '[[Teie konto suletakse]] reedel.', message: hides('Teie konto suletakse'), kind: 'reply' },
    ],
  },
  'et',
);
