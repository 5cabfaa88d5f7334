import type { InstalledPack, Lexicon, Messages } from '../../engine/pack';
import { dataPack, opening, type DataPackShouting } from '../dataPack';
import principles from './principles.json';
import { RULE_DATA } from './rules';
import markers from './markers.json';
import words from './shouting.json';

/** Abbreviations of Polish support text after which a sentence goes on ("ok. 2 dni", "w godz. 8–16"). */
const ABBREVIATIONS = [
  'ok.',
  'godz.',
  'np.',
  'tzn.',
  'tj.',
  'tzw.',
  'ul.',
  'nr.',
  'str.',
  'zł.',
  'min.',
  'maks.',
  'wg.',
  'ww.',
  'itd.',
  'itp.',
  'dot.',
];

const lexicon: Lexicon = {
  greeting: opening(['dzień dobry', 'dobry wieczór', 'witam', 'witaj', 'witajcie', 'cześć', 'hej', 'szanown[aiey]', 'drog[aiey]']),
  signOff: opening([
    'pozdrawiam',
    'pozdrawiamy',
    'z poważaniem',
    'z pozdrowieniami',
    'serdecznie pozdrawiam',
    'serdeczne pozdrowienia',
    'dziękuję',
    'dziękujemy',
    'dzięki',
    'łączę pozdrowienia',
    'miłego dnia',
  ]),
  quoteHeader: /^\s*(?:W dniu|Dnia)\b.{4,200}\b(?:napisał|napisała|pisze)\(?a?\)?:\s*$/u,
  imperativeLeadIns: new Set(['więc', 'po', 'prostu', 'proszę', 'teraz', 'dziś', 'już', 'koniecznie', 'musisz', 'trzeba']),
  clauseOpeners: new Set(['i', 'a', 'ale', 'więc', 'lub', 'albo', 'bo', 'ponieważ', 'niestety', 'jednak', 'choć']),
  conditionals: new Set(['jeśli', 'jeżeli', 'gdyby', 'czy', 'jeśliby', 'jakby', 'chyba']),
  wishes: new Set(['mamy', 'nadzieję', 'liczymy', 'chcielibyśmy', 'chciałbym', 'chciałabym']),
  negations: new Set(['nie', 'nigdy', 'ani']),
  readerPronouns: new Set(['pan', 'pani', 'państwo', 'ty', 'wy']),
  intentions: new Set(['planuje', 'planujesz', 'zamierza', 'zamierzasz', 'chce', 'chcesz', 'chcą']),
  personalPronouns: new Set(['ja', 'my', 'ty', 'wy', 'pan', 'pani', 'państwo', 'nas', 'nam', 'mój', 'nasz', 'twój', 'pański']),
  accountNouns: new Set(['konto', 'konta', 'subskrypcja', 'plan', 'sklep', 'licencja']),
  requirements: new Set(['bez', 'dopóki', 'chyba', 'zanim']),
  reasons: new Set(['bo', 'ponieważ', 'gdyż', 'skoro']),
  pastAuxiliaries: new Set(['był', 'była', 'było', 'byli', 'były', 'mogliśmy', 'mogłem', 'mogłam']),
  consequences: new Set(['ponieważ', 'bo', 'oznacza', 'znaczy', 'dlatego', 'więc', 'zatem']),
};

const messages: Messages = {
  phraseFinding: (phrase, message, replacement) => `„${phrase}” ${message}${replacement ? ` Lepiej: „${replacement}”.` : ''}`,
  fixTitles: { replace: (replacement) => `Zamień na „${replacement}”`, remove: (phrase) => `Usuń „${phrase}”` },
  counts: {
    severities: {
      error: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' },
      warning: { one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń', other: 'ostrzeżenia' },
      info: { one: 'uwaga', few: 'uwagi', many: 'uwag', other: 'uwagi' },
      hint: { one: 'wskazówka', few: 'wskazówki', many: 'wskazówek', other: 'wskazówki' },
    },
    and: ' i ',
    none: 'Bez uwag',
  },
  preview: {
    masthead: 'Dziennik {0}',
    edition: 'Wydanie obsługi klienta',
    line: 'Wiersz {0}',
    kinds: { reply: 'odpowiedź', article: 'artykuł' },
    quoted: 'Zdanie, z którego powstał nagłówek: „{0}”',
    clean: 'Ton tego tekstu jest w porządku.',
    noDrafts: 'W tym pliku nie ma tekstów do sprawdzenia.',
  },
  hover: { why: 'Dlaczego to ważne ({0}):', insteadOf: 'Zamiast:', write: 'lepiej:', docs: 'Dokumentacja reguły', language: 'Język:' },
};

/** Words in capitals (NIE, NIGDY) and stacked "!!!" and "?!"; Polish names in capitals (PESEL, ZUS) are fine. */
const shouting: DataPackShouting = {
  summary: 'Słowa wielkimi literami (NIE, NIGDY) i wykrzykniki z rzędu, jak "!!!" (skrótowce i cytowane komunikaty są w porządku)',
  why: 'Wielkie litery i wykrzykniki jeden po drugim brzmią jak krzyk; klient słyszy złość, a nie nacisk.',
  example: { bad: 'NIE odłączaj urządzenia podczas aktualizacji!!!', good: 'Nie odłączaj urządzenia podczas aktualizacji.' },
  headline: 'krzyczy na klienta',
  rank: 6,
  label: 'krzyk',
  marks: (run, single) => `„${run}” brzmi jak krzyk: wystarczy jedno „${single}”.`,
  capitals: { words, message: (word, quiet) => `„${word}” brzmi jak krzyk: lepiej „${quiet}”.` },
};

/** Polish. */
export const polish: InstalledPack = dataPack({
  id: 'pl',
  abbreviations: ABBREVIATIONS,
  markers,
  lexicon,
  messages,
  principles,
  headline: {
    open: '„',
    close: '”',
    apologised: 'przeprasza klienta i wyjaśnia sprawę',
    plain: 'odpowiada klientowi rzeczowo',
    published: 'publikuje poradnik',
  },
  rules: RULE_DATA,
  shouting,
});
