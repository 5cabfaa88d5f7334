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
      { text: '[[W nawiązaniu do]] Pana zgłoszenia odpisujemy poniżej.', output: 'Nawiązując do Pana zgłoszenia odpisujemy poniżej.' },
      { text: 'Bardzo [[uprzejmie informujemy]], że paczka wyjechała.', output: 'Bardzo informujemy, że paczka wyjechała.' },
      { text: '[[Niniejszym]] potwierdzamy zmianę planu.', output: 'Potwierdzamy zmianę planu.' },
      { text: '[[W związku z powyższym]] zamykamy zgłoszenie.', output: 'Dlatego zamykamy zgłoszenie.' },
      { text: '[[Na chwilę obecną]] usługa nie działa.', output: 'Teraz usługa nie działa.' },
      { text: 'Odpowiemy [[w dniu dzisiejszym]].', output: 'Odpowiemy dziś.' },
      { text: 'Kurier przyjedzie [[w dniu jutrzejszym]].', output: 'Kurier przyjedzie jutro.' },
      { text: 'Klient [[jest w posiadaniu]] dwóch licencji.', output: null },
      { text: 'Aby [[dokonać zwrotu]], wypełnij formularz.', output: null },
      { text: 'Wniosek [[nie podlega rozpatrzeniu]].', output: null },
      { text: 'Reklamacja [[została rozpatrzona negatywnie]].', output: null },
      { text: '[[Celem weryfikacji]] prosimy o skan dokumentu.', output: null },
    ],
  },
  'pl',
);
