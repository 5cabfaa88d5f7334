import { describeRule } from '../../harness';

describeRule(
  'no-condescension',
  {
    valid: [
      'Kliknij Zapisz, a zmiany pojawią się od razu.',
      'To po prostu błąd po naszej stronie.',
      'Czy wystarczy kliknąć Zapisz?',
      'Oczywiście, chętnie pomogę!',
      'Jak widać na zrzucie ekranu, przycisk jest w prawym górnym rogu.',
      'Nie wiem jeszcze, co się stało, ale sprawdzam logi.',
      'Proces jest prosty i zajmuje dwie minuty.',
      'Wystarczy nam numer zamówienia, żeby to sprawdzić.',
      'Jak Pan wspomniał, problem pojawia się po aktualizacji.',
      '## To proste',
    ],
    invalid: [
      { text: '[[Po prostu kliknij]] Zapisz.', output: null },
      { text: '[[Wystarczy tylko przeczytać]] instrukcję.', output: null },
      { text: '[[Jak Pan zapewne wie]], hasło musi mieć 8 znaków.', output: null },
      { text: '[[To proste]]: otwórz Ustawienia.', output: null },
      { text: '[[Oczywiście każdy wie]], jak zmienić hasło.', output: null },
      { text: '[[Jak wyraźnie napisano w instrukcji]], kabel podłącza się na końcu.', output: null },
      { text: 'Następnie [[po prostu zaloguj]] się ponownie.', output: null },
      { text: '[[Wystarczy odświeżyć]] stronę.', output: null },
      { text: '[[To naprawdę banalne]], wystarczą dwa kliknięcia.', output: null },
      { text: '[[Jak wiesz]], kopie zapasowe robimy co noc.', output: null },
      { text: 'Żeby to naprawić, [[po prostu wyczyść]] pamięć podręczną.', output: null },
    ],
  },
  'pl',
);
