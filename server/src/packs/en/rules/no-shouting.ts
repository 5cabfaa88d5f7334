import { makeFix } from '../../../engine/fixes';
import type { Mark, Word } from '../../../engine/model';
import { wordSpan, type SentenceRule } from '../../../engine/rule';
import { docsUrl } from '../docs';

/** Upper-case words that are names, not emphasis. Extend with `allowPhrases`. */
const ACRONYMS = new Set(
  `FAQ FAQS PDF PDFS SSO SAML SCIM LDAP OAUTH API APIS SDK CLI URL URLS URI ID IDS PIN OTP MFA 2FA TOTP VPN DNS SSL TLS HTTP HTTPS FTP SFTP SSH IP IPS
  USB HDMI CPU GPU RAM SSD HDD OS IOS MAC PC TV GPS NFC QR SMS MMS CSV XML JSON HTML CSS JS SQL ETA EOD ASAP FYI RSVP BCC CC AM PM UTC GMT CET EST PST
  US USA UK EU GDPR CCPA HIPAA SOC ISO PCI SLA NDA KB CRM ERP POS ACH IBAN SWIFT BIC VAT GST USD EUR GBP CAD AUD SKU UPS DHL USPS FEDEX TNT LTE 4G 5G WIFI
  AI ML UI UX IT HR PR QA CEO CTO CFO COO VP OK ID. SMTP IMAP POP POP3 AWS GCP AZURE DKIM SPF DMARC MX CNAME TXT RSS PNG JPG JPEG GIF SVG MP4 ZIP
  LED LCD AC DC HVAC RMA ETD ETA TBD TBA N/A NA FAQ`.split(/\s+/),
);

/** Common words that are shouting when written in capitals, even when short ("Do NOT", "READ"). */
const SHOUTED_WORDS = new Set(
  `NOT NO DO DON'T NEVER ALWAYS MUST NOW ALL ANY YOU YOUR READ PLEASE STOP ONLY VERY REALLY NEED HAVE WILL CAN CAN'T CANNOT WON'T DID AGAIN FREE
  WHY WHAT HOW THE AND OR BUT IS ARE WAS IT THIS THAT MY ME WE OUR SEE NEW BUY SALE TODAY HERE STILL EVER YES`.split(/\s+/),
);

const CAPITALS = /\p{Lu}/gu;
/** Fast path for the common case: most words start with, or follow a capital with, a small ASCII letter. */
const isSmallAscii = (code: number) => code >= 97 && code <= 122;
const startsLowerCaseAscii = (text: string) => isSmallAscii(text.charCodeAt(0)) || isSmallAscii(text.charCodeAt(1));
const HAS_LOWER = /\p{Ll}/u;

/** Two or more capital letters, none lower case, no digits or underscores (codes like "NW-48213" and "ERR_TIMEOUT"); scripts without case never shout. */
function isCapitalised(word: Word): boolean {
  if (startsLowerCaseAscii(word.text)) return false;
  return !HAS_LOWER.test(word.text) && !/[\d_]/.test(word.text) && (word.text.match(CAPITALS) ?? []).length >= 2;
}

const isAcronym = (word: Word) => ACRONYMS.has(word.text.replace(/’/g, "'"));

/** A capitalised word reads as shouting if it is a common word, long, or next to another capitalised word ("DO NOT"). */
function isShouted(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (SHOUTED_WORDS.has(word.text.replace(/’/g, "'")) || word.text.length >= 6) return true;
  const neighbour = (at: number) => words[at] !== undefined && isCapitalised(words[at]) && !isAcronym(words[at]);
  return neighbour(index - 1) || neighbour(index + 1);
}

/** Adjacent punctuation marks joined into runs ("?!?" may arrive as separate marks). */
function markRuns(marks: readonly Mark[]): Mark[] {
  const runs: Mark[] = [];
  for (const mark of marks) {
    const last = runs.at(-1);
    if (last && last.end === mark.start) runs[runs.length - 1] = { start: last.start, end: mark.end, text: last.text + mark.text };
    else runs.push({ ...mark });
  }
  return runs;
}

export const noShouting: SentenceRule = {
  id: 'no-shouting',
  scope: 'sentence',
  summary: 'ALL-CAPS emphasis and "!!!" (acronyms and quoted error messages are fine)',
  principle: 'P8',
  why: 'Capitals and stacked exclamation marks read as shouting; the customer hears anger, not emphasis.',
  severity: 'warning',
  fixable: true,
  docs: docsUrl('no-shouting'),
  example: { bad: 'Do NOT unplug the hub during the update!!!', good: 'Keep the hub plugged in during the update.' },
  headline: 'Shouts at Customer',
  rank: 6,
  label: 'shouting',
  phrases: [],
  check(context) {
    for (const sentence of context.sentences) {
      const { words } = sentence;
      for (let index = 0; index < words.length; index++) {
        const word = words[index];
        if (!isCapitalised(word) || word.inQuotes || isAcronym(word) || context.allowed(sentence, index) || !isShouted(words, index))
          continue;
        const span = wordSpan(sentence, index);
        const quiet = index === 0 ? word.text.charAt(0) + word.text.slice(1).toLowerCase() : word.text.toLowerCase();
        context.report({
          ...span,
          message: `'${word.text}' reads as shouting: write '${quiet}'.`,
          fixes: [makeFix(`Write '${quiet}'`, [{ ...span, newText: quiet }])],
        });
      }
      for (const run of markRuns(sentence.marks)) {
        if (!/^[!?]*![!?]+$|^[!?]+![!?]*$|^\?{3,}$/.test(run.text)) continue;
        const span = { start: run.start, end: run.end };
        const single = run.text.includes('?') ? '?' : '!';
        context.report({
          ...span,
          message: `'${run.text}' reads as shouting: one '${single}' is plenty.`,
          fixes: [makeFix(`Replace with '${single}'`, [{ ...span, newText: single }])],
        });
      }
    }
  },
};
