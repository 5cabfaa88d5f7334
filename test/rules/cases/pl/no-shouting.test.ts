import { describeRule } from '../../harness';

describeRule(
  'no-shouting',
  {
    valid: [
      { text: 'Regulamin obowiązuje od 1 marca.\n\n§1 POSTANOWIENIA OGÓLNE I KONTAKT\n\nSklep prowadzi firma z Krakowa.', kind: 'article' },
      { text: 'Definicje\n\nKLIENT – osoba, która składa zamówienie w sklepie.', kind: 'article' },
      {
        // Terms of sale typed in capitals throughout: capitals are the page's typography.
        text:
          '# Regulamin\n\n1. NINIEJSZY REGULAMIN OKREŚLA ZASADY SPRZEDAŻY W NASZYM SKLEPIE INTERNETOWYM ORAZ PRAWA I OBOWIĄZKI KLIENTA.\n' +
          '2. SKLEP PROWADZI FIRMA PRZYKŁADOWA Z SIEDZIBĄ W KRAKOWIE, WPISANA DO REJESTRU PRZEDSIĘBIORCÓW.\n' +
          '3. KONTAKT ZE SKLEPEM JEST MOŻLIWY POD ADRESEM E-MAIL PODANYM NA STRONIE KONTAKTOWEJ, OD PONIEDZIAŁKU DO PIĄTKU.\n' +
          '4. KLIENT MOŻE ODSTĄPIĆ OD UMOWY W CIĄGU CZTERNASTU DNI OD OTRZYMANIA TOWARU, BEZ PODAWANIA PRZYCZYNY.',
        kind: 'article',
      },
      // Capitals that name something, quote something or label something.
      'Prosimy podać numer PESEL albo NIP firmy.',
      'Sprzedawcą jest PIEKARNIA ZIARNO sp. z o.o. z siedzibą w Gdańsku.',
      'Zamówienia realizuje firma KOWALSKI TRANSPORT z Poznania.',
      {
        text: '# Regulamin\n\nFormularz jest na końcu regulaminu.\n\nZAŁĄCZNIK NR 2 – WZÓR REKLAMACJI TOWARU\n\nImię i nazwisko:',
        kind: 'article',
      },
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
      'Faktura ma dwa kody: **KOD I** do weryfikacji i **KOD II** do potwierdzenia wystawcy.',
      'Zmiana obowiązuje od 1 II 2026, a komunikat opublikuje MF w BIP.',
      'ZASADY ZWROTU:\n\n- Zwrot przyjmujemy w ciągu 14 dni.',
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
      {
        text: 'Dzień dobry,\n\n[[PROSZĘ NIE WYSYŁAĆ WIĘCEJ WIADOMOŚCI W TEJ SPRAWIE, ZGŁOSZENIE ZOSTAŁO ZAMKNIĘTE]].\n\nPozdrawiam,\nAnna',
        kind: 'reply',
        message: '„PROSZĘ NIE WYSYŁAĆ WIĘCEJ WIADOMOŚCI…” brzmi jak krzyk: lepiej „Proszę nie wysyłać więcej wiadomości…”.',
      },
      // Capitals that raise the voice: small letters fix them (never fix-all: the writer reads the sentence again).
      // Short words in capitals spelled with a diacritic are words, not initials.
      {
        text: 'Hasło [[MOŻE]] wygasnąć po 30 dniach.',
        message: '„MOŻE” brzmi jak krzyk: lepiej „może”.',
        output: 'Hasło może wygasnąć po 30 dniach.',
      },
      {
        text: 'Ta zmiana jest [[WAŻNA]] dla wszystkich kont firmowych.',
        message: '„WAŻNA” brzmi jak krzyk: lepiej „ważna”.',
        output: 'Ta zmiana jest ważna dla wszystkich kont firmowych.',
      },
      {
        text: '[[NIE]] odłączaj urządzenia podczas aktualizacji.',
        message: '„NIE” brzmi jak krzyk: lepiej „Nie”.',
        output: 'Nie odłączaj urządzenia podczas aktualizacji.',
      },
      {
        text: 'Prosimy [[NIGDY]] nie podawać hasła przez telefon.',
        message: '„NIGDY” brzmi jak krzyk: lepiej „nigdy”.',
        output: 'Prosimy nigdy nie podawać hasła przez telefon.',
      },
      {
        text: '[[UWAGA]]: link do zmiany hasła wygasa po 24 godzinach.',
        message: '„UWAGA” brzmi jak krzyk: lepiej „Uwaga”.',
        output: 'Uwaga: link do zmiany hasła wygasa po 24 godzinach.',
      },
      {
        text: 'Ten krok jest [[BARDZO]] ważny.',
        message: '„BARDZO” brzmi jak krzyk: lepiej „bardzo”.',
        output: 'Ten krok jest bardzo ważny.',
      },
      {
        text: '[[MUSISZ]] potwierdzić adres e-mail w ciągu 24 godzin.',
        message: '„MUSISZ” brzmi jak krzyk: lepiej „Musisz”.',
        output: 'Musisz potwierdzić adres e-mail w ciągu 24 godzin.',
      },
      {
        text: '[[PILNE]]: zaktualizuj aplikację do najnowszej wersji.',
        message: '„PILNE” brzmi jak krzyk: lepiej „Pilne”.',
        output: 'Pilne: zaktualizuj aplikację do najnowszej wersji.',
      },
      {
        text: 'Zwroty przyjmujemy [[TYLKO]] przez 14 dni od dostawy.',
        message: '„TYLKO” brzmi jak krzyk: lepiej „tylko”.',
        output: 'Zwroty przyjmujemy tylko przez 14 dni od dostawy.',
      },
      {
        text: '[[PRZECZYTAJ TO]] przed aktualizacją.',
        message: '„PRZECZYTAJ TO” brzmi jak krzyk: lepiej „Przeczytaj to”.',
        output: 'Przeczytaj to przed aktualizacją.',
      },
      {
        text: 'Hasła **[[NIGDY]]** nie wysyłamy e-mailem.',
        message: '„NIGDY” brzmi jak krzyk: lepiej „nigdy”.',
        output: 'Hasła **nigdy** nie wysyłamy e-mailem.',
      },
      {
        text: '| Pytanie | Odpowiedź |\n|---|---|\n| Czy mogę komuś podać kod? | **[[NIE]]** |',
        message: '„NIE” brzmi jak krzyk: lepiej „Nie”.',
        output: '| Pytanie | Odpowiedź |\n|---|---|\n| Czy mogę komuś podać kod? | **Nie** |',
      },
      {
        text: '# [[WAŻNE ZMIANY]]\n\nOd grudnia ceny rosną o 5%.',
        message: '„WAŻNE ZMIANY” brzmi jak krzyk: lepiej „Ważne zmiany”.',
        output: '# Ważne zmiany\n\nOd grudnia ceny rosną o 5%.',
      },
      {
        text: 'Dzień dobry,\n\nkarta [[NIE]] została obciążona dwa razy.\n\nPozdrawiam,\nAnna',
        message: '„NIE” brzmi jak krzyk: lepiej „nie”.',
        kind: 'reply',
        format: 'plaintext',
        output: 'Dzień dobry,\n\nkarta nie została obciążona dwa razy.\n\nPozdrawiam,\nAnna',
      },
      // Marks.
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
