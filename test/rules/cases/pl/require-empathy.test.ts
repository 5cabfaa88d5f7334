import { describeRule } from '../../harness';

/** The finding's message: a reply that never acknowledges how the customer feels. */
const MISSING = 'Brak empatii w tej odpowiedzi: pokaż, że rozumiesz, co czuje klient.';
const reply = (body: string) => `Dzień dobry,\n\n${body}\n\nPozdrawiam,\nAnna`;
/** A reply with no empathy: the finding is on its greeting. */
const flagged = (body: string) => ({ text: `[[Dzień dobry,]]\n\n${body}\n\nPozdrawiam,\nAnna`, message: MISSING });

describeRule(
  'require-empathy',
  {
    valid: [
      reply('Rozumiem, jak frustrujące jest czekanie na zwrot przed weekendem. Środki wysłaliśmy dziś rano.'),
      reply('Doskonale rozumiem, że to stresujące tuż przed wyjazdem. Bilet jest już w aplikacji.'),
      reply('Rozumiem Pani frustrację. Poprawiona faktura jest w załączniku.'),
      reply('Przykro mi to słyszeć. Kurier odbierze paczkę jutro.'),
      reply('Z przykrością przeczytałam o Pana kłopotach z logowaniem. Hasło jest już zresetowane.'),
      reply('Przykro nam, że musiał Pan tak długo czekać na odpowiedź. Zwrot jest już zlecony.'),
      reply('To musi być naprawdę irytujące, gdy eksport przerywa się w połowie. Limit podnieśliśmy do 50 000 wierszy.'),
      reply('To brzmi bardzo uciążliwie. Wysłaliśmy nowy kod aktywacyjny.'),
      reply('Na Pana miejscu też byłbym zdenerwowany. Podwójne obciążenie już cofnęliśmy.'),
      reply('Ma Pani pełne prawo oczekiwać rekompensaty po takiej awarii. Dodaliśmy miesiąc gratis.'),
      reply('To całkowicie zrozumiałe, że chce Pan zrezygnować. Subskrypcja jest anulowana.'),
      reply('Wiem, jak ważne jest to zamówienie przed świętami. Paczka wyjechała dziś z magazynu.'),
      reply('Wyobrażam sobie, jak denerwujące są ciągłe wylogowania. Wersja 4.2 to naprawia.'),
      { text: '# Zmiana hasła\n\nOtwórz Ustawienia i kliknij Zmień hasło.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Dzień dobry,]]\n\nlimit eksportu wynosi 10 000 wierszy.\n\nPozdrawiam,\nAnna',
        message: MISSING,
        output: 'Dzień dobry,\n\nRozumiem, jak bardzo to frustrujące. limit eksportu wynosi 10 000 wierszy.\n\nPozdrawiam,\nAnna',
      },
      {
        text: '[[Witam,]]\n\ndziękujemy za cierpliwość. Zwrot został zlecony w poniedziałek.\n\nPozdrawiam,\nTomek',
        message: MISSING,
        output:
          'Witam,\n\nRozumiem, jak bardzo to frustrujące. dziękujemy za cierpliwość. ' +
          'Zwrot został zlecony w poniedziałek.\n\nPozdrawiam,\nTomek',
      },
      flagged('Przepraszamy za niedogodności. Bilet jest już w aplikacji.'),
      flagged('Rozumiem. Bilet jest już w aplikacji.'),
      flagged('Przykro mi, że tak Pan uważa. Cennik jest na stronie.'),
      flagged('Bardzo nam przykro. Kurier odbierze paczkę jutro.'),
      flagged('Dziękujemy za wyrozumiałość i kontakt z nami.'),
      flagged('Jest to trudne do ustawienia bez konta administratora. Instrukcja jest w załączniku.'),
      flagged('Rozumiem, że chodzi o fakturę za marzec. Wysłałam ją ponownie.'),
      flagged('Mamy nadzieję, że to pomoże. Miłego dnia!'),
      flagged('Mam nadzieję, że to jest zrozumiałe. Instrukcja jest w załączniku.'),
      flagged('Na Pana miejscu byłbym ostrożny z aktualizacją. Wersja 4.2 wychodzi w piątek.'),
      flagged('Przykro nam, że nie możemy zmienić ceny. Cennik jest na stronie.'),
      {
        text:
          '[[Dzień dobry,]]\n\n> To naprawdę frustrujące, trzeci raz nie mogę się zalogować.\n\n' +
          'Hasło jest już zresetowane.\n\nPozdrawiam,\nAnna',
        message: MISSING,
      },
    ],
  },
  'pl',
);
