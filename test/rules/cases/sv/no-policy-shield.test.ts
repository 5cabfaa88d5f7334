import { describeRule } from '../../harness';

describeRule(
  'no-policy-shield',
  {
    valid: [
      'Enligt våra villkor får du svar inom 14 dagar.',
      'Vi tar tillbaka varor inom 30 dagar eftersom vi sedan inte kan sälja dem igen.',
      'Om det inte är vårt fel hjälper vi dig ändå att hitta en lösning.',
      'Vår policy tillåter byten inom 60 dagar.',
      'Så här fungerar den nya panelen.',
      'Det kan vi påverka, och vi skickar paketet i dag.',
      'Reglerna för returer står i klartext på hjälpsidan.',
      'Enligt din begäran har vi ändrat leveransadressen.',
      'Vi ansvarar för paketet tills det har levererats.',
      'Är det inte vårt ansvar att ersätta kabeln? Jag kollar det.',
    ],
    invalid: [
      { text: '[[Enligt våra regler kan vi inte]] ta tillbaka varan.', output: null },
      { text: '[[Vår policy tillåter inte]] ändringar av datumet.', output: null },
      { text: '[[Så är reglerna]], tyvärr.', output: null },
      { text: '[[Det är inte vårt fel]] att budet var sent.', output: null },
      { text: '[[Det är inte mitt ansvar]], kontakta banken.', output: null },
      { text: '[[Vi ansvarar inte för]] förseningar hos posten.', output: null },
      { text: 'Tyvärr, [[det kan vi inte påverka]].', output: null },
      { text: '[[Så fungerar det bara]].', output: null },
      { text: '[[Våra rutiner medger inte]] undantag.', output: null },
      { text: '[[Enligt gällande villkor, ersätts inte]] fraktkostnaden.', output: null },
    ],
  },
  'sv',
);
