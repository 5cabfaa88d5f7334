import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      // Capitals that name something, quote something or label something.
      'Prosimy podać numer PESEL albo NIP firmy.',
      'Fakturę VAT wyślemy w pliku PDF na adres podany w koncie.',
      'Składki ZUS i zaliczki na PIT rozliczamy co miesiąc.',
      'Płatność BLIK potwierdź w aplikacji banku PKO BP.',
      'Datę wpisz w formacie RRRR-MM-DD, na przykład 2026-11-30.',
      'Jeśli zobaczy Pan komunikat „BRAK DOSTĘPU”, proszę wylogować się i zalogować ponownie.',
      'Paczkę nadaliśmy przez DPD, a zwroty odbiera kurier GLS.',
      'Dane przetwarzamy zgodnie z RODO i wytycznymi UODO.',
      'W panelu kliknij **NOWE**, aby zobaczyć nieprzeczytane zgłoszenia.',
      'Logowanie przez SSO i klucze API opisujemy w FAQ.',
      'Cześć $IMIĘ, zamówienie $NUMER jest już w drodze.',
      'Wpisz `USUŃ` w polu poniżej.\n\nPo wpisaniu USUŃ konto zniknie w ciągu doby.',
      // Marks.
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
      // Capitals that raise the voice: small letters fix them (never fix-all: the writer reads the sentence again).
      { text: '[[NIE]] odłączaj urządzenia podczas aktualizacji.', output: 'Nie odłączaj urządzenia podczas aktualizacji.' },
      { text: 'Prosimy [[NIGDY]] nie podawać hasła przez telefon.', output: 'Prosimy nigdy nie podawać hasła przez telefon.' },
      { text: '[[UWAGA]]: link do zmiany hasła wygasa po 24 godzinach.', output: 'Uwaga: link do zmiany hasła wygasa po 24 godzinach.' },
      { text: 'Ten krok jest [[BARDZO]] ważny.', output: 'Ten krok jest bardzo ważny.' },
      { text: '[[MUSISZ]] potwierdzić adres e-mail w ciągu 24 godzin.', output: 'Musisz potwierdzić adres e-mail w ciągu 24 godzin.' },
      { text: '[[PILNE]]: zaktualizuj aplikację do najnowszej wersji.', output: 'Pilne: zaktualizuj aplikację do najnowszej wersji.' },
      { text: 'Zwroty przyjmujemy [[TYLKO]] przez 14 dni od dostawy.', output: 'Zwroty przyjmujemy tylko przez 14 dni od dostawy.' },
      { text: '[[PRZECZYTAJ]] [[TO]] przed aktualizacją.', output: 'Przeczytaj to przed aktualizacją.' },
      { text: 'Hasła **[[NIGDY]]** nie wysyłamy e-mailem.', output: 'Hasła **nigdy** nie wysyłamy e-mailem.' },
      {
        text: '| Pytanie | Odpowiedź |\n|---|---|\n| Czy mogę komuś podać kod? | **[[NIE]]** |',
        output: '| Pytanie | Odpowiedź |\n|---|---|\n| Czy mogę komuś podać kod? | **Nie** |',
      },
      { text: '# [[WAŻNE]] [[ZMIANY]]\n\nOd grudnia ceny rosną o 5%.', output: '# Ważne zmiany\n\nOd grudnia ceny rosną o 5%.' },
      {
        text: 'Dzień dobry,\n\nkarta [[NIE]] została obciążona dwa razy.\n\nPozdrawiam,\nAnna',
        kind: 'reply',
        format: 'plaintext',
        output: 'Dzień dobry,\n\nkarta nie została obciążona dwa razy.\n\nPozdrawiam,\nAnna',
      },
      // Marks.
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
