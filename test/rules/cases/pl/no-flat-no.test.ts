import { describeRule } from '../../harness';

const MESSAGE = 'to odmowa bez alternatywy: napisz, co możemy zrobić, w tym zdaniu albo w dwóch następnych.';
const reply = (body: string) => ({ text: `Dzień dobry,\n\n${body}\n\nPozdrawiam,\nMarta`, kind: 'reply' as const });
const flagged = (body: string, phrase: string) => ({ ...reply(body), message: `„${phrase}” ${MESSAGE}`, output: null });
/** An answer that opens with a bare „Nie”: flagged, and the fix takes it out. */
const OPENING = '„Nie” otwiera zdanie gołą odmową: zacznij od tego, co możemy zrobić.';
const opening = (body: string, fixed: string) => ({ ...reply(body), message: OPENING, output: reply(fixed).text });

describeRule(
  'no-flat-no',
  {
    valid: [
      {
        text: '# Nowe hasło\n\nNie mamy możliwości odczytania starego hasła. Aby ustawić nowe, należy podać adres e-mail konta.',
        kind: 'article',
      },
      reply('Nie możemy zwrócić pieniędzy za bilet, ale możemy wymienić go na inny termin.'),
      reply('Nie jesteśmy w stanie przedłużyć okresu próbnego. Zamiast tego przeniosę Pana dane na darmowy plan.'),
      reply('Zamówienia nie można już anulować. Może Pani jednak odesłać paczkę w ciągu 14 dni.'),
      reply('Nie możemy wymienić kurtki. Wysłałam już etykietę zwrotną na Pani adres.'),
      reply('Nie możemy zmienić adresu bez numeru zamówienia, więc proszę go podać.'),
      reply('Jeśli nie możemy zwrócić pieniędzy na kartę, zrobimy przelew na konto.'),
      reply('Czy naprawdę nie możemy zmienić terminu dostawy?'),
      reply('Nie wysyłamy reklam i nie udostępniamy Pani danych.'),
      reply('Nie możemy udostępnić Pana danych innym osobom.'),
      reply('Nie stracisz żadnych zdjęć po aktualizacji.'),
      reply('Pisze Pan, że „nie możemy zwrócić pieniędzy” w poprzedniej wiadomości.'),
      { text: '# Zwroty\n\nPo rozpakowaniu płyty nie mają plomby, dlatego zwrot nie jest możliwy.', kind: 'article' },
      { text: '# Usuwanie konta\n\nTej operacji nie można cofnąć.', kind: 'article' },
      { text: '| Opcja | Zwrot |\n|---|---|\n| Bilet promocyjny | Nie przysługuje |', kind: 'article' },
      // An opening „Nie” with good news after it, an alternative, or answering a question; „Nie ma” is no answer.
      reply('Nie, nie musi Pan nic robić: zwrot pojawi się na koncie automatycznie.'),
      reply('Nie, nic nie zostało usunięte. Wszystkie zdjęcia są w folderze Archiwum.'),
      reply('Nie, nie zostanie Pani obciążona drugi raz.'),
      reply('Nie. Nie musisz nic robić, aktualizacja zainstaluje się sama.'),
      reply('Nie, tego planu nie da się przedłużyć, ale mogę przenieść Pana dane na darmowy plan.'),
      reply('Nie, to nasz błąd: paczka wyszła pod stary adres.'),
      reply('Nie. Ten komunikat jest w porządku, pojawia się po każdej aktualizacji.'),
      reply('Nie ma problemu, wysłałam fakturę jeszcze raz.'),
      { text: '## Czy aplikacja jest płatna?\n\nNie. Aplikacja jest bezpłatna w każdym planie.', kind: 'article' },
    ],
    invalid: [
      {
        text: '[[Nie ma niestety takiej możliwości]], aby zmienić adres po wysyłce.',
        message:
          '„Nie ma niestety takiej możliwości” to odmowa bez alternatywy: napisz, co możemy zrobić, w tym zdaniu albo w dwóch następnych.',
      },
      {
        text: '[[Nie mogę pozwolić]] na edycję cudzego zgłoszenia.',
        message: '„Nie mogę pozwolić” to odmowa bez alternatywy: napisz, co możemy zrobić, w tym zdaniu albo w dwóch następnych.',
      },
      flagged('Niestety [[nie możemy zwrócić]] pieniędzy za bilet.', 'nie możemy zwrócić'),
      flagged('[[Nie możemy Panu pomóc]] w tej sprawie.', 'Nie możemy Panu pomóc'),
      flagged('[[Nie jesteśmy w stanie przedłużyć]] okresu próbnego.', 'Nie jesteśmy w stanie przedłużyć'),
      flagged('Zamówienia [[nie można już anulować]].', 'nie można już anulować'),
      flagged('[[Nie ma możliwości zwrotu]] towaru po 14 dniach.', 'Nie ma możliwości zwrotu'),
      flagged('[[Zmiana adresu dostawy nie jest już możliwa]].', 'Zmiana adresu dostawy nie jest już możliwa'),
      flagged('Niestety, [[to nie jest możliwe]].', 'to nie jest możliwe'),
      flagged('[[Nie robimy wyjątków]] od tej zasady.', 'Nie robimy wyjątków'),
      flagged('Pana [[reklamacja została odrzucona]].', 'reklamacja została odrzucona'),
      flagged('Zwrot za bilet [[nie może zostać zrealizowany]].', 'nie może zostać zrealizowany'),
      flagged('[[Musimy niestety odmówić]].', 'Musimy niestety odmówić'),
      flagged('W tej sprawie [[nie możemy nic zrobić]].', 'nie możemy nic zrobić'),
      flagged('[[Nie możemy zwrócić]] pieniędzy. Przekażemy Pana uwagi zespołowi.', 'Nie możemy zwrócić'),
      flagged(
        '[[Nie możemy zwrócić]] pieniędzy. Więcej informacji znajdzie Pan w regulaminie. Dziękujemy za wyrozumiałość.',
        'Nie możemy zwrócić',
      ),
      {
        text: '# Bilety promocyjne\n\nZa bilet promocyjny zwrot kosztów [[nie przysługuje]].',
        kind: 'article',
        message: `„nie przysługuje” ${MESSAGE}`,
        output: null,
      },
      {
        text: '# Wyprzedaż\n\nTowar z wyprzedaży [[nie podlega zwrotowi]].',
        kind: 'article',
        message: `„nie podlega zwrotowi” ${MESSAGE}`,
        output: null,
      },
      opening('[[Nie]], zwrot za bilet promocyjny nie jest przewidziany.', 'Zwrot za bilet promocyjny nie jest przewidziany.'),
      opening('[[Nie]]. Ta funkcja jest dostępna tylko w planie Pro.', 'Ta funkcja jest dostępna tylko w planie Pro.'),
      opening('[[Nie]], konto zostało zamknięte na stałe.', 'Konto zostało zamknięte na stałe.'),
      {
        ...reply('[[Nie]], [[nie możemy zwrócić]] pieniędzy za ten bilet.'),
        message: [OPENING, `„nie możemy zwrócić” ${MESSAGE}`],
        output: reply('Nie możemy zwrócić pieniędzy za ten bilet.').text,
      },
    ],
  },
  'pl',
);
