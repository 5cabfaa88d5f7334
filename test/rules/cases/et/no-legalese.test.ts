import { describeRule } from '../../harness';

describeRule(
  'no-legalese',
  {
    valid: [
      'Sel juhul teeme tagasimakse selle kuu jooksul.',
      'Saadame uue arve homme.',
      'Selle tõttu muutsime tarneaega.',
      'Teil on õigus tellimus tühistada.',
      'Küsimus arve kohta on lahendatud.',
      'Andsime teile uue paneeli kasutusõiguse.',
      'Parooli muutmine võtab minuti.',
      'Seepärast sulgesime pöördumise.',
      'Kontrollime tellimust ja vastame homme.',
      'Makse teostati eile ja raha on teel.',
      'Käesolevad tingimused kehtivad alates 1. märtsist.',
      'See juhend näitab, kuidas arvet alla laadida.',
      'Meil on õigus tellimus tühistada, kui makse ei laeku.',
      'Soodustus kehtib kõigile tellimustele kuni pühapäevani.',
    ],
    invalid: [
      {
        text: 'Soodustust [[kohaldatakse]] kõigile tellimustele.',
        message: '„kohaldatakse” on ametikeel: kirjuta lihtsamalt.',
        output: null,
      },
      {
        text: 'Kampaaniatoodetele ei [[kohaldata]] lisasoodustust.',
        message: '„kohaldata” on ametikeel: kirjuta lihtsamalt.',
        output: null,
      },
      {
        text: '[[Antud juhul]] teeme tagasimakse kuu lõpus.',
        message: '„Antud juhul” on ametikeel: kirjuta lihtsamalt. Parem: „sel juhul”.',
        output: 'Sel juhul teeme tagasimakse kuu lõpus.',
      },
      { text: '[[Eeltoodust]] lähtudes sulgeme pöördumise.', message: '„Eeltoodust” on ametikeel: kirjuta lihtsamalt.', output: null },
      { text: 'Uuendus [[viiakse läbi]] öösel.', message: '„viiakse läbi” on ametikeel: kirjuta lihtsamalt.', output: null },
      { text: '[[Antud olukorras]] palume kannatlikkust.', message: '„Antud olukorras” on ametikeel: kirjuta lihtsamalt.', output: null },
      {
        text: '[[Sellest tulenevalt]] muutsime tarneaega.',
        message: '„Sellest tulenevalt” on ametikeel: kirjuta lihtsamalt.',
        output: null,
      },
      {
        text: '[[Seoses sellega]] sulgesime pöördumise.',
        message: '„Seoses sellega” on ametikeel: kirjuta lihtsamalt. Parem: „seepärast”.',
        output: 'Seepärast sulgesime pöördumise.',
      },
      { text: 'Kliendil [[omab õigust]] tellimus tühistada.', message: '„omab õigust” on ametikeel: kirjuta lihtsamalt.', output: null },
      { text: '[[Eelnimetatud]] tellimus on teel.', message: '„Eelnimetatud” on ametikeel: kirjuta lihtsamalt.', output: null },
      { text: '[[Ülalnimetatud]] pakk on teel.', message: '„Ülalnimetatud” on ametikeel: kirjuta lihtsamalt.', output: null },
      { text: '[[Antud küsimuses]] palume kannatlikkust.', message: '„Antud küsimuses” on ametikeel: kirjuta lihtsamalt.', output: null },
      { text: 'Arve on [[eeltoodud]] põhjusel tühistatud.', message: '„eeltoodud” on ametikeel: kirjuta lihtsamalt.', output: null },
      {
        text: 'Tagastamise kord on [[sätestatud]] müügitingimustes.',
        message: '„sätestatud” on ametikeel: kirjuta lihtsamalt.',
        output: null,
      },
      {
        text: 'Pood [[jätab endale õiguse]] hindu muuta.',
        message: '„jätab endale õiguse” on ametikeel: kirjuta lihtsamalt.',
        output: null,
      },
    ],
  },
  'et',
);
