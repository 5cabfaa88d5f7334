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
      { text: 'Odezwiemy się [[wkrótce]].', output: null },
      { text: 'Paczka wyjdzie [[niebawem]].', output: null },
      { text: 'Poprawkę wdrożymy [[w najbliższym czasie]].', output: null },
      { text: 'Dodam to [[w wolnej chwili]].', output: null },
      { text: 'Zajmiemy się tym [[jak najszybciej]].', output: null },
      { text: 'Odpiszemy [[najszybciej jak to możliwe]].', output: null },
      { text: 'Funkcja pojawi się [[w niedalekiej przyszłości]].', output: null },
      { text: 'Skontaktujemy się [[w późniejszym terminie]].', output: null },
      { text: 'Sprawdzę to, [[kiedy tylko będę miał czas]].', output: null },
      { text: 'Zespół odpowie [[prędzej czy później]].', output: null },
      { text: 'Naprawimy błąd [[w swoim czasie]].', output: null },
    ],
  },
  'pl',
);
