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
      { text: '[[Vastavalt meie reeglitele me kaupa tagasi ei]] võta.', output: null },
      { text: '[[Meie reeglid ei luba]] kuupäeva muuta.', output: null },
      { text: '[[Sellised on reeglid]], kahjuks.', output: null },
      { text: '[[See ei ole meie süü]], et kuller hilines.', output: null },
      { text: '[[See pole minu probleem]], pöörduge panka.', output: null },
      { text: '[[Me ei vastuta]] posti viivituste eest.', output: null },
      { text: 'Kahjuks [[me ei saa seda mõjutada]].', output: null },
      { text: '[[Nii see lihtsalt on]].', output: null },
      { text: '[[Tingimused ei näe ette]] erandeid.', output: null },
      { text: '[[Selline on kord]], peate ootama.', output: null },
    ],
  },
  'et',
);
