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
      { text: 'Dra inte ur sladden under uppdateringen[[!!!]]', output: 'Dra inte ur sladden under uppdateringen!' },
      { text: 'Vi har redan skrivit om det[[!!]]', output: 'Vi har redan skrivit om det!' },
      { text: 'Varför läste du inte meddelandet[[?!]]', output: 'Varför läste du inte meddelandet?' },
      { text: 'Vad hände[[?!?]]', output: 'Vad hände?' },
      { text: 'Mycket viktigt[[!!!!]] Spara koden.', output: 'Mycket viktigt! Spara koden.' },
      { text: 'Det är brådskande[[!!]] Svara gärna idag.', output: 'Det är brådskande! Svara gärna idag.' },
      { text: 'Tack[[!!!]]', output: 'Tack!' },
      { text: 'Ordern är avbruten[[!?]]', output: 'Ordern är avbruten?' },
      { text: 'Dela inte ditt lösenord[[!!!]]', output: 'Dela inte ditt lösenord!' },
      { text: 'Ring inte igen[[!!]]', output: 'Ring inte igen!' },
    ],
  },
  'sv',
);
