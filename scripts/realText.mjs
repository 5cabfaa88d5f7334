// Real-text measurement with the shared tools our own measurement uses (../shared, next to this
// checkout): `npm run eval` scores the CLI on the labelled dev set, then each language of the
// Polish/Swedish and Estonian/Hebrew sets on a line of its own (with the findings per clean product message), then the
// synthetic set as a secondary line; `npm run sweep`
// runs it over the real help centres. Extra arguments pass through.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const [mode, ...extra] = process.argv.slice(2);

const tool = (name) => join(shared, 'tools', name);
if (!existsSync(tool('score-realtext.mjs')) || !existsSync(join(shared, 'realtext', 'dev.jsonl'))) {
  console.log(`Skipped: the real-text tools and labelled data are not at ${shared} (they live next to the checkout, not in it).`);
  process.exit(0);
}

const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (mode === 'sweep') {
  // The sweep prints each corpus's leaked markup count (import lines, [!, {{<, %%, !!!, :::); any leak fails the run.
  const swept = spawnSync(process.execPath, [tool('sweep-kb.mjs'), root, ...extra], { cwd: root, encoding: 'utf8' });
  process.stdout.write(swept.stdout);
  process.stderr.write(swept.stderr);
  const leaks = swept.stdout.split('\n').filter((line) => /leaked markup: [1-9]/.test(line));
  if (leaks.length > 0) console.error(`Markup leaked into findings or headlines in ${leaks.length} corpus(es).`);
  process.exit(swept.status || (leaks.length > 0 ? 1 : 0));
}

/** Items taken from an app's UI strings (Android strings.xml, i18n JSON, .properties, gettext): the product messages. */
const PRODUCT_MESSAGE_SOURCE = /strings\.xml|\.properties\b|\bi18n\b|\blocales?\b|\.po\b|\bl10n\b|translations?\//i;

/**
 * Tone findings per clean product message (error dialogs, notices with no labelled span): every finding on one is false.
 * The scorer's `--json` lists false positives as "<item id> <category>: …".
 */
function productMessageLine(items, details) {
  const clean = items.filter(
    (item) =>
      PRODUCT_MESSAGE_SOURCE.test(item.source) &&
      Object.values(item.labels ?? {}).every((value) => !Array.isArray(value) || value.length === 0),
  );
  const ids = new Set(clean.map((item) => item.id));
  const { falsePositives = [] } = JSON.parse(readFileSync(details, 'utf8'));
  const findings = falsePositives.filter((entry) => ids.has(entry.split(' ')[0])).length;
  const rate =
    clean.length === 0 ? 'none in the set' : `${(findings / clean.length).toFixed(2)} findings each (${findings} on ${clean.length})`;
  return `clean product messages: ${rate}`;
}

console.log('Real text (../shared/realtext/dev.jsonl):');
const status = run([tool('score-realtext.mjs'), root, join(shared, 'realtext', 'dev.jsonl'), ...extra]);

// One line per language of the other labelled sets: a language without a pack scores no findings at all.
console.log('\nReal text per language (../shared/realtext/dev-pl-sv.jsonl, dev-et-he.jsonl):');
for (const [file, languages] of [
  ['dev-pl-sv.jsonl', ['pl', 'sv']],
  ['dev-et-he.jsonl', ['et', 'he']],
]) {
  if (!existsSync(join(shared, 'realtext', file))) continue;
  const items = readFileSync(join(shared, 'realtext', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  for (const language of languages) {
    const details = join(mkdtempSync(join(tmpdir(), 'support-tone-eval-')), 'scored.json');
    const dataset = join(shared, 'realtext', file);
    const scored = spawnSync(process.execPath, [tool('score-realtext.mjs'), root, dataset, '--lang', language, '--json', details], {
      cwd: root,
      encoding: 'utf8',
    });
    const summary = scored.stdout.split('\n').find((line) => line.startsWith('real text:'));
    console.log(`  ${language}: ${summary ? summary.replace('real text: ', '') : `failed (${scored.stderr.trim().split('\n')[0]})`}`);
    if (summary)
      console.log(
        `      ${productMessageLine(
          items.filter((item) => item.lang === language),
          details,
        )}`,
      );
    rmSync(dirname(details), { recursive: true, force: true });
  }
}
console.log('\nSynthetic set (secondary: written for the rules, so it flatters them):');
process.exit(status || run(['--import', 'tsx', join(root, 'test', 'labeled', 'evaluate.ts')]));
