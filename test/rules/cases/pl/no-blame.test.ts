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
      { text: '[[Powinien Pan był przeczytać]] instrukcję przed instalacją.', output: null },
      { text: '[[Pani powinna była sprawdzić]] adres przed wysyłką.', output: null },
      { text: '[[Należało najpierw zaktualizować]] aplikację.', output: null },
      { text: 'Niestety [[Pan nie przeczytał]] regulaminu promocji.', output: null },
      { text: '[[Nie zapoznała się]] Pani z warunkami zwrotu.', output: null },
      { text: 'Opóźnienie powstało [[z Pana winy]], bo adres był błędny.', output: null },
      { text: 'Problem [[leży po Pani stronie]], a nie naszej.', output: null },
      { text: '[[Jak już pisałem]], hasło trzeba zmienić w ustawieniach.', output: null },
      { text: '[[Co już wielokrotnie wyjaśnialiśmy]]: rabat nie łączy się z innymi.', output: null },
      { text: '[[Trzeba było sprawdzić]] skrzynkę ze spamem.', output: null },
      { text: 'To [[twoja wina]], że zamówienie nie doszło.', output: null },
      { text: '[[Powinniście byli zgłosić]] to wcześniej.', output: null },
    ],
  },
  'pl',
);
