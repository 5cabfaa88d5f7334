import type { InstalledPack, Lexicon, Messages } from '../../engine/pack';
import { dataPack, opening, type DataPackShouting } from '../dataPack';
import principles from './principles.json';
import { RULE_DATA } from './rules';
import markers from './markers.json';
import words from './shouting.json';

/** Abbreviations of Estonian support text after which a sentence goes on ("nt. vestluse kaudu", "kl. 9"). */
const ABBREVIATIONS = ['nt.', 'jne.', 'vms.', 'jms.', 'nn.', 's.t.', 'k.a.', 'v.a.', 'u.', 'kl.', 'tel.', 'nr.', 'lk.', 'vt.', 'ca.'];

const lexicon: Lexicon = {
  greeting: opening(['tere', 'tervist', 'tere päevast', 'tere hommikust', 'hea', 'lugupeetud', 'head päeva', 'hei', 'tšau']),
  signOff: opening([
    'lugupidamisega',
    'parimate soovidega',
    'parimat',
    'tervitades',
    'tervitustega',
    'head päeva',
    'ilusat päeva',
    'aitäh',
    'tänan',
    'täname',
    'kõike head',
  ]),
  quoteHeader: /^\s*\S.{4,200}\bkirjutas\b.{0,80}:\s*$/u,
  imperativeLeadIns: new Set(['nii', 'lihtsalt', 'palun', 'nüüd', 'kohe', 'täna', 'kindlasti']),
  clauseOpeners: new Set(['ja', 'aga', 'kuid', 'ning', 'või', 'sest', 'kuna', 'kahjuks', 'siiski']),
  conditionals: new Set(['kui', 'kas', 'juhul', 'ehk']),
  wishes: new Set(['loodame', 'loodan', 'lootus', 'soovime', 'soovin', 'loodetavasti']),
  negations: new Set(['ei', 'mitte', 'pole', 'ära', 'ärge', 'kunagi']),
  readerPronouns: new Set(['te', 'teie', 'sa', 'sina']),
  intentions: new Set(['plaanite', 'plaanid', 'kavatsete', 'kavatsed', 'soovite', 'soovid', 'tahate', 'tahad']),
  personalPronouns: new Set(['mina', 'ma', 'meie', 'me', 'teie', 'te', 'sina', 'sa', 'minu', 'meid', 'teid', 'sind']),
  accountNouns: new Set(['konto', 'kontol', 'pakett', 'tellimus', 'litsents', 'pood']),
  requirements: new Set(['ilma', 'kuni', 'enne']),
  reasons: new Set(['sest', 'kuna', 'kuivõrd']),
  pastAuxiliaries: new Set(['oli', 'olid', 'olime', 'saime', 'sai']),
  consequences: new Set(['sest', 'kuna', 'tähendab', 'seega', 'seetõttu', 'seepärast', 'mistõttu']),
};

const messages: Messages = {
  phraseFinding: (phrase, message, replacement) => `„${phrase}” ${message}${replacement ? ` Parem: „${replacement}”.` : ''}`,
  fixTitles: { replace: (replacement) => `Asenda: „${replacement}”`, remove: (phrase) => `Eemalda „${phrase}”` },
  // A count takes the partitive singular: "1 hoiatus", "2 hoiatust".
  counts: {
    severities: {
      error: { one: 'viga', other: 'viga' },
      warning: { one: 'hoiatus', other: 'hoiatust' },
      info: { one: 'märkus', other: 'märkust' },
      hint: { one: 'vihje', other: 'vihjet' },
    },
    and: ' ja ',
    none: 'Märkusi pole',
  },
  preview: {
    masthead: '{0} Päevaleht',
    edition: 'Klienditoe väljaanne',
    line: 'Rida {0}',
    kinds: { reply: 'vastus', article: 'artikkel' },
    quoted: 'Lause, millest sai pealkiri: „{0}“',
    clean: 'Selle teksti toonis pole probleeme.',
    noDrafts: 'Selles failis pole kontrollitavaid tekste.',
  },
  hover: {
    why: 'Miks see on oluline ({0}):',
    insteadOf: 'Selle asemel:',
    write: 'kirjuta:',
    docs: 'Reegli dokumentatsioon',
    language: 'Keel:',
  },
};

/** Words in capitals (EI, KUNAGI) and stacked "!!!" and "?!"; Estonian names in capitals (OÜ, KMKR) are fine. */
const shouting: DataPackShouting = {
  summary: 'Suurtähtedega sõnad (EI, KUNAGI) ja mitu hüüumärki järjest, nagu "!!!" (lühendid ja tsiteeritud teated on lubatud)',
  why: 'Suurtähed ja mitu hüüumärki järjest kõlavad nagu karjumine; klient kuuleb viha, mitte rõhutamist.',
  example: { bad: 'ÄRGE ühendage seadet uuenduse ajal lahti!!!', good: 'Hoidke seade uuenduse ajal vooluvõrgus.' },
  headline: 'karjub kliendi peale',
  rank: 6,
  label: 'karjumine',
  marks: (run, single) => `„${run}” kõlab nagu karjumine: ühest „${single}” piisab.`,
  capitals: { words, message: (word, quiet) => `„${word}” kõlab nagu karjumine: kirjuta „${quiet}”.` },
};

/** Estonian. */
export const estonian: InstalledPack = dataPack({
  id: 'et',
  abbreviations: ABBREVIATIONS,
  markers,
  lexicon,
  messages,
  principles,
  headline: {
    open: '„',
    close: '”',
    apologised: 'vabandab kliendi ees ja selgitab',
    plain: 'vastab kliendile asjalikult',
    published: 'avaldab juhendi',
  },
  rules: RULE_DATA,
  shouting,
});
