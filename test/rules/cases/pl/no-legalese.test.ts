import { describeRule } from '../../harness';

describeRule(
  'no-legalese',
  {
    valid: [
      'Proszę sprawdzić powyższy opis błędu i dodać zrzut ekranu.',
      'Odpowiadając na Pana zgłoszenie: usługa już działa.',
      'Informujemy, że paczka wyjechała z magazynu.',
      'Teraz usługa działa bez przerw.',
      'Dziś wyślemy nową fakturę.',
      'Zwrócimy pieniądze na kartę w ciągu 3 dni.',
      'Ma Pan już dostęp do nowego panelu.',
      'Dlatego zmieniliśmy termin wysyłki.',
      'W nawiasie podaliśmy numer zamówienia.',
      'Zmiana hasła zajmuje minutę.',
      'W tym celu kliknij Ustawienia.',
      'Przejdź dalej, aby wybrać plan.',
      { text: 'Sklep (dalej: „Sprzedawca”) odpowiada za wysyłkę.', kind: 'article' },
      'Przedłużyliśmy Pana subskrypcję o miesiąc.',
      'Znaleźliśmy rysę na przedmiocie, który Pan odesłał.',
      'Ponieważ paczka już wyjechała, nie zmienimy adresu.',
      'Prosimy o przesłanie zdjęcia paragonu.',
      'Dokonania naszego zespołu opisaliśmy na blogu.',
      'Zapłać kartą albo przelewem do piątku.',
    ],
    invalid: [
      {
        text: '[[W nawiązaniu do]] Pana zgłoszenia odpisujemy poniżej.',
        message: '„W nawiązaniu do” to urzędniczy język: napisz prościej. Lepiej: „nawiązując do”.',
        output: 'Nawiązując do Pana zgłoszenia odpisujemy poniżej.',
      },
      {
        text: 'Bardzo [[uprzejmie informujemy]], że paczka wyjechała.',
        message: '„uprzejmie informujemy” to urzędniczy język: napisz prościej. Lepiej: „informujemy”.',
        output: 'Bardzo informujemy, że paczka wyjechała.',
      },
      {
        text: '[[Niniejszym]] potwierdzamy zmianę planu.',
        message: '„Niniejszym” to urzędniczy język: napisz prościej.',
        output: 'Potwierdzamy zmianę planu.',
      },
      {
        text: '[[W związku z powyższym]] zamykamy zgłoszenie.',
        message: '„W związku z powyższym” to urzędniczy język: napisz prościej. Lepiej: „dlatego”.',
        output: 'Dlatego zamykamy zgłoszenie.',
      },
      {
        text: '[[Na chwilę obecną]] usługa nie działa.',
        message: '„Na chwilę obecną” to urzędniczy język: napisz prościej. Lepiej: „teraz”.',
        output: 'Teraz usługa nie działa.',
      },
      {
        text: 'Odpowiemy [[w dniu dzisiejszym]].',
        message: '„w dniu dzisiejszym” to urzędniczy język: napisz prościej. Lepiej: „dziś”.',
        output: 'Odpowiemy dziś.',
      },
      {
        text: 'Kurier przyjedzie [[w dniu jutrzejszym]].',
        message: '„w dniu jutrzejszym” to urzędniczy język: napisz prościej. Lepiej: „jutro”.',
        output: 'Kurier przyjedzie jutro.',
      },
      {
        text: 'Klient [[jest w posiadaniu]] dwóch licencji.',
        message: '„jest w posiadaniu” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: 'Aby [[dokonać zwrotu]], wypełnij formularz.',
        message: '„dokonać zwrotu” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: 'Wniosek [[nie podlega rozpatrzeniu]].',
        message: '„nie podlega rozpatrzeniu” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: 'Reklamacja [[została rozpatrzona negatywnie]].',
        message: '„została rozpatrzona negatywnie” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: '[[Celem weryfikacji]] prosimy o skan dokumentu.',
        message: '„Celem weryfikacji” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: '[[Pragniemy poinformować]], że paczka wyjechała z magazynu.',
        message: '„Pragniemy poinformować” to urzędniczy język: napisz prościej. Lepiej: „informujemy”.',
        output: 'Informujemy, że paczka wyjechała z magazynu.',
      },
      {
        text: '[[Pragnę nadmienić]], że faktura jest już w panelu.',
        message: '„Pragnę nadmienić” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: 'Wczoraj [[powzięliśmy informację]] o awarii serwera.',
        message: '„powzięliśmy informację” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: '[[Zwracamy się z uprzejmą prośbą]] o przesłanie zdjęcia paragonu.',
        message: '„Zwracamy się z uprzejmą prośbą” to urzędniczy język: napisz prościej. Lepiej: „prosimy”.',
        output: 'Prosimy o przesłanie zdjęcia paragonu.',
      },
      {
        text: '[[Z uwagi na fakt, iż]] paczka już wyjechała, nie zmienimy adresu.',
        message: '„Z uwagi na fakt, iż” to urzędniczy język: napisz prościej. Lepiej: „ponieważ”.',
        output: 'Ponieważ paczka już wyjechała, nie zmienimy adresu.',
      },
      {
        text: 'Odpiszemy Panu [[w terminie późniejszym]].',
        message: '„w terminie późniejszym” to urzędniczy język: napisz prościej. Lepiej: „później”.',
        output: 'Odpiszemy Panu później.',
      },
      {
        text: 'Przelew dotarł [[w dniu wczorajszym]], a zwrot nie wpłynął [[do dnia dzisiejszego]].',
        message: [
          '„w dniu wczorajszym” to urzędniczy język: napisz prościej. Lepiej: „wczoraj”.',
          '„do dnia dzisiejszego” to urzędniczy język: napisz prościej. Lepiej: „do dziś”.',
        ],
        output: 'Przelew dotarł wczoraj, a zwrot nie wpłynął do dziś.',
      },
      {
        text: 'Odpowiadamy [[w przedmiocie reklamacji]] z 3 maja.',
        message: '„w przedmiocie reklamacji” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: '[[Przedmiotowa]] faktura jest już opłacona, a [[rzeczony]] kod wysłaliśmy SMS-em.',
        message: ['„Przedmiotowa” to urzędniczy język: napisz prościej.', '„rzeczony” to urzędniczy język: napisz prościej.'],
        output: null,
      },
      {
        text: 'Sprawdziliśmy [[wyżej wymienione]] zamówienia.',
        message: '„wyżej wymienione” to urzędniczy język: napisz prościej.',
        output: null,
      },
      {
        text: 'Prosimy [[uiścić]] opłatę i [[przedłożyć]] kopię umowy.',
        message: ['„uiścić” to urzędniczy język: napisz prościej.', '„przedłożyć” to urzędniczy język: napisz prościej.'],
        output: null,
      },
      {
        text: 'Planu można [[dokonywać zmiany]] raz w miesiącu, a [[dokonaj zapłaty]] przelewem.',
        message: ['„dokonywać zmiany” to urzędniczy język: napisz prościej.', '„dokonaj zapłaty” to urzędniczy język: napisz prościej.'],
        output: null,
      },
      {
        text: 'Sklep ([[dalej]]: „Sprzedawca”) wysyła towar w dwa dni.',
        kind: 'reply',
        message: '„dalej” to język umów: pisz zwykłą nazwą, bez definiowania jej.',
        output: null,
      },
      {
        text: 'Sklep, [[zwany dalej]] Sprzedawcą, wysyła towar w dwa dni.',
        kind: 'reply',
        message: '„zwany dalej” to język umów: pisz zwykłą nazwą, bez definiowania jej.',
        output: null,
      },
    ],
  },
  'pl',
);
