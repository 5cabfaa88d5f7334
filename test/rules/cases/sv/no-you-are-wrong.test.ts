import { describeRule } from '../../harness';

describeRule(
  'no-you-are-wrong',
  {
    valid: [
      'Du har helt rätt: fakturan hade fel momsnummer.',
      'Om jag har missförstått frågan, säg gärna till.',
      'Det var fel av oss att ta betalt två gånger.',
      'Stämmer det inte att planen förnyas varje månad?',
      'Om det inte stämmer, skicka en skärmbild.',
      'Det stämmer att provperioden är 14 dagar.',
      'Appen fungerar snabbare efter uppdateringen.',
      'Felmeddelandet ”det är fel lösenord” visas när lösenordet inte matchar.',
      'Jag förstår att det var otydligt: abonnemanget förnyas varje månad.',
      'Din kommentar var träffande och vi har rättat artikeln.',
    ],
    invalid: [
      {
        text: '[[Du har fel]]: abonnemanget förnyas varje månad.',
        message: '”Du har fel” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Ni har helt fel]] om priset.',
        message: '”Ni har helt fel” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Du missförstår]] hur provperioden fungerar.',
        message: '”Du missförstår” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Ni har missuppfattat]] villkoren.',
        message: '”Ni har missuppfattat” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Det stämmer inte]], paketet levererades i måndags.',
        message: '”Det stämmer inte” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Det är inte sant]] att rabatten gällde alla planer.',
        message: '”Det är inte sant” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Det är ingen bugg]], det ska vara så.',
        message: '”Det är ingen bugg” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: 'Vi har kollat loggarna och allt [[fungerar som det ska]].',
        message: '”fungerar som det ska” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Du tar fel]], uppdateringen var gratis.',
        message: '”Du tar fel” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
      {
        text: '[[Det är inget fel]] på appen.',
        message: '”Det är inget fel” säger att kunden har fel: hjälp kunden att se det i stället.',
        output: null,
      },
    ],
  },
  'sv',
);
