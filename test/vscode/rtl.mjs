// The Hebrew reply of the golden document fixtures in the real workbench: its front-page preview
// reads right to left. Saves test-output/vscode-preview-he.png.
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const hebrewReply = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents', 'hebrew-reply', 'input.reply.md');
const HEADLINE = 'Acme מאשימה את הלקוח: "היית צריכה לבדוק את פרטי הכרטיס לפני התשלום"';
/** The deck counts the findings in Hebrew too: "1 error, 4 warnings and 3 notes: …". */
const DECK = '1 שגיאה, 4 אזהרות ו-3 הערות: האשמת הלקוח, אין התנצלות';

/**
 * Copies the Hebrew reply into the workspace `folder`, opens it with Quick Open, previews its
 * headlines with `runCommand` (the command palette) and checks that the headline and the deck are
 * marked Hebrew and laid out right to left while the page's English masthead stays left to right.
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
  await runCommand(page, 'Support Tone: Preview Headlines');
  await page.locator('.tabs-container .tab', { hasText: 'Headline: hebrew.reply.md' }).waitFor();
  const body = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
  const headline = body.locator('.headline[lang="he"][dir="rtl"]', { hasText: HEADLINE });
  await headline.waitFor();
  await body.locator('.deck[lang="he"][dir="rtl"]', { hasText: DECK }).waitFor();
  const directions = {
    headline: await headline.evaluate((element) => getComputedStyle(element).direction),
    masthead: await body.locator('.masthead h1').evaluate((element) => getComputedStyle(element).direction),
  };
  if (directions.headline !== 'rtl' || directions.masthead !== 'ltr')
    throw new Error(`UI: the Hebrew headline should read right to left under a left-to-right masthead: ${JSON.stringify(directions)}`);
  const shot = join(output, 'vscode-preview-he.png');
  await page.screenshot({ path: shot });
  log(`UI: the Hebrew reply's preview shows its headline and its Hebrew deck right to left (lang="he", dir="rtl"); saved ${shot}`);
}
