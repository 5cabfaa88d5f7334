import { describeRule } from '../../harness';

/** The finding's message: a reply that never acknowledges how the customer feels. */
const MISSING = 'Ingen empati i svaret: visa att du förstår hur kunden känner.';
const reply = (body: string) => `Hej Sam,\n\n${body}\n\nMed vänliga hälsningar,\nAnna`;
/** A reply with no empathy: the finding is on its greeting. */
const flagged = (body: string) => ({ text: `[[Hej Sam,]]\n\n${body}\n\nMed vänliga hälsningar,\nAnna`, message: MISSING });

describeRule(
  'require-empathy',
  {
    valid: [
      reply('Jag förstår att det är frustrerande när exporten stannar halvvägs. Gränsen är nu höjd till 50 000 rader.'),
      reply('Jag förstår verkligen hur stressigt det är precis före en resa. Biljetten ligger nu i appen.'),
      reply('Vi förstår din frustration. Den rättade fakturan är bifogad.'),
      reply('Tråkigt att höra. Budet hämtar paketet i morgon.'),
      reply('Ledsen att du har behövt vänta så länge på svar. Återbetalningen är gjord.'),
      reply('Det låter verkligen jobbigt. Vi har skickat en ny aktiveringskod.'),
      reply('Det måste ha varit väldigt irriterande att bli utloggad hela tiden. Version 4.2 rättar det.'),
      reply('Jag förstår att du är orolig för den dubbla dragningen. Den andra dragningen är nu återförd.'),
      reply('Jag skulle också bli frustrerad om fakturan hade fel företagsnamn. Den rättade fakturan är bifogad.'),
      reply('Det är helt förståeligt att du vill säga upp abonnemanget. Det är nu avslutat.'),
      reply('Du har all rätt att förvänta dig en kreditering efter ett sådant avbrott. Vi har lagt till en gratis månad.'),
      reply('Jag vet hur viktigt det här paketet är inför helgen. Det lämnade lagret i dag.'),
      { text: '# Byta lösenord\n\nÖppna Inställningar och klicka på Byt lösenord.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Hej Sam,]]\n\nexportgränsen är 10 000 rader.\n\nMed vänliga hälsningar,\nAnna',
        message: MISSING,
        output: 'Hej Sam,\n\nJag förstår hur frustrerande det här är. exportgränsen är 10 000 rader.\n\nMed vänliga hälsningar,\nAnna',
      },
      {
        text: '[[Hejsan,]]\n\ntack för ditt tålamod. Återbetalningen gjordes i måndags.\n\nMvh,\nTomas',
        message: MISSING,
        output:
          'Hejsan,\n\nJag förstår hur frustrerande det här är. tack för ditt tålamod. ' +
          'Återbetalningen gjordes i måndags.\n\nMvh,\nTomas',
      },
      flagged('Vi beklagar olägenheten. Biljetten ligger nu i appen.'),
      flagged('Jag förstår. Biljetten ligger nu i appen.'),
      flagged('Vi beklagar att du upplever det så. Prislistan finns på webbplatsen.'),
      flagged('Ursäkta besväret. Budet hämtar paketet i morgon.'),
      flagged('Tack för att du hörde av dig till oss.'),
      flagged('Det är krångligt att byta adress utan administratörskonto. Instruktionen är bifogad.'),
      flagged('Jag förstår att det gäller fakturan för mars. Jag har skickat den igen.'),
      flagged('Hoppas att det hjälper. Ha en fin dag!'),
      flagged('I din situation skulle jag rekommendera en ny router. Länken finns nedan.'),
      flagged('Vi är ledsna, men priset kan inte ändras.'),
      {
        text:
          '[[Hej Sam,]]\n\n> Det här är så frustrerande, jag har försökt logga in tre gånger.\n\n' +
          'Lösenordet är nu återställt.\n\nMvh,\nAnna',
        message: MISSING,
      },
    ],
  },
  'sv',
);
