import { describeRule } from '../../harness';

describeRule(
  'no-policy-shield',
  {
    valid: [
      'Vastavalt meie tingimustele vastame 14 päeva jooksul.',
      'Võtame kauba tagasi 30 päeva jooksul, sest hiljem ei saa me seda uuesti müüa.',
      'Kui see pole meie süü, aitame teid ikkagi lahendust leida.',
      'Meie reeglid lubavad vahetust 60 päeva jooksul.',
      'Nii näeb uus paneel välja.',
      'Saame tarneaega mõjutada ja saadame paki täna.',
      'Tagastamise reeglid on abilehel lihtsas keeles kirjas.',
      'Vastavalt teie soovile muutsime tarneaadressi.',
      'Vastutame paki eest kuni kättetoimetamiseni.',
      'Kas see pole meie vastutus? Uurin kohe järele.',
    ],
    invalid: [
      {
        text: '[[Vastavalt meie reeglitele me kaupa tagasi ei]] võta.',
        message: '„Vastavalt meie reeglitele me kaupa tagasi ei” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[Meie reeglid ei luba]] kuupäeva muuta.',
        message: '„Meie reeglid ei luba” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[Sellised on reeglid]], kahjuks.',
        message: '„Sellised on reeglid” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[See ei ole meie süü]], et kuller hilines.',
        message: '„See ei ole meie süü” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[See pole minu probleem]], pöörduge panka.',
        message: '„See pole minu probleem” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[Me ei vastuta]] posti viivituste eest.',
        message: '„Me ei vastuta” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: 'Kahjuks [[me ei saa seda mõjutada]].',
        message: '„me ei saa seda mõjutada” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[Nii see lihtsalt on]].',
        message: '„Nii see lihtsalt on” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[Tingimused ei näe ette]] erandeid.',
        message: '„Tingimused ei näe ette” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
      {
        text: '[[Selline on kord]], peate ootama.',
        message: '„Selline on kord” peitub reeglite taha: selgita põhjust oma sõnadega.',
        output: null,
      },
    ],
  },
  'et',
);
