// `npm run bench` (languages): throughput per language pack on the same amount of text. Each
// language checks the same replies, translated: greeting, paragraphs drawn from its own versions of
// the same ten sentences (clean and flagged alike, picked in the same order for every language) and
// sign-off. Each pack is timed (CPU time) alternating with English batch by batch, and one slower
// than English by more than 25% on the same replies (the budget) is marked so. Time per character
// is printed beside it: a Hebrew reply is a third shorter than the English one it translates, so
// per character it weighs the same work over fewer characters.
import type { createChecker as CreateChecker } from '../server/src/api';
import { random } from './generate';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built just before the benchmark runs
const { createChecker } = require('../dist/api.js') as { createChecker: typeof CreateChecker };

/** Per language: greeting, sign-off and sentences a support writer might send (written for this bench). */
const LANGUAGES: Record<string, { greeting: string; signOff: string; sentences: string[] }> = {
  en: {
    greeting: 'Hi Sam,',
    signOff: 'Best,\nAnna',
    sentences: [
      'Thanks for writing in about the refund for the headphones.',
      'You should have read the manual before installing the update.',
      'We will get back to you soon.',
      'The invoice is attached to this message as a PDF.',
      'Per our policy, we cannot refund digital products.',
      'Open Settings, choose Privacy and turn on the daily backup.',
      'I checked your account and the second charge is already reversed.',
      'Simply restart the hub and it will sync again.',
      'The courier will pick up the parcel between 8 and 16 on Tuesday.',
      'Let me know if the new link works for you.',
    ],
  },
  pl: {
    greeting: 'Dzień dobry,',
    signOff: 'Pozdrawiam,\nAnna',
    sentences: [
      'Dziękujemy za wiadomość w sprawie zwrotu za słuchawki.',
      'Powinien Pan był przeczytać instrukcję przed instalacją aktualizacji.',
      'Odezwiemy się wkrótce.',
      'Faktura jest w załączniku do tej wiadomości jako plik PDF.',
      'Zgodnie z naszym regulaminem zwrot produktów cyfrowych nie jest możliwy.',
      'Otwórz Ustawienia, wybierz Prywatność i włącz codzienną kopię zapasową.',
      'Sprawdziłam konto i druga opłata została już anulowana.',
      'Kurier odbierze paczkę w godz. 8-16 we wtorek, ok. 2 dni po zgłoszeniu.',
      'W nawiązaniu do zgłoszenia wysyłamy nowy link do pobrania.',
      'Proszę dać znać, czy nowy link działa.',
    ],
  },
  sv: {
    greeting: 'Hej Sam,',
    signOff: 'Med vänliga hälsningar,\nAnna',
    sentences: [
      'Tack för att du hörde av dig om återbetalningen för hörlurarna.',
      'Du borde ha läst manualen innan du installerade uppdateringen.',
      'Vi återkommer snart.',
      'Fakturan är bifogad i det här meddelandet som en PDF.',
      'Enligt våra villkor kan vi inte återbetala digitala produkter.',
      'Öppna Inställningar, välj Integritet och slå på den dagliga säkerhetskopian.',
      'Jag har kollat ditt konto och den andra debiteringen är redan återförd.',
      'Budet hämtar paketet mellan kl. 8 och 16 på tisdag, t.ex. vid entrén.',
      'Ni kommer att erhålla en ny länk från oss.',
      'Säg till om den nya länken fungerar för dig.',
    ],
  },
  et: {
    greeting: 'Tere,',
    signOff: 'Lugupidamisega\nAnna',
    sentences: [
      'Aitäh, et kirjutasite kõrvaklappide raha tagastamise kohta.',
      'Te oleksite pidanud juhendit lugema enne uuenduse paigaldamist.',
      'Me võtame teiega peagi ühendust.',
      'Arve on selle kirja manuses PDF-failina.',
      'Antud juhul saadame teile uue allalaadimise lingi.',
      'Ava Seaded, vali Privaatsus ja lülita sisse igapäevane varukoopia.',
      'Kontrollisin teie kontot ja teine makse on juba tagasi pööratud.',
      'Kuller võtab paki teisipäeval kell 8–16, kirjutage meile e-posti, vestluse jne kaudu.',
      'Parooli saab vahetada seadetes, vali Konto ja Turvalisus.',
      'Andke teada, kas uus link töötab.',
    ],
  },
  he: {
    greeting: 'שלום דנה,',
    signOff: 'בברכה,\nיוסי',
    sentences: [
      'תודה שכתבת לנו לגבי ההחזר על האוזניות.',
      'היית צריכה לקרוא את ההוראות לפני התקנת העדכון.',
      'נחזור אלייך בהקדם.',
      'החשבונית מצורפת להודעה הזאת כקובץ PDF.',
      'בהתאם למדיניות החברה לא ניתן להחזיר מוצרים דיגיטליים.',
      'פותחים את ההגדרות, בוחרים פרטיות ומפעילים את הגיבוי היומי.',
      'בדקתי את החשבון והחיוב השני כבר בוטל.',
      'השליח יאסוף את החבילה ביום שלישי בין 8 ל־16, לפי צה״ל ות"א.',
      'הננו להודיעך כי ההזמנה הנ״ל נשלחה!!!',
      'אשמח לדעת אם הקישור החדש עובד.',
    ],
  },
};

/** Replies per language: about 400,000 characters in English. */
const REPLIES = 1_000;

/** The replies in a language: every language's nth reply translates English's (deterministic, seed 42). */
function replies(language: string): string[] {
  const { greeting, signOff, sentences } = LANGUAGES[language];
  const next = random(42);
  return Array.from({ length: REPLIES }, () => {
    const paragraphs = Array.from({ length: 2 + Math.floor(next() * 3) }, () =>
      Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentences[Math.floor(next() * sentences.length)]).join(' '),
    );
    return [greeting, ...paragraphs, signOff].join('\n\n') + '\n';
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/**
 * CPU time of checking the texts, in ms: wall time on the shared virtual machine moved English's own
 * figure by half between two lines of one run; the process's CPU time does not count time taken by others.
 */
const cpuTime = (texts: readonly string[]) => {
  const started = process.cpuUsage();
  for (const text of texts) createChecker().check(text, { format: 'markdown' });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const characters = (texts: readonly string[]) => texts.reduce((sum, text) => sum + text.length, 0);

const BUDGET = 1.25;
/** Alternating runs per language: three left a pack's figure moving by a tenth from one bench to the next. */
const RUNS = 5;
/** Replies per batch: English and the pack take turns this often, so a slow spell of the machine falls on both. */
const BATCH = 100;

const english = replies('en');
const languages = Object.keys(LANGUAGES).filter((language) => language !== 'en');
for (const texts of [english, ...languages.map(replies)]) cpuTime(texts);
for (const language of languages) {
  const texts = replies(language);
  const check = createChecker().check(texts[0], { format: 'markdown' });
  if (check.language.language !== language) throw new Error(`bench text routed to '${check.language.language}', not '${language}'`);
  const ratios: number[] = [];
  const times: number[] = [];
  const englishTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let [time, englishTime] = [0, 0];
    for (let start = 0; start < REPLIES; start += BATCH) {
      englishTime += cpuTime(english.slice(start, start + BATCH));
      time += cpuTime(texts.slice(start, start + BATCH));
    }
    ratios.push(time / englishTime);
    times.push(time);
    englishTimes.push(englishTime);
  }
  const ratio = median(ratios);
  const perCharacter = (median(times) / characters(texts)) * (characters(english) / median(englishTimes));
  console.log(
    `${language}: ${(ratio * 100).toFixed(0)}% of English's CPU time on the same ${REPLIES} replies ` +
      `(${characters(texts)} chars vs ${characters(english)}; ${(perCharacter * 100).toFixed(0)}% per character; ` +
      `medians of ${RUNS} runs alternating every ${BATCH} replies)` +
      (ratio > BUDGET ? ' — over the 25% budget' : ''),
  );
}
