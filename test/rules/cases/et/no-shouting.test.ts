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
      {
        text: 'Ärge ühendage seadet uuenduse ajal lahti[[!!!]]',
        message: '„!!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Ärge ühendage seadet uuenduse ajal lahti!',
      },
      {
        text: 'Me oleme sellest juba kirjutanud[[!!]]',
        message: '„!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Me oleme sellest juba kirjutanud!',
      },
      {
        text: 'Miks te sõnumit ei lugenud[[?!]]',
        message: '„?!” kõlab nagu karjumine: ühest „?” piisab.',
        output: 'Miks te sõnumit ei lugenud?',
      },
      { text: 'Mis juhtus[[?!?]]', message: '„?!?” kõlab nagu karjumine: ühest „?” piisab.', output: 'Mis juhtus?' },
      {
        text: 'Väga tähtis[[!!!!]] Salvestage kood.',
        message: '„!!!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Väga tähtis! Salvestage kood.',
      },
      {
        text: 'See on kiire[[!!]] Palun vastake täna.',
        message: '„!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'See on kiire! Palun vastake täna.',
      },
      { text: 'Aitäh[[!!!]]', message: '„!!!” kõlab nagu karjumine: ühest „!” piisab.', output: 'Aitäh!' },
      { text: 'Tellimus on tühistatud[[!?]]', message: '„!?” kõlab nagu karjumine: ühest „?” piisab.', output: 'Tellimus on tühistatud?' },
      {
        text: 'Ärge jagage oma parooli[[!!!]]',
        message: '„!!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Ärge jagage oma parooli!',
      },
      {
        text: 'Palun ärge enam helistage[[!!]]',
        message: '„!!” kõlab nagu karjumine: ühest „!” piisab.',
        output: 'Palun ärge enam helistage!',
      },
    ],
  },
  'et',
);
