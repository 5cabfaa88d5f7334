import { describeRule } from '../../harness';

const reply = (body: string) => `Dzień dobry,\n\n${body}\n\nPozdrawiam,\nAnna`;

describeRule(
  'require-apology',
  {
    valid: [
      reply('Przepraszam za kłopot z fakturą. Poprawiona jest w załączniku.'),
      reply('Bardzo przepraszamy za opóźnienie dostawy.'),
      reply('Jest mi bardzo przykro, że paczka dotarła uszkodzona.'),
      reply('Przykro nam, że musiał Pan czekać tak długo.'),
      reply('To był nasz błąd: naliczyliśmy opłatę dwa razy.'),
      reply('To nasza wina, że link wygasł.'),
      reply('Najmocniej przepraszam za pomyłkę w adresie.'),
      reply('Proszę przyjąć nasze przeprosiny za zamieszanie.'),
      reply('Przepraszamy, wysłaliśmy zły plik. Właściwy jest poniżej.'),
      reply('Szczerze przepraszam za utrudnienia.'),
      { text: '# Zmiana hasła\n\nOtwórz Ustawienia i kliknij Zmień hasło.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Dzień dobry,]]\n\nzwrot został zlecony w poniedziałek.\n\nPozdrawiam,\nAnna',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
        output: 'Dzień dobry,\n\nPrzepraszam za kłopot. zwrot został zlecony w poniedziałek.\n\nPozdrawiam,\nAnna',
      },
      {
        text: '[[Dzień dobry,]]\n\nprzykro mi, że tak Pan uważa. Opłata jest zgodna z cennikiem.\n\nPozdrawiam,\nAnna',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Dzień dobry,]]\n\nprzepraszamy, jeśli poczuł się Pan urażony.\n\nPozdrawiam,\nAnna',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Witam,]]\n\nfaktura jest w załączniku.\n\nPozdrawiam,\nTomek',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Dzień dobry,]]\n\nprzykro nam, jeśli coś poszło nie tak.\n\nZ poważaniem,\nZespół',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Dzień dobry,]]\n\nsprawdziliśmy zamówienie i wysyłka wyjdzie jutro.\n\nPozdrawiamy,\nZespół',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Cześć,]]\n\nhasło zostało zresetowane.\n\nPozdrawiam,\nOla',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Dzień dobry,]]\n\nprzykro mi, że tak Pani to odbiera.\n\nPozdrawiam,\nAnna',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Szanowna Pani,]]\n\nreklamacja została przyjęta.\n\nZ poważaniem,\nDział obsługi',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
      {
        text: '[[Dzień dobry,]]\n\ndziękujemy za wiadomość. Konto jest już aktywne.\n\nPozdrawiam,\nAnna',
        message: 'Brak przeprosin w tej odpowiedzi: przeproś za kłopot, nawet jeśli to nie nasza wina.',
      },
    ],
  },
  'pl',
);
