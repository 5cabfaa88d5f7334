import { describeRule } from '../../harness';

describeRule(
  'no-legalese',
  {
    valid: [
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
    ],
  },
  'pl',
);
