// Rasterises images/icon.svg to images/icon.png (128×128, the size both marketplaces show) with
// Debian's chromium through playwright-core: `node scripts/icon.mjs` after editing the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const images = join(dirname(fileURLToPath(import.meta.url)), '..', 'images');
const svg = readFileSync(join(images, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:128px;height:128px;display:block}</style>${svg}`);
  writeFileSync(join(images, 'icon.png'), await page.locator('svg').screenshot({ omitBackground: true }));
} finally {
  await browser.close();
}
