import { describeRule } from '../../harness';

describeRule(
  'no-blame',
  {
    valid: [
      'Te peaksite kinnituskirja saama tunni jooksul.',
      'Kui te ei lugenud juhendit veel, leiate lingi allpool.',
      'Kas te ei lugenud meie uut juhendit?',
      'See pole teie süü: server andis salvestamisel vea.',
      'Probleem on meie poolel ja parandame selle täna.',
      'Arve peaks homsest kontol nähtav olema.',
      'Me oleksime pidanud meeldetuletuse varem saatma, vabandame.',
      'Kasutaja saab parooli ise seadetes muuta.',
      'Enne paigaldamist tasub see peatükk läbi lugeda.',
      'Nagu me uudiskirjas kirjutasime, on rakendusel uus kujundus.',
    ],
    invalid: [
      { text: '[[Te oleksite pidanud]] juhendit lugema enne paigaldamist.', output: null },
      { text: '[[Sa oleksid pidanud]] aadressi enne tellimist kontrollima.', output: null },
      { text: 'Kahjuks [[te ei lugenud]] kampaania tingimusi.', output: null },
      { text: '[[Teie ei järginud]] juhiseid.', output: null },
      { text: 'Viivitus oli [[teie enda viga]], sest aadress oli vale.', output: null },
      { text: 'See on tüüpiline [[kasutaja viga]] seadistamisel.', output: null },
      { text: '[[Nagu ma juba kirjutasin]], parooli saab muuta seadetes.', output: null },
      { text: '[[Probleem on teie poolel]], mitte meie.', output: null },
      { text: 'See oli [[sinu süü]], et tellimus ei jõudnud kohale.', output: null },
      { text: '[[Te pole lugenud]] kasutustingimusi.', output: null },
    ],
  },
  'et',
);
