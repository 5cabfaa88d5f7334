// `npm run bench` (last step; `npx tsx bench/review.ts` alone): the review page on the
// 10,000-document corpus — `support-tone report`'s wall time and file size, and in headless
// Chromium the first contentful paint, the time until the list is drawn, and how long a rule
// filter and a search take until the next frame. It fails, after printing them, when the file is 15 MB or more, or
// the first paint, the filter or the search takes 1 s or more.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { writeCorpus } from './generate';

const CHROMIUM = '/usr/bin/chromium';
const cli = join(__dirname, '..', 'bin', 'support-tone.js');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const largeFolder = join(__dirname, '.corpus-10k');
writeCorpus(largeFolder, 10_000, 43);
const reviewPage = join(__dirname, '.review-10k.html');
const started = performance.now();
const run = spawnSync(process.execPath, [cli, 'report', largeFolder, '--out', reviewPage], { encoding: 'utf8' });
if (run.status !== 0) throw new Error(`support-tone report exited ${run.status}: ${run.stderr}`);
const reportSeconds = (performance.now() - started) / 1000;
const megabytes = statSync(reviewPage).size / 1e6;
const MAX_MEGABYTES = 15;
const MAX_MILLISECONDS = 1000;
/** The figures over their budget: printed after the line, and the benchmark fails. */
const overBudget: string[] = megabytes >= MAX_MEGABYTES ? [`the page is ${megabytes.toFixed(1)} MB, over ${MAX_MEGABYTES} MB`] : [];
const head = `Review page over 10,000 documents (support-tone report, ${reportSeconds.toFixed(1)} s): ${megabytes.toFixed(1)} MB`;

async function measure(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const paints: number[] = [];
    const lists: number[] = [];
    const ruleFilters: number[] = [];
    const searches: number[] = [];
    for (let load = 0; load < 3; load++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(reviewPage).href, { waitUntil: 'load' });
      const [paint, listed] = await page.evaluate(() => [
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        Number(document.body.dataset.renderedAt),
      ]);
      if (errors.length > 0 || !Number.isFinite(paint) || !Number.isFinite(listed))
        throw new Error(`the page did not render: ${errors.join('; ')}`);
      paints.push(paint);
      lists.push(listed);
      /** Milliseconds from a control's change until the next frame after the re-render. */
      const timeChange = (selector: string, value: string, event: string) =>
        page.evaluate(
          ([selector, value, event]) =>
            new Promise<number>((resolve) => {
              const control = document.querySelector<HTMLInputElement>(selector)!;
              const before = performance.now();
              control.value = value;
              control.dispatchEvent(new Event(event));
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - before)));
            }),
          [selector, value, event],
        );
      ruleFilters.push(await timeChange('#filter-rule', 'no-blame', 'change'));
      searches.push(await timeChange('#search', 'refund', 'input'));
      if (!(await page.locator('#status').innerText()).includes('of 10000 documents')) throw new Error('the filters did not run');
      await page.close();
    }
    const budgeted = { 'first paint': paints, 'rule filter': ruleFilters, search: searches };
    for (const [name, values] of Object.entries(budgeted))
      if (median(values) >= MAX_MILLISECONDS) overBudget.push(`${name} took ${median(values).toFixed(0)} ms, over ${MAX_MILLISECONDS} ms`);
    const figures = Object.entries({ ...budgeted, 'list drawn': lists }).map(([name, values]) => `${name} ${median(values).toFixed(0)} ms`);
    return (
      `${head}; headless Chromium, median of 3 loads: ${figures.join(', ')} ` +
      `(budget: first paint, filter and search under ${MAX_MILLISECONDS} ms each, the page under ${MAX_MEGABYTES} MB)`
    );
  } finally {
    await browser.close();
  }
}

/** Prints what is over budget and fails the benchmark. */
function failOverBudget(): void {
  if (overBudget.length === 0) return;
  console.error(`Review page over budget: ${overBudget.join('; ')}.`);
  process.exitCode = 1;
}

if (!existsSync(CHROMIUM)) {
  console.log(`${head} (no Chromium at ${CHROMIUM}: paint and filter times not measured)`);
  failOverBudget();
} else
  measure().then(
    (line) => {
      console.log(line);
      failOverBudget();
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
