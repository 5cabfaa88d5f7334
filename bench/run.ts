// `npm run bench`: the engine's speed and memory on a generated corpus (see bench/generate.ts).
// Figures: whole-corpus throughput on one thread, re-check latency after a one-character edit
// in a 50 KB article, peak memory of a CLI run over the corpus, and the CLI's wall time
// (bench/review.ts measures the review page). With BENCH_BEFORE=<folder of an earlier checkout,
// built>, every figure is also measured for that build in the same run, printed as before → now.
// It fails (after printing every figure) when HTML or MDX prose takes over 125% of Markdown's time.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import type { createChecker as CreateChecker } from '../server/src/api';
import MarkdownIt from 'markdown-it';
import type { FormatId } from '../server/src/shared/formats';
import { article, random, writeCorpus } from './generate';

/**
 * A built checkout to measure: this one, and with BENCH_BEFORE=<folder> an earlier one (after its own `npm run build`), in the
 * same run.
 */
interface Build {
  label: string;
  createChecker: typeof CreateChecker;
  cli: string;
}

/** The shipped bundle, not the sources: what users run. */
function load(label: string, root: string): Build {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built just before the benchmark runs
  const { createChecker } = require(join(root, 'dist', 'api.js')) as { createChecker: typeof CreateChecker };
  return { label, createChecker, cli: join(root, 'bin', 'support-tone.js') };
}
const now = load('now', join(__dirname, '..'));
const before = process.env.BENCH_BEFORE ? load('before', resolve(process.env.BENCH_BEFORE)) : undefined;
/** Before first, so each line reads before → now; runs alternate so a machine that slows down weighs on both alike. */
const builds = before ? [before, now] : [now];
/** One figure per build: "1.08 MB/s" or "before 1.08 MB/s → now 1.12 MB/s". */
const compare = (figures: readonly string[]) =>
  figures.length === 1 ? figures[0] : figures.map((figure, index) => `${builds[index].label} ${figure}`).join(' → ');

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
const checkAll = ({ createChecker }: Build) => {
  let findings = 0;
  for (const text of documents) findings += createChecker().check(text, { format: 'markdown' }).findings.length;
  return findings;
};
const corpusRuns = builds.map(() => [] as number[]);
const findingCounts = builds.map(checkAll);
for (let run = 0; run < 5; run++)
  builds.forEach((build, index) => {
    const started = performance.now();
    checkAll(build);
    corpusRuns[index].push(performance.now() - started);
  });
console.log(
  `Whole corpus, one thread: ${compare(
    corpusRuns.map((runs, index) => {
      const seconds = median(runs) / 1000;
      const rate = `${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${Math.round(documents.length / seconds)} docs/s`;
      return `${rate} (${seconds.toFixed(2)} s, ${findingCounts[index]} findings)`;
    }),
  )} (median of 5 runs)`,
);

// The same prose in each format of the registry: Markdown as generated, MDX (the same text), HTML
// (rendered by markdown-it), a macro export (each document one macro's comment) and saved replies in
// YAML (each document one reply's literal block). Time on one thread, against Markdown.
const renderer = new MarkdownIt();
const macroExport = (text: string) => JSON.stringify({ macros: [{ title: 'Bench', actions: [{ field: 'comment_value', value: text }] }] });
const savedReplies = (text: string) => `replies:\n  - title: Bench\n    body: |\n${text.replace(/^(?=.)/gm, '      ')}`;
const renderings: Record<FormatId, (text: string) => string> = {
  markdown: (text) => text,
  mdx: (text) => text,
  html: (text) => renderer.render(text),
  macros: macroExport,
  'yaml-replies': savedReplies,
  plaintext: (text) => text,
};
const timeOnce = (texts: readonly string[], format: FormatId) => {
  const started = performance.now();
  for (const text of texts) now.createChecker().check(text, { format });
  return performance.now() - started;
};
/** The formats whose prose must check within a share of Markdown's time (help-centre HTML and docs-site MDX). */
const FORMAT_BUDGETS: Partial<Record<FormatId, number>> = { mdx: 125, html: 125 };
/** Figures over their budget: the benchmark prints every figure, then fails. */
const overBudget: string[] = [];
// Runs alternate with Markdown's, so a machine that slows down in between weighs on both sides alike.
for (const format of ['mdx', 'html', 'macros', 'yaml-replies'] as const) {
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
  const budget = FORMAT_BUDGETS[format];
  console.log(
    `Same prose as ${format}: ${inSeconds(time)}, ${share}% of Markdown's ${inSeconds(markdownTime)} (medians of 3 alternating runs` +
      `${budget ? `; budget ${budget}%` : ''})`,
  );
  if (budget && Number(share) > budget) overBudget.push(`${format} took ${share}% of Markdown's time, over ${budget}%`);
}

// Re-check after a one-character edit in a 50 KB article, with the checker kept between versions.
const big = article(random(7), 50_000);
const paragraphStarts = [...big.matchAll(/\n\n(?=[A-Z])/g)].map((match) => match.index + 2);
/** 400 edits at random paragraphs, the same ones for every build; the first 50 warm up. */
function recheck({ createChecker }: Build): { first: number; latencies: number[] } {
  const next = random(8);
  const checker = createChecker();
  const firstStarted = performance.now();
  checker.check(big, { format: 'markdown' });
  const first = performance.now() - firstStarted;
  const latencies: number[] = [];
  let current = big;
  for (let edit = 0; edit < 400; edit++) {
    const at = paragraphStarts[Math.floor(next() * paragraphStarts.length)] + 3;
    current = current.slice(0, at) + (edit % 2 === 0 ? 'x' : '') + current.slice(at + (edit % 2 === 0 ? 0 : 1));
    const started = performance.now();
    checker.check(current, { format: 'markdown' });
    if (edit >= 50) latencies.push(performance.now() - started);
  }
  return { first, latencies };
}
const rechecks = builds.map(() => ({ first: [] as number[], latencies: [] as number[] }));
for (let round = 0; round < 3; round++)
  builds.forEach((build, index) => {
    const { first, latencies } = recheck(build);
    rechecks[index].first.push(first);
    rechecks[index].latencies.push(...latencies);
  });
console.log(
  `50 KB article (${(big.length / 1024).toFixed(0)} KB): ${compare(
    rechecks.map(
      ({ first, latencies }) =>
        `first check ${median(first).toFixed(1)} ms, re-check after a one-character edit median ${median(latencies).toFixed(2)} ms, ` +
        `p95 ${percentile(latencies, 0.95).toFixed(2)} ms`,
    ),
  )} (3 rounds of 350 edits)`,
);

// The CLI over the whole corpus: wall time, CPU time and peak resident memory (a child process reports its own CPU time and maxRSS).
interface CliRun {
  seconds: number;
  /** User and system time of every thread: on a shared machine, time the process waited for a core does not count. */
  cpuSeconds: number;
  megabytes: number;
}

/** Runs a build's CLI over a folder; its report goes nowhere, its wall time, CPU time and peak memory are kept. */
function runCli({ cli }: Build, folder: string, extra: string[]): CliRun {
  const probe =
    `process.on('exit', () => { const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage(); ` +
    `process.stderr.write('USAGE ' + (userCPUTime + systemCPUTime) + ' ' + maxRSS + '\\n'); }); ` +
    `process.argv.splice(1, 0, ${JSON.stringify(cli)}); require(${JSON.stringify(cli)});`;
  const started = performance.now();
  const child = spawnSync(process.execPath, ['-e', probe, 'check', folder, '--format', 'json', '--exit-zero', ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (child.status !== 0) throw new Error(`support-tone exited ${child.status}: ${child.stderr}`);
  const [, cpuMicroseconds, maxRss] = /USAGE (\d+) (\d+)/.exec(child.stderr) ?? [];
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: Number(cpuMicroseconds) / 1e6, megabytes: Number(maxRss) / 1024 };
}

/**
 * Each build's CLI over a folder, the builds alternating round by round; per build, the median of
 * each measure: single runs of the same build differed by up to a quarter on a machine shared with other work.
 */
function medianCliRuns(folder: string, extra: string[], rounds = 3): CliRun[] {
  const runs = builds.map(() => [] as CliRun[]);
  for (let round = 0; round < rounds; round++) builds.forEach((build, index) => runs[index].push(runCli(build, folder, extra)));
  const middle = (each: CliRun[], measure: keyof CliRun) => median(each.map((run) => run[measure]));
  return runs.map((each) => ({
    seconds: middle(each, 'seconds'),
    cpuSeconds: middle(each, 'cpuSeconds'),
    megabytes: middle(each, 'megabytes'),
  }));
}

const cliCorpusRuns = medianCliRuns(corpusFolder, ['--threads', '1'], 5);
console.log(
  `CLI over the corpus (support-tone check --format json, one thread): ${compare(
    cliCorpusRuns.map(
      (run) => `${run.seconds.toFixed(2)} s wall, ${run.cpuSeconds.toFixed(2)} s CPU, peak memory ${run.megabytes.toFixed(0)} MB`,
    ),
  )} (medians of 5 alternating runs)`,
);

// Worker threads on the 10,000-document corpus: every core against one thread.
const largeFolder = join(__dirname, '.corpus-10k');
const largeBytes = writeCorpus(largeFolder, 10_000, 43);
const cores = availableParallelism();
const singleRuns = medianCliRuns(largeFolder, ['--threads', '1']);
const parallelRuns = medianCliRuns(largeFolder, []);
const largeRuns = builds.map((_, index) => ({ single: singleRuns[index], parallel: parallelRuns[index] }));
console.log(
  `CLI over 10,000 documents (${(largeBytes / 1e6).toFixed(1)} MB): ${compare(
    largeRuns.map(
      ({ single, parallel }) =>
        `one thread ${(largeBytes / 1e6 / single.seconds).toFixed(2)} MB/s ` +
        `(${single.seconds.toFixed(1)} s, ${single.cpuSeconds.toFixed(1)} s CPU, ${single.megabytes.toFixed(0)} MB); ` +
        `${cores} threads ${(largeBytes / 1e6 / parallel.seconds).toFixed(2)} MB/s (${parallel.seconds.toFixed(1)} s, ` +
        `${parallel.cpuSeconds.toFixed(1)} s CPU, ${parallel.megabytes.toFixed(0)} MB); ` +
        `speed-up ${(single.seconds / parallel.seconds).toFixed(2)}×`,
    ),
  )} (medians of 3 alternating runs)`,
);

if (overBudget.length > 0) {
  console.error(`Over budget: ${overBudget.join('; ')}.`);
  process.exitCode = 1;
}
