import { describeRule } from '../../harness';

describeRule(
  'no-blame',
  {
    valid: [
      'Powinien Pan otrzymać e-mail z potwierdzeniem w ciągu godziny.',
      'Jeśli Pani nie przeczytała jeszcze instrukcji, wysyłam link poniżej.',
      'Czy Pan nie przeczytał przypadkiem starszej wersji artykułu?',
      'To nie z Pana winy: serwer zwrócił błąd przy zapisie.',
      'Problem leży po naszej stronie i już go naprawiamy.',
      'Faktura powinna być dostępna w panelu od jutra.',
      'Warto przeczytać ten rozdział przed pierwszą instalacją.',
      'Bez Pani winy płatność została odrzucona przez bank.',
      'Jak już pisaliśmy w newsletterze, aplikacja ma nowy wygląd.',
      'Trzeba najpierw zalogować się do panelu administratora.',
      'Jak już pisaliśmy kilka razy w newsletterze, lista zmian jest w aplikacji.',
    ],
    invalid: [
      {
        text: '[[Powinien Pan był przeczytać]] instrukcję przed instalacją.',
        message: '„Powinien Pan był przeczytać” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Pani powinna była sprawdzić]] adres przed wysyłką.',
        message: '„Pani powinna była sprawdzić” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Należało najpierw zaktualizować]] aplikację.',
        message: '„Należało najpierw zaktualizować” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: 'Niestety [[Pan nie przeczytał]] regulaminu promocji.',
        message: '„Pan nie przeczytał” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Nie zapoznała się]] Pani z warunkami zwrotu.',
        message: '„Nie zapoznała się” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: 'Opóźnienie powstało [[z Pana winy]], bo adres był błędny.',
        message: '„z Pana winy” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: 'Problem [[leży po Pani stronie]], a nie naszej.',
        message: '„leży po Pani stronie” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Jak już pisałem]], hasło trzeba zmienić w ustawieniach.',
        message: '„Jak już pisałem” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Co już wielokrotnie wyjaśnialiśmy]]: rabat nie łączy się z innymi.',
        message: '„Co już wielokrotnie wyjaśnialiśmy” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Trzeba było sprawdzić]] skrzynkę ze spamem.',
        message: '„Trzeba było sprawdzić” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: 'To [[twoja wina]], że zamówienie nie doszło.',
        message: '„twoja wina” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
      {
        text: '[[Powinniście byli zgłosić]] to wcześniej.',
        message: '„Powinniście byli zgłosić” obwinia klienta: opisz, co się stało i co teraz zrobimy.',
        output: null,
      },
    ],
  },
  'pl',
);
