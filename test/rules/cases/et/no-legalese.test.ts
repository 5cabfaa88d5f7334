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
    ],
    invalid: [
      { text: '[[Antud juhul]] teeme tagasimakse kuu lõpus.', output: 'Sel juhul teeme tagasimakse kuu lõpus.' },
      { text: '[[Eeltoodust]] lähtudes sulgeme pöördumise.', output: null },
      { text: 'Uuendus [[viiakse läbi]] öösel.', output: null },
      { text: '[[Antud olukorras]] palume kannatlikkust.', output: null },
      { text: '[[Sellest tulenevalt]] muutsime tarneaega.', output: null },
      { text: '[[Seoses sellega]] sulgesime pöördumise.', output: 'Seepärast sulgesime pöördumise.' },
      { text: 'Kliendil [[omab õigust]] tellimus tühistada.', output: null },
      { text: '[[Eelnimetatud]] tellimus on teel.', output: null },
      { text: '[[Ülalnimetatud]] pakk on teel.', output: null },
      { text: '[[Antud küsimuses]] palume kannatlikkust.', output: null },
      { text: 'Arve on [[eeltoodud]] põhjusel tühistatud.', output: null },
    ],
  },
  'et',
);
