import { describeRule } from '../../harness';

describeRule(
  'no-pushy-sales',
  {
    valid: [
      'Jeśli potrzebuje Pan więcej miejsca, pakiet Premium daje 1 TB.',
      'Nie czekaj na odpowiedź, tylko sprawdź status w panelu.',
      'Czy chce Pan kupić teraz, czy po okresie próbnym?',
      'Zachęcamy do skorzystania z bazy wiedzy.',
      'Sklep działa dziś do 18:00.',
      'Ostatnia wersja aplikacji naprawia ten błąd.',
      'Oferta obejmuje wszystkie plany.',
      'Jeśli zamówisz dziś, paczka wyjdzie jutro.',
      'Plan możesz zmienić w dowolnym momencie.',
      'Dołącz zrzut ekranu do odpowiedzi.',
    ],
    invalid: [
      { text: '[[Kup teraz]] pakiet Premium!', message: '„Kup teraz” wywiera presję sprzedażową: zostaw klientowi decyzję.', output: null },
      {
        text: '[[Zamów już dziś]], a dostawa będzie gratis.',
        message: '„Zamów już dziś” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      { text: 'Rabat 30% [[tylko dziś]].', message: '„tylko dziś” wywiera presję sprzedażową: zostaw klientowi decyzję.', output: null },
      {
        text: '[[Nie przegap okazji]] na roczny plan.',
        message: '„Nie przegap okazji” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: 'To [[ostatnia szansa]] na starą cenę.',
        message: '„ostatnia szansa” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: '[[Oferta ważna tylko]] do piątku.',
        message: '„Oferta ważna tylko” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: '[[Liczba miejsc jest ograniczona]], więc warto się spieszyć.',
        message: '„Liczba miejsc jest ograniczona” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: '[[Zachęcamy do zakupu]] planu rocznego.',
        message: '„Zachęcamy do zakupu” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: '[[Przejdź teraz]] na plan Pro.',
        message: '„Przejdź teraz” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: '[[Wykup pakiet Premium już dziś]].',
        message: '„Wykup pakiet Premium już dziś” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
      {
        text: '[[Nie zwlekaj z decyzją]], cena wkrótce wzrośnie.',
        message: '„Nie zwlekaj z decyzją” wywiera presję sprzedażową: zostaw klientowi decyzję.',
        output: null,
      },
    ],
  },
  'pl',
);
