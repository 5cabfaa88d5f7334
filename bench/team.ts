// `npm run bench` (last part): what a team style costs. A generated style of 2,000 phrases in 50
// rules of every kind, loaded from a config file as a project would; figures: the time to load it
// (what it adds to server start) and the whole corpus checked with and without it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { createChecker as CreateChecker, DEFAULT_PACK as Pack } from '../server/src/api';
import { readConfigFile } from '../server/src/config/loadConfig';
import { nodeConfigHost } from '../server/src/config/nodeHost';
import { random, writeCorpus } from './generate';

// The shipped bundle, not the sources: what users run.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is built just before the benchmark runs
const { createChecker, DEFAULT_PACK } = require('../dist/api.js') as { createChecker: typeof CreateChecker; DEFAULT_PACK: typeof Pack };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const WORDS = (
  'account order card refund invoice plan team reply ticket export login password store parcel courier billing update app device ' +
  'settings report payment address email phone subscription discount portal backup sync error page screen'
).split(' ');
const LEADS = 'your our the this we you please it'.split(' ');

/**
 * 50 rules, 2,000 phrases: 40 phrase rules and 4 occurrence rules (40 and 50 phrases each), 3 conditional, 2 consistency
 * and a length rule.
 */
function teamStyle(): Record<string, unknown> {
  const next = random(11);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
  const phrases = (count: number) => Array.from({ length: count }, () => `${pick(LEADS)} ${pick(WORDS)} ${pick(WORDS)}`);
  const base = (index: number) => ({ summary: `House rule ${index}`, principle: 'P9', severity: 'info', message: 'is not house style.' });
  const rules: Record<string, unknown> = {};
  for (let index = 0; index < 40; index++) rules[`acme/phrase-${index}`] = { ...base(index), kind: 'phrase', phrases: phrases(40) };
  for (let index = 0; index < 4; index++)
    rules[`acme/occurrence-${index}`] = { ...base(index), kind: 'occurrence', max: 2, phrases: phrases(50) };
  for (let index = 0; index < 3; index++)
    rules[`acme/conditional-${index}`] = { ...base(index), kind: 'conditional', phrases: phrases(20), then: phrases(20) };
  for (let index = 0; index < 2; index++)
    rules[`acme/consistency-${index}`] = { ...base(index), kind: 'consistency', registers: { one: phrases(20), other: phrases(20) } };
  rules['acme/length'] = { ...base(50), kind: 'length', unit: 'words', max: 400 };
  return { rules };
}

const folder = join(__dirname, '.corpus');
writeCorpus(folder, 1000);
const documents = ['kb', 'replies'].flatMap((sub) =>
  readdirSync(join(folder, sub)).map((name) => readFileSync(join(folder, sub, name), 'utf8')),
);
mkdirSync(join(folder, 'team'), { recursive: true });
const configPath = join(folder, 'team', '.support-tone.json');
writeFileSync(configPath, JSON.stringify(teamStyle(), null, 2));

// What the team style adds to server start: reading, validating and compiling the rules, and the larger
// phrase index the first check builds — against the first check with the shipped rules alone (a fresh rule set each run).
const firstCheck = (rules: typeof DEFAULT_PACK.rules) => createChecker([...rules]).check('Hi Sam,\n\nThanks.', { format: 'markdown' });
let config = readConfigFile(configPath, nodeConfigHost, DEFAULT_PACK);
const withStyle: number[] = [];
const shippedOnly: number[] = [];
for (let run = 0; run < 11; run++) {
  let started = performance.now();
  firstCheck(DEFAULT_PACK.rules);
  shippedOnly.push(performance.now() - started);
  started = performance.now();
  config = readConfigFile(configPath, nodeConfigHost, DEFAULT_PACK);
  firstCheck(config.rules);
  withStyle.push(performance.now() - started);
}
if (config.problems.length > 0) throw new Error(config.problems.map((problem) => problem.message).join('\n'));
const phraseCount = config.teamRules.reduce((sum, team) => sum + team.rule.phrases.length, 0);
/** The budgets "Team rules as data" set: under 50 ms more server start, under 20% more check time. */
const budget = (within: boolean, limit: string) => (within ? `within the ${limit} budget` : `OVER the ${limit} budget`);
const startAdded = median(withStyle) - median(shippedOnly);
console.log(
  `Team style (${config.teamRules.length} rules, ${phraseCount} phrases): server start ${median(withStyle).toFixed(1)} ms ` +
    `against ${median(shippedOnly).toFixed(1)} ms without it: +${startAdded.toFixed(1)} ms, ${budget(startAdded < 50, '50 ms')} ` +
    '(median of 11 interleaved runs)',
);

// The whole corpus, alternating runs with and without the team's rules.
const corpusTime = (rules: typeof config.rules) => {
  const started = performance.now();
  for (const text of documents) createChecker(rules).check(text, { format: 'markdown' });
  return performance.now() - started;
};
corpusTime(config.rules);
corpusTime(DEFAULT_PACK.rules);
const without: number[] = [];
const withTeam: number[] = [];
for (let run = 0; run < 5; run++) {
  without.push(corpusTime(DEFAULT_PACK.rules));
  withTeam.push(corpusTime(config.rules));
}
const added = median(withTeam) / median(without) - 1;
const seconds = (values: number[]) => `${(median(values) / 1000).toFixed(2)} s`;
console.log(
  `Team style on the corpus: ${seconds(withTeam)} against ${seconds(without)} without it ` +
    `(+${(added * 100).toFixed(0)}%, ${budget(added < 0.2, '20%')}, median of 5 interleaved runs)`,
);
