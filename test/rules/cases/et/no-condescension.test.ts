import { describeRule } from '../../harness';

describeRule(
  'no-condescension',
  {
    valid: [
      'Klõpsake Salvesta ja muudatus ilmub kohe.',
      'See on lihtsalt meie viga.',
      'Kas piisab, kui klõpsan Salvesta?',
      'Muidugi aitan hea meelega!',
      'Nagu ekraanipildilt näha, on nupp üleval paremal.',
      'Ma ei tea veel, mis juhtus, aga vaatan logid üle.',
      'Protsess on lihtne ja võtab kaks minutit.',
      'Tellimuse numbrist piisab, et see üles leida.',
      'Nagu te kirjutasite, tekib viga pärast uuendust.',
      '## See on lihtne',
    ],
    invalid: [
      { text: '[[Lihtsalt klõpsake]] Salvesta.', output: null },
      { text: '[[Nagu te kindlasti teate]], peab parool olema 8 märki.', output: null },
      { text: '[[See on lihtne]]: avage Seaded.', output: null },
      { text: '[[Kõik ju teavad]], kuidas parooli muuta.', output: null },
      { text: '[[Nagu juhendis selgelt kirjas on]], ühendatakse kaabel viimasena.', output: null },
      { text: 'Seejärel [[lihtsalt logige]] uuesti sisse.', output: null },
      { text: '[[Lihtsalt taaskäivitage]] rakendus.', output: null },
      { text: '[[See on ju ilmselge]], et enne tuleb salvestada.', output: null },
      { text: '[[Nagu sa tead]], teeme varukoopia igal ööl.', output: null },
      { text: 'Parandamiseks [[lihtsalt tühjendage]] vahemälu.', output: null },
    ],
  },
  'et',
);
