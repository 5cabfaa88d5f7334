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
      {
        text: '[[Pani się myli]]: abonament odnawia się co miesiąc.',
        message: '„Pani się myli” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Myli się Pan]], zwrot został już wysłany.',
        message: '„Myli się Pan” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Jest Pan w błędzie]] co do ceny.',
        message: '„Jest Pan w błędzie” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Nie ma Pani racji]], opłata była naliczona poprawnie.',
        message: '„Nie ma Pani racji” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Nie masz racji]] w tej sprawie.',
        message: '„Nie masz racji” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[To nieprawda]], paczka została doręczona w poniedziałek.',
        message: '„To nieprawda” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[To nie jest prawda]]: rabat nie obejmował tego planu.',
        message: '„To nie jest prawda” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Źle Pan zrozumiał]] warunki okresu próbnego.',
        message: '„Źle Pan zrozumiał” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Pani błędnie odczytała]] fakturę.',
        message: '„Pani błędnie odczytała” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[To nie jest błąd]], tak ma być.',
        message: '„To nie jest błąd” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: 'Sprawdziliśmy logi i system [[działa zgodnie z założeniami]].',
        message: '„działa zgodnie z założeniami” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
      {
        text: '[[Mylicie się]], aktualizacja była bezpłatna.',
        message: '„Mylicie się” mówi klientowi, że się myli: pomóż mu to zobaczyć.',
        output: null,
      },
    ],
  },
  'pl',
);
