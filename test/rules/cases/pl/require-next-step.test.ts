import { describeRule } from '../../harness';

const reply = (body: string, signOff = 'Pozdrawiam,') => `Dzień dobry,\n\n${body}\n\n${signOff}\nAnna`;
const article = (body: string) => ({ text: `# Zwroty\n\n${body}`, kind: 'article' as const });

const REPLY_MESSAGE = 'Brak kolejnego kroku: napisz, co się teraz stanie, kto to zrobi i kiedy.';
const ARTICLE_MESSAGE = 'Brak informacji, co dalej: napisz, gdzie szukać pomocy, jeśli to nie rozwiązało problemu.';

/** A reply with no next step: flagged at its sign-off, and the fix puts the pack's sentence before it. */
const lacksStep = (body: string) => ({
  message: REPLY_MESSAGE,
  text: reply(body, '[[Pozdrawiam,]]'),
  output: reply(`${body}\n\nDo [termin] sprawdzę [co] i odezwę się z wynikiem.`),
});

describeRule(
  'require-next-step',
  {
    valid: [
      reply('Jutro odezwie się do Pani nasz support z prośbą o numer zamówienia.'),
      reply('Poprawiona wersja wtyczki zostanie wydana w piątek.'),
      reply('Sprawdzimy płatność i do piątku wyślemy Panu potwierdzenie.'),
      reply('Proszę kliknąć Odśwież w prawym górnym rogu.'),
      reply('Prosimy o przesłanie numeru zamówienia w odpowiedzi na tę wiadomość.'),
      reply('Może Pani zmienić adres dostawy w zakładce Moje konto.'),
      reply('Jeśli problem nadal występuje, prosimy o kontakt z infolinią.'),
      reply('W razie pytań prosimy o kontakt.'),
      reply('Kurier odbierze paczkę w poniedziałek, a nasz zespół skontaktuje się z Panem po jej sprawdzeniu.'),
      reply('Jeśli nie pamiętasz hasła, zresetuj je w aplikacji.'),
      reply('Czy może Pan podać numer faktury z października?'),
      reply('Otrzyma Pan e-mail z linkiem do śledzenia przesyłki.'),
      reply('Jeśli uważasz, że to pomyłka, zgłoś to przez formularz.'),
      reply('Więcej informacji znajdzie Pan w [centrum pomocy](https://example.pl/pomoc).'),
      article('Zwrot zlecisz w zakładce Zamówienia > Zwroty > Nowy zwrot.'),
      article('Zwrot trwa do 14 dni.\n\n## Zobacz też\n\nReklamacje i gwarancja.'),
      article('Pieniądze wracają na kartę.\n\nJeśli to nie pomogło, napisz do nas na adres pomoc@example.pl.'),
      article('Zwroty: zobacz niżej.'),
    ],
    invalid: [
      lacksStep('Dziękujemy za pomysł. Ta funkcja nie zostanie dodana.'),
      {
        message: REPLY_MESSAGE,
        text: 'Dzień dobry,\n\nsprawdzamy problem z synchronizacją.\n\n[[Pozdrawiam,]]\nAnna',
        output:
          'Dzień dobry,\n\nsprawdzamy problem z synchronizacją.\n\nDo [termin] sprawdzę [co] i odezwę się z wynikiem.\n\nPozdrawiam,\nAnna',
      },
      lacksStep('Daj znać, jeśli masz jeszcze pytania.'),
      lacksStep('Napisz, jeśli coś będzie niejasne.'),
      lacksStep('Mamy nadzieję, że to pomoże. Miłego dnia!'),
      lacksStep('Sprawdziliśmy konto i wszystko działa poprawnie.'),
      lacksStep('Zgłoszenie jest w trakcie analizy.'),
      lacksStep('Odezwiemy się, gdy tylko będziemy wiedzieć więcej.'),
      lacksStep('Niestety nie wyślemy zamówienia za granicę.'),
      lacksStep('Prosimy o wyrozumiałość w tym trudnym okresie.'),
      lacksStep('Zanim wyślemy nową kartę, musimy poczekać na bank.'),
      lacksStep('Czy mogę jeszcze w czymś pomóc?'),
      lacksStep('Zasady zwrotów opisuje [regulamin sklepu](https://example.pl/regulamin).'),
      lacksStep('Nie można już zmienić adresu tego zamówienia.'),
      lacksStep('Nie musisz do nas pisać ponownie.'),
      {
        message: ARTICLE_MESSAGE,
        ...article('Zwrot zlecamy w dniu odbioru paczki.\n\n[[Zwrot trwa do 14 dni roboczych.]]'),
        output:
          '# Zwroty\n\n' +
          'Zwrot zlecamy w dniu odbioru paczki.\n\n' +
          'Zwrot trwa do 14 dni roboczych.\n\n' +
          'Jeśli to nie rozwiązało problemu, skontaktuj się z nami: [link do kontaktu].',
      },
    ],
  },
  'pl',
);
