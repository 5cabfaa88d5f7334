import { describeRule } from '../../harness';

describeRule(
  'no-vague-timeline',
  {
    valid: [
      'Odezwiemy się wkrótce, najpóźniej w piątek.',
      'Naprawimy to jak najszybciej, do 12:00.',
      'Mamy nadzieję, że wkrótce uda się przywrócić usługę.',
      'Czy mogą Państwo odpisać wkrótce?',
      'Jeśli wkrótce nie dostanie Pan maila, proszę sprawdzić spam.',
      'Zwrot dotrze w ciągu 3 dni roboczych.',
      'Odpiszę jutro rano.',
      '## Wkrótce',
      'Przelew wyślemy w poniedziałek.',
      'Nowa wersja będzie dostępna od 1 marca.',
    ],
    invalid: [
      {
        text: 'Odezwiemy się, [[gdy pojawią się nowe informacje]].',
        message: '„gdy pojawią się nowe informacje” nie mówi kiedy: podaj dzień lub godzinę.',
      },
      { text: 'Odezwiemy się [[wkrótce]].', message: '„wkrótce” nie mówi kiedy: podaj dzień lub godzinę.', output: null },
      { text: 'Paczka wyjdzie [[niebawem]].', message: '„niebawem” nie mówi kiedy: podaj dzień lub godzinę.', output: null },
      {
        text: 'Poprawkę wdrożymy [[w najbliższym czasie]].',
        message: '„w najbliższym czasie” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      { text: 'Dodam to [[w wolnej chwili]].', message: '„w wolnej chwili” nie mówi kiedy: podaj dzień lub godzinę.', output: null },
      {
        text: 'Zajmiemy się tym [[jak najszybciej]].',
        message: '„jak najszybciej” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      {
        text: 'Odpiszemy [[najszybciej jak to możliwe]].',
        message: '„najszybciej jak to możliwe” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      {
        text: 'Funkcja pojawi się [[w niedalekiej przyszłości]].',
        message: '„w niedalekiej przyszłości” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      {
        text: 'Skontaktujemy się [[w późniejszym terminie]].',
        message: '„w późniejszym terminie” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      {
        text: 'Sprawdzę to, [[kiedy tylko będę miał czas]].',
        message: '„kiedy tylko będę miał czas” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      {
        text: 'Zespół odpowie [[prędzej czy później]].',
        message: '„prędzej czy później” nie mówi kiedy: podaj dzień lub godzinę.',
        output: null,
      },
      { text: 'Naprawimy błąd [[w swoim czasie]].', message: '„w swoim czasie” nie mówi kiedy: podaj dzień lub godzinę.', output: null },
    ],
  },
  'pl',
);
