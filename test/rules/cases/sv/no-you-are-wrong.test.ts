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
      { text: '[[Du har fel]]: abonnemanget förnyas varje månad.', output: null },
      { text: '[[Ni har helt fel]] om priset.', output: null },
      { text: '[[Du missförstår]] hur provperioden fungerar.', output: null },
      { text: '[[Ni har missuppfattat]] villkoren.', output: null },
      { text: '[[Det stämmer inte]], paketet levererades i måndags.', output: null },
      { text: '[[Det är inte sant]] att rabatten gällde alla planer.', output: null },
      { text: '[[Det är ingen bugg]], det ska vara så.', output: null },
      { text: 'Vi har kollat loggarna och allt [[fungerar som det ska]].', output: null },
      { text: '[[Du tar fel]], uppdateringen var gratis.', output: null },
      { text: '[[Det är inget fel]] på appen.', output: null },
    ],
  },
  'sv',
);
