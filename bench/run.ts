// `npm run bench`: the engine's speed and memory on a generated corpus (see bench/generate.ts).
// Figures: whole-corpus throughput on one thread, re-check latency after a one-character edit
// in a 50 KB article, peak memory of a CLI run over the corpus, and the CLI's wall time
// (bench/review.ts measures the review page).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { createChecker as CreateChecker } from '../server/src/api';
import MarkdownIt from 'markdown-it';
import type { FormatId } from '../server/src/shared/formats';
import { article, random, writeCorpus } from './generate';

// The shipped bundle, not the sources: what users run.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built just before the benchmark runs
const { createChecker } = require('../dist/api.js') as { createChecker: typeof CreateChecker };
const corpusFolder = join(__dirname, '.corpus');
const documentCount = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];

const bytes = writeCorpus(corpusFolder, documentCount);
const documents = ['kb', 'replies'].flatMap((folder) =>
  readdirSync(join(corpusFolder, folder)).map((name) => readFileSync(join(corpusFolder, folder, name), 'utf8')),
);
console.log(`Corpus: ${documents.length} documents, ${(bytes / 1e6).toFixed(2)} MB (deterministic, seed 42)`);

// Whole corpus on one thread, a fresh checker per document (no reuse between documents).
const checkAll = () => {
  let findings = 0;
  for (const text of documents) findings += createChecker().check(text, { format: 'markdown' }).findings.length;
  return findings;
};
checkAll();
const runs: number[] = [];
let findings = 0;
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  findings = checkAll();
  runs.push(performance.now() - started);
}
const seconds = median(runs) / 1000;
console.log(
  `Whole corpus, one thread: ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${Math.round(documents.length / seconds)} docs/s ` +
    `(median of 5 runs: ${seconds.toFixed(2)} s, ${findings} findings)`,
);

// The same prose in each format of the registry: Markdown as generated, MDX (the same text), HTML
// (rendered by markdown-it) and a macro export (each document one macro's comment). Time on one thread, against Markdown.
const renderer = new MarkdownIt();
const macroExport = (text: string) => JSON.stringify({ macros: [{ title: 'Bench', actions: [{ field: 'comment_value', value: text }] }] });
const renderings: Record<FormatId, (text: string) => string> = {
  markdown: (text) => text,
  mdx: (text) => text,
  html: (text) => renderer.render(text),
  macros: macroExport,
  plaintext: (text) => text,
};
const timeOnce = (texts: readonly string[], format: FormatId) => {
  const started = performance.now();
  for (const text of texts) createChecker().check(text, { format });
  return performance.now() - started;
};
// Runs alternate with Markdown's, so a machine that slows down in between weighs on both sides alike.
for (const format of ['mdx', 'html', 'macros'] as const) {
  const texts = documents.map(renderings[format]);
  timeOnce(texts, format);
  const times: number[] = [];
  const markdownTimes: number[] = [];
  for (let run = 0; run < 3; run++) {
    markdownTimes.push(timeOnce(documents, 'markdown'));
    times.push(timeOnce(texts, format));
  }
  const [time, markdownTime] = [median(times), median(markdownTimes)];
  const share = ((time / markdownTime) * 100).toFixed(0);
  const inSeconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `Same prose as ${format}: ${inSeconds(time)}, ${share}% of Markdown's ${inSeconds(markdownTime)} (medians of 3 alternating runs)`,
  );
}

// Re-check after a one-character edit in a 50 KB article, with the checker kept between versions.
const next = random(7);
const big = article(next, 50_000);
const checker = createChecker();
const firstStarted = performance.now();
checker.check(big, { format: 'markdown' });
const firstCheck = performance.now() - firstStarted;
const paragraphStarts = [...big.matchAll(/\n\n(?=[A-Z])/g)].map((match) => match.index + 2);
const latencies: number[] = [];
let current = big;
for (let edit = 0; edit < 400; edit++) {
  const at = paragraphStarts[Math.floor(next() * paragraphStarts.length)] + 3;
  current = current.slice(0, at) + (edit % 2 === 0 ? 'x' : '') + current.slice(at + (edit % 2 === 0 ? 0 : 1));
  const started = performance.now();
  checker.check(current, { format: 'markdown' });
  if (edit >= 50) latencies.push(performance.now() - started);
}
console.log(
  `50 KB article (${(big.length / 1024).toFixed(0)} KB): first check ${firstCheck.toFixed(1)} ms; re-check after a ` +
    `one-character edit: median ${median(latencies).toFixed(2)} ms, p95 ${percentile(latencies, 0.95).toFixed(2)} ms ` +
    `(${latencies.length} edits)`,
);

// The CLI over the whole corpus: wall time and peak resident memory (a child process reports its own maxRSS).
const cli = join(__dirname, '..', 'bin', 'support-tone.js');
const probe =
  `process.on('exit', () => process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')); ` +
  `process.argv.splice(1, 0, ${JSON.stringify(cli)}); require(${JSON.stringify(cli)});`;

/** Runs the CLI over a folder; its report goes nowhere, its wall time and peak memory are kept. */
function runCli(folder: string, extra: string[]): { seconds: number; megabytes: number } {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['-e', probe, 'check', folder, '--format', 'json', '--exit-zero', ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (child.status !== 0) throw new Error(`support-tone exited ${child.status}: ${child.stderr}`);
  return { seconds: (performance.now() - started) / 1000, megabytes: Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024 };
}

const corpusRun = runCli(corpusFolder, ['--threads', '1']);
console.log(
  `CLI over the corpus (support-tone check --format json, one thread): ${corpusRun.seconds.toFixed(2)} s wall, peak memory ` +
    `${corpusRun.megabytes.toFixed(0)} MB`,
);

// Worker threads on the 10,000-document corpus: every core against one thread.
const largeFolder = join(__dirname, '.corpus-10k');
const largeBytes = writeCorpus(largeFolder, 10_000, 43);
const single = runCli(largeFolder, ['--threads', '1']);
const parallel = runCli(largeFolder, []);
const cores = availableParallelism();
console.log(
  `CLI over 10,000 documents (${(largeBytes / 1e6).toFixed(1)} MB): one thread ` +
    `${(largeBytes / 1e6 / single.seconds).toFixed(2)} MB/s (${single.seconds.toFixed(1)} s, ${single.megabytes.toFixed(0)} ` +
    `MB); ` +
    `${cores} threads ${(largeBytes / 1e6 / parallel.seconds).toFixed(2)} MB/s (${parallel.seconds.toFixed(1)} s, ` +
    `${parallel.megabytes.toFixed(0)} MB); speed-up ${(single.seconds / parallel.seconds).toFixed(2)}×`,
);
