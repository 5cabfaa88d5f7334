import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      'Tack så mycket!',
      'Vad hände???',
      'Uppdateringen är klar! Du kan fortsätta.',
      'Har paketet kommit fram?',
      'Fick du koden? Om inte skickar vi den igen.',
      'Vi har öppet mellan kl. 8 och 16.',
      'Ordernumret är SE-2024-118.',
      'Obs: länken gäller i en dag.',
      'Toppen, allt fungerar!',
      'Adressen är support@example.com.',
      'Skicka t.ex. en skärmbild.',
    ],
    invalid: [
      {
        text: 'Dra inte ur sladden under uppdateringen[[!!!]]',
        message: '”!!!” låter som skrik: ett ”!” räcker.',
        output: 'Dra inte ur sladden under uppdateringen!',
      },
      {
        text: 'Vi har redan skrivit om det[[!!]]',
        message: '”!!” låter som skrik: ett ”!” räcker.',
        output: 'Vi har redan skrivit om det!',
      },
      {
        text: 'Varför läste du inte meddelandet[[?!]]',
        message: '”?!” låter som skrik: ett ”?” räcker.',
        output: 'Varför läste du inte meddelandet?',
      },
      { text: 'Vad hände[[?!?]]', message: '”?!?” låter som skrik: ett ”?” räcker.', output: 'Vad hände?' },
      {
        text: 'Mycket viktigt[[!!!!]] Spara koden.',
        message: '”!!!!” låter som skrik: ett ”!” räcker.',
        output: 'Mycket viktigt! Spara koden.',
      },
      {
        text: 'Det är brådskande[[!!]] Svara gärna idag.',
        message: '”!!” låter som skrik: ett ”!” räcker.',
        output: 'Det är brådskande! Svara gärna idag.',
      },
      { text: 'Tack[[!!!]]', message: '”!!!” låter som skrik: ett ”!” räcker.', output: 'Tack!' },
      { text: 'Ordern är avbruten[[!?]]', message: '”!?” låter som skrik: ett ”?” räcker.', output: 'Ordern är avbruten?' },
      { text: 'Dela inte ditt lösenord[[!!!]]', message: '”!!!” låter som skrik: ett ”!” räcker.', output: 'Dela inte ditt lösenord!' },
      { text: 'Ring inte igen[[!!]]', message: '”!!” låter som skrik: ett ”!” räcker.', output: 'Ring inte igen!' },
    ],
  },
  'sv',
);
