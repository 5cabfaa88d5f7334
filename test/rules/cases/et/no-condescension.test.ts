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
      {
        text: '[[Lihtsalt klõpsake]] Salvesta.',
        message: '„Lihtsalt klõpsake” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[Nagu te kindlasti teate]], peab parool olema 8 märki.',
        message: '„Nagu te kindlasti teate” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[See on lihtne]]: avage Seaded.',
        message: '„See on lihtne” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[Kõik ju teavad]], kuidas parooli muuta.',
        message: '„Kõik ju teavad” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[Nagu juhendis selgelt kirjas on]], ühendatakse kaabel viimasena.',
        message: '„Nagu juhendis selgelt kirjas on” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: 'Seejärel [[lihtsalt logige]] uuesti sisse.',
        message: '„lihtsalt logige” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[Lihtsalt taaskäivitage]] rakendus.',
        message: '„Lihtsalt taaskäivitage” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[See on ju ilmselge]], et enne tuleb salvestada.',
        message: '„See on ju ilmselge” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: '[[Nagu sa tead]], teeme varukoopia igal ööl.',
        message: '„Nagu sa tead” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
      {
        text: 'Parandamiseks [[lihtsalt tühjendage]] vahemälu.',
        message: '„lihtsalt tühjendage” räägib lugejaga ülevalt alla: lause on ilma selleta parem.',
        output: null,
      },
    ],
  },
  'et',
);
