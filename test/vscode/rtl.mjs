// The Hebrew reply of the golden document fixtures in the real workbench: its headline lens counts
// in Hebrew and its front-page preview reads right to left, dated and labelled in Hebrew. Saves test-output/vscode-preview-he.png.
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const hebrewReply = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents', 'hebrew-reply', 'input.reply.md');
const HEADLINE = 'Acme מאשימה את הלקוח: "היית צריכה לבדוק את פרטי הכרטיס לפני התשלום"';
/** The deck counts the findings in Hebrew too: "1 error, 4 warnings and 3 notes: …". */
const DECK = '1 שגיאה, 4 אזהרות ו-3 הערות: האשמת הלקוח, אין התנצלות';
/** The lens's short count, in Hebrew: "1 error, 4 warnings, 3 notes". */
const LENS = `📰 ${HEADLINE} · 1 שגיאה, 4 אזהרות, 3 הערות`;
/** The masthead, in Hebrew ("Acme Daily"). */
const MASTHEAD = 'יומון Acme';
/** The story's dateline in Hebrew ("Line 1 · reply"); the dateline's CSS shows it in capitals, which Hebrew does not have. */
const DATELINE = 'שורה 1 · תשובה';
/** The masthead's date, in Hebrew ("Sunday, November 22, 2026" reads "יום ראשון, 22 בנובמבר 2026"). */
const HEBREW_DATE = new Intl.DateTimeFormat('he', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * Copies the Hebrew reply into the workspace `folder`, opens it with Quick Open, checks its headline
 * lens, previews its headlines with `runCommand` (the command palette) and checks that the page, the
 * masthead, the date, the headline and the deck are marked Hebrew and laid out right to left, and that
 * the page's own labels (masthead, dateline) are Hebrew.
 */
export async function checkHebrewPreview(page, { folder, output, log, runCommand }) {
  copyFileSync(hebrewReply, join(folder, 'hebrew.reply.md'));
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type('hebrew.reply.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'hebrew.reply.md' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: 'hebrew.reply.md' }).waitFor();
  await page.locator('.statusbar-item', { hasText: 'Reply · HE' }).waitFor();
  await page.locator('.codelens-decoration', { hasText: LENS }).waitFor();
  await runCommand(page, 'Support Tone: Preview Headlines');
  await page.locator('.tabs-container .tab', { hasText: 'Headline: hebrew.reply.md' }).waitFor();
  const body = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
  const headline = body.locator('.headline[lang="he"][dir="rtl"]', { hasText: HEADLINE });
  await headline.waitFor();
  await body.locator('.deck[lang="he"][dir="rtl"]', { hasText: DECK }).waitFor();
  await body.locator('.story[lang="he"][dir="rtl"] .dateline', { hasText: DATELINE }).waitFor();
  const masthead = body.locator('.masthead[lang="he"][dir="rtl"] h1', { hasText: MASTHEAD });
  await masthead.waitFor();
  await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('html[lang="he"]').waitFor({ state: 'attached' });
  // The preview dates its page when it renders: today, or yesterday if the render crossed midnight (UTC).
  const days = [0, 1].map((back) => HEBREW_DATE.format(new Date(Date.now() - back * 86_400_000)));
  const date = body.locator('.edition-line time[lang="he"][dir="rtl"]');
  await date.waitFor();
  const dateText = await date.innerText();
  if (!days.includes(dateText)) throw new Error(`UI: the masthead date should be today's in Hebrew (${days[0]}), not ${dateText}`);
  const directions = {
    date: await date.evaluate((element) => getComputedStyle(element).direction),
    headline: await headline.evaluate((element) => getComputedStyle(element).direction),
    masthead: await masthead.evaluate((element) => getComputedStyle(element).direction),
  };
  if (Object.values(directions).some((direction) => direction !== 'rtl'))
    throw new Error(`UI: the Hebrew masthead, date and headline should read right to left: ${JSON.stringify(directions)}`);
  const shot = join(output, 'vscode-preview-he.png');
  await page.screenshot({ path: shot });
  log(`UI: the Hebrew reply's lens counts in Hebrew; its preview reads right to left, labels and date in Hebrew; saved ${shot}`);
}
