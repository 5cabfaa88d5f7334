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
      { text: '[[Kup teraz]] pakiet Premium!', output: null },
      { text: '[[Zamów już dziś]], a dostawa będzie gratis.', output: null },
      { text: 'Rabat 30% [[tylko dziś]].', output: null },
      { text: '[[Nie przegap okazji]] na roczny plan.', output: null },
      { text: 'To [[ostatnia szansa]] na starą cenę.', output: null },
      { text: '[[Oferta ważna tylko]] do piątku.', output: null },
      { text: '[[Liczba miejsc jest ograniczona]], więc warto się spieszyć.', output: null },
      { text: '[[Zachęcamy do zakupu]] planu rocznego.', output: null },
      { text: '[[Przejdź teraz]] na plan Pro.', output: null },
      { text: '[[Wykup pakiet Premium już dziś]].', output: null },
      { text: '[[Nie zwlekaj z decyzją]], cena wkrótce wzrośnie.', output: null },
    ],
  },
  'pl',
);
