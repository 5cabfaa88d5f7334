import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      'Suur aitäh!',
      'Mis juhtus???',
      'Uuendus on valmis! Võite jätkata.',
      'Kas pakk on kohale jõudnud?',
      'Kas saite koodi? Kui ei, saadame selle uuesti.',
      'Oleme avatud kell 8–16.',
      'Tellimuse number on EE-2024-118.',
      'NB: link kehtib ühe päeva.',
      'Suurepärane, kõik töötab!',
      'Aadress on tugi@example.com.',
      'Kirjutage meile e-posti, vestluse jne kaudu.',
    ],
    invalid: [
      { text: 'Ärge ühendage seadet uuenduse ajal lahti[[!!!]]', output: 'Ärge ühendage seadet uuenduse ajal lahti!' },
      { text: 'Me oleme sellest juba kirjutanud[[!!]]', output: 'Me oleme sellest juba kirjutanud!' },
      { text: 'Miks te sõnumit ei lugenud[[?!]]', output: 'Miks te sõnumit ei lugenud?' },
      { text: 'Mis juhtus[[?!?]]', output: 'Mis juhtus?' },
      { text: 'Väga tähtis[[!!!!]] Salvestage kood.', output: 'Väga tähtis! Salvestage kood.' },
      { text: 'See on kiire[[!!]] Palun vastake täna.', output: 'See on kiire! Palun vastake täna.' },
      { text: 'Aitäh[[!!!]]', output: 'Aitäh!' },
      { text: 'Tellimus on tühistatud[[!?]]', output: 'Tellimus on tühistatud?' },
      { text: 'Ärge jagage oma parooli[[!!!]]', output: 'Ärge jagage oma parooli!' },
      { text: 'Palun ärge enam helistage[[!!]]', output: 'Palun ärge enam helistage!' },
    ],
  },
  'et',
);
