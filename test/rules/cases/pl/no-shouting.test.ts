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
      {
        text: 'Nie odłączaj urządzenia podczas aktualizacji[[!!!]]',
        message: '„!!!” brzmi jak krzyk: wystarczy jedno „!”.',
        output: 'Nie odłączaj urządzenia podczas aktualizacji!',
      },
      { text: 'Już o tym pisaliśmy[[!!]]', message: '„!!” brzmi jak krzyk: wystarczy jedno „!”.', output: 'Już o tym pisaliśmy!' },
      {
        text: 'Dlaczego nie przeczytał Pan wiadomości[[?!]]',
        message: '„?!” brzmi jak krzyk: wystarczy jedno „?”.',
        output: 'Dlaczego nie przeczytał Pan wiadomości?',
      },
      { text: 'Co się stało[[?!?]]', message: '„?!?” brzmi jak krzyk: wystarczy jedno „?”.', output: 'Co się stało?' },
      {
        text: 'Bardzo ważne[[!!!!]] Proszę zapisać kod.',
        message: '„!!!!” brzmi jak krzyk: wystarczy jedno „!”.',
        output: 'Bardzo ważne! Proszę zapisać kod.',
      },
      {
        text: 'To pilne[[!!]] Prosimy o odpowiedź.',
        message: '„!!” brzmi jak krzyk: wystarczy jedno „!”.',
        output: 'To pilne! Prosimy o odpowiedź.',
      },
      { text: 'Dziękujemy[[!!!]]', message: '„!!!” brzmi jak krzyk: wystarczy jedno „!”.', output: 'Dziękujemy!' },
      { text: 'Zamówienie anulowane[[!?]]', message: '„!?” brzmi jak krzyk: wystarczy jedno „?”.', output: 'Zamówienie anulowane?' },
      { text: 'Nie udostępniaj hasła[[!!!]]', message: '„!!!” brzmi jak krzyk: wystarczy jedno „!”.', output: 'Nie udostępniaj hasła!' },
      {
        text: 'Prosimy nie dzwonić ponownie[[!!]]',
        message: '„!!” brzmi jak krzyk: wystarczy jedno „!”.',
        output: 'Prosimy nie dzwonić ponownie!',
      },
    ],
  },
  'pl',
);
