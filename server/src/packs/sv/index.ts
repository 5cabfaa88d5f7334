import type { InstalledPack, Lexicon, Messages } from '../../engine/pack';
import { dataPack, opening, type DataPackShouting } from '../dataPack';
import principles from './principles.json';
import { RULE_DATA } from './rules';
import markers from './markers.json';
import words from './shouting.json';

/** Abbreviations of Swedish support text after which a sentence goes on ("kl. 8", "t.ex. en skärmbild"). */
const ABBREVIATIONS = [
  'kl.',
  't.ex.',
  'bl.a.',
  'ca.',
  'dvs.',
  's.k.',
  'm.m.',
  'osv.',
  'fr.o.m.',
  't.o.m.',
  'resp.',
  'nr.',
  'tel.',
  'jfr.',
  'inkl.',
  'exkl.',
];

const lexicon: Lexicon = {
  greeting: opening(['hej', 'hejsan', 'hallå', 'god morgon', 'god dag', 'god kväll', 'tjena', 'tja', 'hälsningar', 'kära']),
  signOff: opening([
    'med vänliga hälsningar',
    'vänliga hälsningar',
    'mvh',
    'vänligen',
    'hälsningar',
    'bästa hälsningar',
    'allt gott',
    'ha en fin dag',
    'ha en bra dag',
    'tack',
    'tack igen',
    'tack på förhand',
    'hälsar',
  ]),
  quoteHeader: /^\s*(?:Den|På)\b.{4,200}\bskrev\b.{0,80}:\s*$/u,
  imperativeLeadIns: new Set(['så', 'bara', 'nu', 'idag', 'direkt', 'gärna', 'helt', 'enkelt']),
  clauseOpeners: new Set(['och', 'men', 'så', 'eller', 'eftersom', 'tyvärr', 'dock', 'fast']),
  conditionals: new Set(['om', 'ifall', 'huruvida', 'såvida']),
  wishes: new Set(['hoppas', 'hoppades', 'önskar', 'förhoppningsvis']),
  negations: new Set(['inte', 'ej', 'icke', 'aldrig', 'varken']),
  readerPronouns: new Set(['du', 'ni']),
  intentions: new Set(['planerar', 'tänker', 'vill', 'avser']),
  personalPronouns: new Set(['jag', 'vi', 'du', 'ni', 'min', 'vår', 'din', 'er', 'oss', 'mig', 'dig']),
  accountNouns: new Set(['konto', 'kontot', 'abonnemang', 'abonnemanget', 'plan', 'butik', 'licens']),
  requirements: new Set(['utan', 'förrän', 'såvida', 'innan']),
  reasons: new Set(['eftersom', 'då', 'ty']),
  pastAuxiliaries: new Set(['var', 'kunde', 'hade']),
  consequences: new Set(['eftersom', 'innebär', 'betyder', 'därför', 'således']),
};

const messages: Messages = {
  phraseFinding: (phrase, message, replacement) => `”${phrase}” ${message}${replacement ? ` Skriv hellre ”${replacement}”.` : ''}`,
  fixTitles: { replace: (replacement) => `Ersätt med ”${replacement}”`, remove: (phrase) => `Ta bort ”${phrase}”` },
  counts: {
    severities: {
      error: { one: 'fel', other: 'fel' },
      warning: { one: 'varning', other: 'varningar' },
      info: { one: 'anmärkning', other: 'anmärkningar' },
      hint: { one: 'tips', other: 'tips' },
    },
    and: ' och ',
    none: 'Inga anmärkningar',
  },
  preview: {
    masthead: '{0} Dagblad',
    edition: 'Kundtjänstupplagan',
    line: 'Rad {0}',
    kinds: { reply: 'svar', article: 'artikel' },
    quoted: 'Meningen bakom rubriken: ”{0}”',
    clean: 'Inga tonproblem i den här texten.',
    noDrafts: 'Filen har inga texter att granska.',
  },
  hover: {
    why: 'Varför det spelar roll ({0}):',
    insteadOf: 'I stället för:',
    write: 'skriv:',
    docs: 'Regelns dokumentation',
    language: 'Språk:',
  },
};

/** Words in capitals (INTE, ALDRIG) and stacked "!!!" and "?!"; Swedish names in capitals (AB, OCR) are fine. */
const shouting: DataPackShouting = {
  summary: 'Ord i versaler (INTE, ALDRIG) och flera utropstecken i rad, som "!!!" (förkortningar och citerade meddelanden går bra)',
  why: 'Versaler och flera utropstecken i rad låter som skrik; kunden hör ilska, inte betoning.',
  example: { bad: 'Dra INTE ur sladden under uppdateringen!!!', good: 'Låt sladden sitta i under uppdateringen.' },
  headline: 'skriker åt kunden',
  rank: 6,
  label: 'skrik',
  marks: (run, single) => `”${run}” låter som skrik: ett ”${single}” räcker.`,
  capitals: { words, message: (word, quiet) => `”${word}” låter som skrik: skriv ”${quiet}”.` },
};

/** Swedish. */
export const swedish: InstalledPack = dataPack({
  id: 'sv',
  abbreviations: ABBREVIATIONS,
  markers,
  lexicon,
  messages,
  principles,
  headline: {
    open: '”',
    close: '”',
    apologised: 'ber kunden om ursäkt och förklarar',
    plain: 'svarar kunden sakligt',
    published: 'publicerar en guide',
  },
  rules: RULE_DATA,
  shouting,
});
