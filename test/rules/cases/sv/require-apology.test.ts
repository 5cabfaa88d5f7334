import { describeRule } from '../../harness';

const reply = (body: string) => `Hej Sam,\n\n${body}\n\nMed vänliga hälsningar,\nAnna`;

describeRule(
  'require-apology',
  {
    valid: [
      reply('Förlåt för krånglet med fakturan. Den rättade finns i bilagan.'),
      reply('Vi ber om ursäkt för den sena leveransen.'),
      reply('Ursäkta dröjsmålet, nu är kontot aktivt.'),
      reply('Vi beklagar att paketet kom fram skadat.'),
      reply('Jag är verkligen ledsen att du fick vänta så länge.'),
      reply('Det var vårt fel: vi tog betalt två gånger.'),
      reply('Vi är ledsna för besväret med inloggningen.'),
      reply('Ber om ursäkt för förväxlingen av adressen.'),
      reply('Det var mitt misstag, jag skickade fel fil.'),
      reply('Ursäkten kommer sent, men den är ärlig: vi missade ditt mejl.'),
      { text: '# Byta lösenord\n\nÖppna Inställningar och klicka på Byt lösenord.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Hej Sam,]]\n\nåterbetalningen gjordes i måndags.\n\nMed vänliga hälsningar,\nAnna',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
        output: 'Hej Sam,\n\nFörlåt för besväret. återbetalningen gjordes i måndags.\n\nMed vänliga hälsningar,\nAnna',
      },
      {
        text: '[[Hej Sam,]]\n\nvi beklagar att du upplever det så. Avgiften följer prislistan.\n\nMvh,\nAnna',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hej Sam,]]\n\nförlåt om du kände dig illa behandlad.\n\nMvh,\nAnna',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hejsan,]]\n\nfakturan finns i bilagan.\n\nHälsningar,\nTom',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hej,]]\n\nvi ber om ursäkt om något gick fel.\n\nVänliga hälsningar,\nSupporten',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hej Sam,]]\n\nvi har kollat ordern och den skickas i morgon.\n\nMvh,\nSupporten',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hej,]]\n\nlösenordet är återställt.\n\nHälsningar,\nOla',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hej Sam,]]\n\nvi beklagar att ni tycker så.\n\nMvh,\nAnna',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[God morgon,]]\n\nreklamationen är mottagen.\n\nMed vänliga hälsningar,\nKundtjänst',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
      {
        text: '[[Hej Sam,]]\n\ntack för ditt mejl. Kontot är nu aktivt.\n\nMvh,\nAnna',
        message: 'Ingen ursäkt i svaret: be om ursäkt för besväret, även om det inte var vårt fel.',
      },
    ],
  },
  'sv',
);
