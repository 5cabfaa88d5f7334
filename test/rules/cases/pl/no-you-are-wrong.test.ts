import { describeRule } from '../../harness';

describeRule(
  'no-you-are-wrong',
  {
    valid: [
      'Ma Pan całkowitą rację: faktura miała zły numer NIP.',
      'Jeśli źle zrozumiałam pytanie, proszę dać znać.',
      'To był nasz błąd w opisie promocji.',
      'Każdy czasem się myli, dlatego dodaliśmy przycisk cofania.',
      'Czy to nieprawda, że plan odnawia się co miesiąc?',
      'Może błędnie zrozumiałem, o który sklep chodzi.',
      'Komunikat „to nieprawda” pojawia się, gdy hasło się nie zgadza.',
      'Aplikacja działa teraz szybciej po aktualizacji.',
      'Rozumiem, skąd to wrażenie: abonament odnawia się co miesiąc.',
      'Pani uwaga była bardzo trafna i poprawiliśmy artykuł.',
    ],
    invalid: [
      { text: '[[Pani się myli]]: abonament odnawia się co miesiąc.', output: null },
      { text: '[[Myli się Pan]], zwrot został już wysłany.', output: null },
      { text: '[[Jest Pan w błędzie]] co do ceny.', output: null },
      { text: '[[Nie ma Pani racji]], opłata była naliczona poprawnie.', output: null },
      { text: '[[Nie masz racji]] w tej sprawie.', output: null },
      { text: '[[To nieprawda]], paczka została doręczona w poniedziałek.', output: null },
      { text: '[[To nie jest prawda]]: rabat nie obejmował tego planu.', output: null },
      { text: '[[Źle Pan zrozumiał]] warunki okresu próbnego.', output: null },
      { text: '[[Pani błędnie odczytała]] fakturę.', output: null },
      { text: '[[To nie jest błąd]], tak ma być.', output: null },
      { text: 'Sprawdziliśmy logi i system [[działa zgodnie z założeniami]].', output: null },
      { text: '[[Mylicie się]], aktualizacja była bezpłatna.', output: null },
    ],
  },
  'pl',
);
