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
      'Vi tar ansvar för varje paket tills det är framme hos dig.',
      'Är det inte vårt ansvar att ersätta kabeln? Jag kollar det.',
    ],
    invalid: [
      {
        text: '[[Enligt våra regler kan vi inte]] ta tillbaka varan.',
        message: '”Enligt våra regler kan vi inte” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Vår policy tillåter inte]] ändringar av datumet.',
        message: '”Vår policy tillåter inte” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Så är reglerna]], tyvärr.',
        message: '”Så är reglerna” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Det är inte vårt fel]] att budet var sent.',
        message: '”Det är inte vårt fel” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Det är inte mitt ansvar]], kontakta banken.',
        message: '”Det är inte mitt ansvar” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Vi tar inget ansvar]] för skador under frakten.',
        message: '”Vi tar inget ansvar” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Vi ansvarar inte för]] förseningar hos posten.',
        message: '”Vi ansvarar inte för” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: 'Tyvärr, [[det kan vi inte påverka]].',
        message: '”det kan vi inte påverka” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Så fungerar det bara]].',
        message: '”Så fungerar det bara” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Våra rutiner medger inte]] undantag.',
        message: '”Våra rutiner medger inte” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
      {
        text: '[[Enligt gällande villkor, ersätts inte]] fraktkostnaden.',
        message: '”Enligt gällande villkor, ersätts inte” gömmer sig bakom reglerna: förklara skälet med egna ord.',
        output: null,
      },
    ],
  },
  'sv',
);
