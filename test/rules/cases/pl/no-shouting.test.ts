import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      'Dziękujemy!',
      'Co się stało???',
      'Aktualizacja zakończona! Można pracować dalej.',
      'Czy paczka już dotarła?',
      'Czy dostał Pan kod? Jeśli nie, wyślemy go ponownie.',
      'Infolinia działa w godz. 8-16.',
      'Kod zamówienia to PL-2024-118.',
      'Uwaga: link jest ważny jeden dzień.',
      'Świetnie, wszystko działa!',
      'Adres to pomoc@example.com.',
      'Zwrot trwa ok. 2 dni robocze.',
    ],
    invalid: [
      { text: 'Nie odłączaj urządzenia podczas aktualizacji[[!!!]]', output: 'Nie odłączaj urządzenia podczas aktualizacji!' },
      { text: 'Już o tym pisaliśmy[[!!]]', output: 'Już o tym pisaliśmy!' },
      { text: 'Dlaczego nie przeczytał Pan wiadomości[[?!]]', output: 'Dlaczego nie przeczytał Pan wiadomości?' },
      { text: 'Co się stało[[?!?]]', output: 'Co się stało?' },
      { text: 'Bardzo ważne[[!!!!]] Proszę zapisać kod.', output: 'Bardzo ważne! Proszę zapisać kod.' },
      { text: 'To pilne[[!!]] Prosimy o odpowiedź.', output: 'To pilne! Prosimy o odpowiedź.' },
      { text: 'Dziękujemy[[!!!]]', output: 'Dziękujemy!' },
      { text: 'Zamówienie anulowane[[!?]]', output: 'Zamówienie anulowane?' },
      { text: 'Nie udostępniaj hasła[[!!!]]', output: 'Nie udostępniaj hasła!' },
      { text: 'Prosimy nie dzwonić ponownie[[!!]]', output: 'Prosimy nie dzwonić ponownie!' },
    ],
  },
  'pl',
);
