import { describeRule } from '../../harness';

/** The finding's message: a reply that does not say back what the customer wrote. */
const MISSING = 'Brak streszczenia sprawy: napisz w zdaniu lub dwóch, co się stało i czego oczekuje klient.';
const reply = (body: string) => `Dzień dobry,\n\n${body}\n\nPozdrawiam,\nAnna`;
/** A reply with no restatement: the finding is on its greeting. */
const flagged = (body: string) => ({ text: `[[Dzień dobry,]]\n\n${body}\n\nPozdrawiam,\nAnna`, message: MISSING });

describeRule(
  'require-restatement',
  {
    valid: [
      // A sentence that states what went wrong names the problem: an error, a service down, a thing not done.
      reply('Wystąpił nieoczekiwany błąd podczas zapisywania formularza. Spróbuj ponownie za chwilę.'),
      reply('Harmonogram nie został jeszcze opublikowany przez organizatora. Napisz do niego bezpośrednio.'),
      reply('Serwis jest chwilowo niedostępny z powodu prac technicznych.'),
      // Naming the customer's own thing names the subject of the question ("Twoja drukarka…").
      reply('Twoja drukarka gubi połączenie z siecią po każdej aktualizacji. Nowy sterownik to naprawia.'),
      reply('Wasz sklep internetowy pokazuje stare ceny w koszyku. Cennik odświeżyliśmy dziś rano.'),
      reply('Jeśli dobrze rozumiem, faktura za marzec ma zły numer NIP. Poprawiona jest w załączniku.'),
      reply('Pisze Pani, że aplikacja zamyka się przy starcie. Wersja 3.2 to naprawia.'),
      reply('Pan zgłosił, że kod rabatowy nie działa w koszyku. Kod jest już aktywny.'),
      reply('Twoja paczka utknęła w sortowni w Poznaniu. Kurier odbierze ją jutro.'),
      reply('Pani zamówienie nie dotarło do paczkomatu. Wysłaliśmy je ponownie.'),
      reply('Dziękujemy za wiadomość w sprawie zwrotu za słuchawki. Środki wysłaliśmy dziś.'),
      reply('Przykro nam, że zamówienie nie dotarło na czas.'),
      reply('Dziękujemy za zgłoszenie problemu z logowaniem w aplikacji. Poprawka jest już dostępna.'),
      reply('Nie udało się Panu zalogować po zmianie hasła. Odblokowaliśmy konto.'),
      reply('Z Pani zrzutu ekranu wynika, że płatność została odrzucona przez bank.'),
      reply('Odnośnie Pana faktury: poprawiliśmy adres i wysłaliśmy ją ponownie.'),
      reply('Piszę w sprawie zamówienia nr 4471, które wróciło do magazynu.'),
      reply('Podsumowując: paczka wróciła do nadawcy, a Pani chce ją otrzymać jeszcze raz.'),
      reply('Napisałeś, że eksport kończy się błędem. Limit wynosi 10 000 wierszy.'),
      reply('Przepraszamy, że nie otrzymała Pani potwierdzenia. Wysyłamy je jeszcze raz.'),
      reply('Dziękujemy za informację, że link w mailu wygasł. Nowy jest poniżej.'),
      { text: '# Zmiana hasła\n\nOtwórz Ustawienia i kliknij Zmień hasło.', kind: 'article' },
    ],
    invalid: [
      // Only general words after "your": a message, patience or support is not the customer's problem.
      flagged('Dziękujemy za Twoją cierpliwość. Odpowiemy w ciągu dnia.'),
      flagged('Twoje wsparcie bardzo nam pomaga.'),
      {
        text: '[[Dzień dobry,]]\n\nproszę wyczyścić pamięć podręczną przeglądarki.\n\nPozdrawiam,\nAnna',
        message: MISSING,
        output:
          'Dzień dobry,\n\nJeśli dobrze rozumiem: [co się stało i czego oczekuje klient]. proszę wyczyścić pamięć ' +
          'podręczną przeglądarki.\n\nPozdrawiam,\nAnna',
      },
      {
        text: '[[Witam,]]\n\ndziękujemy za wiadomość. Sprawdzimy to jutro.\n\nPozdrawiam,\nTomek',
        message: MISSING,
        output:
          'Witam,\n\nJeśli dobrze rozumiem: [co się stało i czego oczekuje klient]. ' +
          'dziękujemy za wiadomość. Sprawdzimy to jutro.\n\nPozdrawiam,\nTomek',
      },
      flagged('Przykro nam to słyszeć. Proszę wyczyścić pamięć podręczną.'),
      flagged('Dziękujemy za kontakt z naszym działem obsługi.'),
      flagged('Przykro mi, że tak Pan uważa. Cennik jest na stronie.'),
      flagged('Przepraszamy za niedogodności.'),
      flagged('Jeśli chce Pan zmienić plan, proszę otworzyć Ustawienia.'),
      flagged('Czy chciałby Pan otrzymać fakturę mailem?'),
      flagged('W sprawie zamówień prosimy pisać na adres sklep@example.pl.'),
      flagged('Wyślemy Pani fakturę jutro rano.'),
      flagged('Twoja sprawa została zamknięta.'),
      flagged('Dziękujemy za zgłoszenie.'),
      flagged('Przepraszamy, że nie odpowiedzieliśmy wcześniej.'),
      flagged('Czy Pan zgłosił to wcześniej?'),
      flagged('Pan zgłosił się do nas w poniedziałek.'),
      flagged('Informacje dotyczące płatności znajdzie Pan w regulaminie.'),
      flagged('Wyślemy link na Pana maila.'),
      flagged('Zrestartuj twoje urządzenie i zaloguj się ponownie.'),
    ],
  },
  'pl',
);
