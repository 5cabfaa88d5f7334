// One pass through the workbench as a user sees it, in Debian's chromium: open a macros file
// from the explorer, see the squiggles, the headline CodeLens, the status bar and the Problems
// rows, apply a quick fix from the light bulb menu, and open the front-page preview from the
// command palette. Saves test-output/vscode-editor.png, vscode-editor-docs.png (the README's
// docs/images/vscode-editor.png) and vscode-preview.png.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { checkHebrewPreview } from './rtl.mjs';

const STEP_TIMEOUT_MS = 30_000;
/** The README's image stays small enough for a repository. */
const DOCS_IMAGE_MAX_BYTES = 150 * 1024;

/** The editor's visible text; Monaco renders spaces as no-break spaces. */
async function editorText(page) {
  const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** Waits until `read()` (the page's state) satisfies `test`, or fails with the last value. */
export async function waitForState(read, test, description) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let value;
  for (;;) {
    value = await read();
    if (test(value)) return value;
    if (Date.now() > deadline) throw new Error(`UI: timed out waiting for ${description}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs a command from the command palette by its label. */
export async function runFromCommandPalette(page, label) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.keyboard.type(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/**
 * Drives the workbench on `folder` (a copy of test/vscode/workspace) and asserts what a user sees.
 * Throws on the first thing missing; screenshots go to `output` and `docsImage`.
 */
export async function checkUserInterface({ context, baseUrl, folder, output, docsImage, log }) {
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await drive(page, { baseUrl, folder, output, docsImage, log });
  } catch (error) {
    const failureShot = join(output, 'vscode-failure.png');
    mkdirSync(output, { recursive: true });
    await page.screenshot({ path: failureShot }).catch(() => {});
    error.message += ` (the window at that moment: ${failureShot})`;
    throw error;
  }
}

/** The steps of `checkUserInterface`, in the order a user takes them. */
async function drive(page, { baseUrl, folder, output, docsImage, log }) {
  await page.goto(workbenchUrl(baseUrl, folder));
  await page.locator('.monaco-workbench').waitFor();

  // The explorer lists the workspace; a click opens the macros file.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'macros.reply.md' }).click();
  await page.locator('.tabs-container .tab.active', { hasText: 'macros.reply.md' }).waitFor();

  // Squiggles (red for no-blame, yellow for warnings), one headline lens per draft, the status bar.
  await page.locator('.squiggly-error').first().waitFor();
  await page.locator('.squiggly-warning').first().waitFor();
  const lenses = page.locator('.codelens-decoration', { hasText: '📰 Acme' });
  await lenses.first().waitFor();
  await waitForState(
    () => lenses.allInnerTexts(),
    (texts) =>
      texts.length === 2 &&
      texts[0].includes('📰 Acme Blames Customer: "You should have read the manual" · 1 error, 4 warnings, 2 notes') &&
      texts[1].includes('📰 Acme Apologizes'),
    'two headline CodeLenses',
  );
  await page.locator('.statusbar-item', { hasText: 'Reply · EN · 1 error, 4 warnings, 2 notes' }).waitFor();
  log('UI: explorer opened macros.reply.md; squiggles, 2 headline lenses and the status bar item are shown');

  // The Problems view lists the findings.
  await page.keyboard.press('Control+Shift+M');
  const blameRow = page.locator('.markers-panel .monaco-list-row', { hasText: "'You should have read' makes the customer the cause" });
  await blameRow.waitFor();
  await page.locator('.markers-panel .monaco-list-row', { hasText: "'Simply' talks down to the reader" }).waitFor();
  log(`UI: Problems view: ${await page.locator('.markers-panel .monaco-list-row').count()} rows`);

  mkdirSync(output, { recursive: true });
  const editorShot = join(output, 'vscode-editor.png');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: editorShot });

  // The README's picture: the editor, the Problems view and the status bar's right half, without
  // the side bar. Chromium's text rendering differs by a few pixels between runs, so the committed
  // copy is only replaced when missing or asked for (no new binary diff on every run).
  const editorBox = await page.locator('.part.editor').boundingBox();
  const statusBox = await page.locator('.part.statusbar').boundingBox();
  const clip = {
    x: editorBox.x,
    y: editorBox.y,
    width: statusBox.x + statusBox.width - editorBox.x,
    height: statusBox.y + statusBox.height - editorBox.y,
  };
  const docsShot = join(output, 'vscode-editor-docs.png');
  await page.screenshot({ path: docsShot, clip });
  const docsShotBytes = statSync(docsShot).size;
  if (docsShotBytes > DOCS_IMAGE_MAX_BYTES)
    throw new Error(`UI: ${docsShot} is ${Math.round(docsShotBytes / 1024)} KB, over ${DOCS_IMAGE_MAX_BYTES / 1024} KB`);
  log(`UI: saved ${editorShot} and ${docsShot} (${Math.round(docsShotBytes / 1024)} KB)`);
  if (!existsSync(docsImage) || process.env.SUPPORT_TONE_UPDATE_DOCS_IMAGE === '1') {
    mkdirSync(dirname(docsImage), { recursive: true });
    copyFileSync(docsShot, docsImage);
    log(`UI: wrote ${docsImage}`);
  }

  await removeSimplyFromLightBulb(page);
  log("UI: light bulb → Remove 'Simply' changed the editor text");

  // The front-page preview from the command palette: a webview beside the editor (with the
  // panel and the side bar hidden, so the screenshot shows the page).
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').waitFor({ state: 'hidden' });
  await page.keyboard.press('Control+B');
  await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
  await runFromCommandPalette(page, 'Support Tone: Preview Headlines');
  const frontPage = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
  await frontPage.getByText('Acme Daily', { exact: true }).waitFor();
  await frontPage.getByText('Acme Blames Customer: "You should have read the manual"', { exact: true }).waitFor();
  await frontPage.getByText('Acme Apologizes, Promises to Send Replacement by Friday', { exact: true }).waitFor();
  await page.locator('.tabs-container .tab', { hasText: 'Headline: macros.reply.md' }).waitFor();
  const previewShot = join(output, 'vscode-preview.png');
  await page.screenshot({ path: previewShot });
  log(`UI: the front-page preview webview shows the masthead and both drafts' headlines; saved ${previewShot}`);
  await checkHebrewPreview(page, { folder, output, log, runCommand: runFromCommandPalette });
}

/** The light bulb on macros.reply.md: cursor on 'Simply' (line 5, column 34), Control+. and "Remove 'Simply'"; checks the new text. */
export async function removeSimplyFromLightBulb(page) {
  const before = await editorText(page);
  if (!before.includes('Simply restart the hub.'))
    throw new Error(`UI: the editor does not show the draft's text: ${JSON.stringify(before)}`);
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
  await page.keyboard.type('5:34');
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: 'Ln 5, Col 34' }).waitFor();
  const removeSimply = page.locator('.action-widget .monaco-list-row', { hasText: "Remove 'Simply'" });
  // The code-action menu can miss a key press that arrives while the light bulb is still being
  // computed; ask again (bounded) rather than wait once for a menu that will not come.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+.');
    try {
      await removeSimply.waitFor({ timeout: 5000 });
      break;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.keyboard.press('Escape');
      await page.locator('.statusbar-item', { hasText: 'Ln 5, Col 34' }).waitFor();
    }
  }
  await removeSimply.click();
  const after = await waitForState(
    () => editorText(page),
    (text) => text.includes('You should have read the manual. Restart the hub. It will obviously sync ASAP.'),
    "the quick fix to remove 'Simply'",
  );
  if (after.includes('Simply')) throw new Error("UI: 'Simply' is still in the editor after the quick fix");
}
