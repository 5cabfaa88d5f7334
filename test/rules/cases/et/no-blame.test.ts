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
      {
        text: '[[Te oleksite pidanud]] juhendit lugema enne paigaldamist.',
        message: '„Te oleksite pidanud” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: '[[Sa oleksid pidanud]] aadressi enne tellimist kontrollima.',
        message: '„Sa oleksid pidanud” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: 'Kahjuks [[te ei lugenud]] kampaania tingimusi.',
        message: '„te ei lugenud” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: '[[Teie ei järginud]] juhiseid.',
        message: '„Teie ei järginud” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: 'Viivitus oli [[teie enda viga]], sest aadress oli vale.',
        message: '„teie enda viga” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: 'See on tüüpiline [[kasutaja viga]] seadistamisel.',
        message: '„kasutaja viga” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: '[[Nagu ma juba kirjutasin]], parooli saab muuta seadetes.',
        message: '„Nagu ma juba kirjutasin” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: '[[Probleem on teie poolel]], mitte meie.',
        message: '„Probleem on teie poolel” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: 'See oli [[sinu süü]], et tellimus ei jõudnud kohale.',
        message: '„sinu süü” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
      {
        text: '[[Te pole lugenud]] kasutustingimusi.',
        message: '„Te pole lugenud” süüdistab klienti: kirjelda, mis juhtus ja mida me nüüd teeme.',
        output: null,
      },
    ],
  },
  'et',
);
