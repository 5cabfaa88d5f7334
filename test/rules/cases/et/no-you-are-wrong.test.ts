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
      {
        text: '[[Te eksite]]: pakett uueneb iga kuu.',
        message: '„Te eksite” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[Sa eksid]], tagasimakse on juba tehtud.',
        message: '„Sa eksid” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[Teil ei ole õigus]] hinna osas.',
        message: '„Teil ei ole õigus” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[Sul pole õigus]] selles asjas.',
        message: '„Sul pole õigus” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[See ei vasta tõele]], pakk toimetati kätte esmaspäeval.',
        message: '„See ei vasta tõele” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[See pole tõsi]]: allahindlus ei kehtinud sellele paketile.',
        message: '„See pole tõsi” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[Te saite valesti aru]] prooviperioodi tingimustest.',
        message: '„Te saite valesti aru” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[See ei ole viga]], nii peabki olema.',
        message: '„See ei ole viga” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: 'Kontrollisime logisid ja kõik [[töötab nii nagu peab]].',
        message: '„töötab nii nagu peab” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
      {
        text: '[[Te mõistsite valesti]] arvet.',
        message: '„Te mõistsite valesti” ütleb kliendile, et ta eksib: aita tal asja näha.',
        output: null,
      },
    ],
  },
  'et',
);
