import { describeRule } from '../../harness';

describeRule(
  'no-you-are-wrong',
  {
    valid: [
      'Teil on täiesti õigus: arvel oli vale registrikood.',
      'Kui ma sain valesti aru, andke palun teada.',
      'See oli meie viga, võtsime tasu kaks korda.',
      'Kas see ei vasta tõele, et pakett uueneb iga kuu?',
      'Kui see ei vasta tõele, saatke palun ekraanipilt.',
      'Rakendus töötab pärast uuendust kiiremini.',
      'Saan aru, miks see segadust tekitas: pakett uueneb iga kuu.',
      'Teie märkus oli täpne ja parandasime artikli.',
      'Veateade „see pole tõsi” ilmub, kui parool ei klapi.',
      'Kõik eksivad vahel, seepärast lisasime tagasivõtmise nupu.',
    ],
    invalid: [
      { text: '[[Te eksite]]: pakett uueneb iga kuu.', output: null },
      { text: '[[Sa eksid]], tagasimakse on juba tehtud.', output: null },
      { text: '[[Teil ei ole õigus]] hinna osas.', output: null },
      { text: '[[Sul pole õigus]] selles asjas.', output: null },
      { text: '[[See ei vasta tõele]], pakk toimetati kätte esmaspäeval.', output: null },
      { text: '[[See pole tõsi]]: allahindlus ei kehtinud sellele paketile.', output: null },
      { text: '[[Te saite valesti aru]] prooviperioodi tingimustest.', output: null },
      { text: '[[See ei ole viga]], nii peabki olema.', output: null },
      { text: 'Kontrollisime logisid ja kõik [[töötab nii nagu peab]].', output: null },
      { text: '[[Te mõistsite valesti]] arvet.', output: null },
    ],
  },
  'et',
);
