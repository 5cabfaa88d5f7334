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
      {
        text: '[[Po prostu kliknij]] Zapisz.',
        message: '„Po prostu kliknij” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[Wystarczy tylko przeczytać]] instrukcję.',
        message: '„Wystarczy tylko przeczytać” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[Jak Pan zapewne wie]], hasło musi mieć 8 znaków.',
        message: '„Jak Pan zapewne wie” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[To proste]]: otwórz Ustawienia.',
        message: '„To proste” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[Oczywiście każdy wie]], jak zmienić hasło.',
        message: '„Oczywiście każdy wie” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[Jak wyraźnie napisano w instrukcji]], kabel podłącza się na końcu.',
        message: '„Jak wyraźnie napisano w instrukcji” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: 'Następnie [[po prostu zaloguj]] się ponownie.',
        message: '„po prostu zaloguj” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[Wystarczy odświeżyć]] stronę.',
        message: '„Wystarczy odświeżyć” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[To naprawdę banalne]], wystarczą dwa kliknięcia.',
        message: '„To naprawdę banalne” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: '[[Jak wiesz]], kopie zapasowe robimy co noc.',
        message: '„Jak wiesz” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
      {
        text: 'Żeby to naprawić, [[po prostu wyczyść]] pamięć podręczną.',
        message: '„po prostu wyczyść” traktuje czytelnika z góry: zdanie lepiej brzmi bez tego.',
        output: null,
      },
    ],
  },
  'pl',
);
