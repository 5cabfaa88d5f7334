/**
 * Precision and recall of the rules on the hand-labeled set in this folder (`npm run eval`).
 * Sentences are checked one by one as article prose; drafts are checked whole, with the kind
 * the engine decides, and compared on kind and the four draft checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker } from '../../server/src/api';
import type { DraftRole } from '../../server/src/engine/model';
import { DEFAULT_PACK } from '../../server/src/api';

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

const folder = __dirname;
const checker = createChecker();
const readTsv = (name: string) =>
  readFileSync(join(folder, name), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));

const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  let entry = tallies.get(key);
  if (!entry) tallies.set(key, (entry = { truePositive: 0, falsePositive: 0, falseNegative: 0 }));
  return entry;
};
const mistakes: string[] = [];

const sentenceRules = DEFAULT_PACK.rules.filter((rule) => rule.scope === 'sentence').map((rule) => rule.id);
const sentences = readTsv('sentences.tsv');
for (const [labels, sentence] of sentences) {
  const expected = new Set(labels === '-' ? [] : labels.split(','));
  const found = new Set(
    checker
      .check(sentence, { format: 'plaintext', kind: { kind: 'article', reason: 'evaluation' } })
      .findings.map((finding) => finding.ruleId),
  );
  for (const ruleId of sentenceRules) {
    const entry = tally(ruleId);
    if (expected.has(ruleId) && found.has(ruleId)) entry.truePositive++;
    else if (found.has(ruleId)) {
      entry.falsePositive++;
      mistakes.push(`FP ${ruleId}: ${sentence}`);
    } else if (expected.has(ruleId)) {
      entry.falseNegative++;
      mistakes.push(`FN ${ruleId}: ${sentence}`);
    }
  }
}

const checkRule: Record<DraftRole, string> = {
  apology: 'require-apology',
  empathy: 'require-empathy',
  restatement: 'require-restatement',
  nextStep: 'require-next-step',
};
const drafts = readTsv('drafts.tsv');
let kindsRight = 0;
for (const [file, kind, apology, empathy, restatement, nextStep] of drafts) {
  const text = readFileSync(join(folder, 'drafts', file), 'utf8');
  const result = checker.check(text, { format: 'markdown', fileName: file });
  if (result.kind === kind) kindsRight++;
  else mistakes.push(`KIND ${file}: expected ${kind}, got ${result.kind} (${result.reason})`);
  const labels: Record<DraftRole, string> = { apology, empathy, restatement, nextStep };
  for (const name of Object.keys(checkRule) as DraftRole[]) {
    if (labels[name] === 'n/a') continue;
    // The rule "finds a problem" when the piece is missing: a positive is a labeled "no".
    const missing = labels[name] === 'no';
    const flagged = result.drafts.some((draft) => draft.checks[checkRule[name]].expected && !draft.checks[checkRule[name]].found);
    const entry = tally(checkRule[name]);
    if (missing && flagged) entry.truePositive++;
    else if (flagged) {
      entry.falsePositive++;
      mistakes.push(`FP ${checkRule[name]}: ${file}`);
    } else if (missing) {
      entry.falseNegative++;
      mistakes.push(`FN ${checkRule[name]}: ${file}`);
    }
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
const totals: Tally = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
console.log(`Labeled set: ${sentences.length} sentences, ${drafts.length} drafts (kind right: ${kindsRight}/${drafts.length})\n`);
console.log('rule                   TP   FP   FN  precision  recall');
for (const [ruleId, entry] of tallies) {
  totals.truePositive += entry.truePositive;
  totals.falsePositive += entry.falsePositive;
  totals.falseNegative += entry.falseNegative;
  const { truePositive: tp, falsePositive: fp, falseNegative: fn } = entry;
  console.log(
    `${ruleId.padEnd(21)}${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}     ` +
      `${percent(tp, tp + fp)}  ${percent(tp, tp + fn)}`,
  );
}
const { truePositive: tp, falsePositive: fp, falseNegative: fn } = totals;
console.log(
  `${'all'.padEnd(21)}${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}     ` +
    `${percent(tp, tp + fp)}  ${percent(tp, tp + fn)}`,
);
if (process.argv.includes('--mistakes')) console.log(`\n${mistakes.join('\n')}`);
