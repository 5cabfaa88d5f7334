import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import type { JsonReport } from '../../server/src/cli/report';
import { countWords, documentScore, draftScore } from '../../server/src/cli/score';
import type { Severity } from '../../server/src/engine/model';

const counts = (error: number, warning: number, info = 0, hint = 0): Record<Severity, number> => ({ error, warning, info, hint });

describe('tone score', () => {
  // The worked examples of docs/review.md#the-tone-score.
  const examples: [string, Record<Severity, number>, number, number][] = [
    ['a clean draft', counts(0, 0), 120, 100],
    ['an 80-word reply with one error and one warning (counts as 100 words: density 14)', counts(1, 1), 80, 42],
    ['a 500-word article with two warnings (density 8 / 5 = 1.6)', counts(0, 2), 500, 86],
    ['a short reply with one error, two warnings and two notes (density 20)', counts(1, 2, 2), 16, 33],
    ['hints cost nothing', counts(0, 0, 0, 5), 50, 100],
    ['ten errors in 100 words (density 100)', counts(10, 0), 100, 9],
  ];
  for (const [name, findingCounts, words, score] of examples) it(name, () => assert.equal(draftScore(findingCounts, words), score));

  it('weights a document by draft length, at least 100 words a draft', () => {
    assert.equal(
      documentScore([
        { score: 42, words: 80 },
        { score: 86, words: 500 },
      ]),
      Math.round((42 * 100 + 86 * 500) / 600),
    );
    assert.equal(documentScore([]), 100);
  });

  it('counts words as runs of letters and digits', () => {
    assert.equal(countWords("Hi Sam, we can't refund order #1234 — see help.example.com or e-mail us."), 12);
  });

  it('counts words as the pattern of runs joined by an apostrophe, a dot or a hyphen would, in any script', () => {
    const byPattern = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
    const pieces = ['a', 'Z', '7', 'é', 'ß', 'Ł', '日', 'א', '١', '𝐀', "'", '’', '.', '-', ' ', '\n', '—', '→', '”', '#', '@', '_'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.equal(countWords(text), byPattern(text), JSON.stringify(text));
      }),
      { numRuns: 2000 },
    );
  });

  const severity = fc.constantFrom<Severity>('error', 'warning', 'info', 'hint');
  const someCounts = fc.record({ error: fc.nat(20), warning: fc.nat(20), info: fc.nat(20), hint: fc.nat(20) });
  const words = fc.nat(5000);

  it('stays between 0 and 100, and is 100 without findings', () => {
    fc.assert(
      fc.property(
        someCounts,
        words,
        (findingCounts, length) => draftScore(findingCounts, length) >= 0 && draftScore(findingCounts, length) <= 100,
      ),
    );
    fc.assert(fc.property(words, (length) => draftScore(counts(0, 0), length) === 100));
  });

  it('never rises when a finding is added, to a draft or to a document', () => {
    fc.assert(
      fc.property(someCounts, words, severity, (findingCounts, length, added) => {
        const more = { ...findingCounts, [added]: findingCounts[added] + 1 };
        return draftScore(more, length) <= draftScore(findingCounts, length);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ counts: someCounts, words }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        severity,
        (drafts, pick, added) => {
          const score = (list: typeof drafts) =>
            documentScore(list.map((draft) => ({ words: draft.words, score: draftScore(draft.counts, draft.words) })));
          const index = pick % drafts.length;
          const more = drafts.map((draft, at) =>
            at === index ? { ...draft, counts: { ...draft.counts, [added]: draft.counts[added] + 1 } } : draft,
          );
          return score(more) <= score(drafts);
        },
      ),
    );
  });
});

describe('--min-score', () => {
  const repository = join(__dirname, '..', '..');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(repository, 'bin', 'support-tone.js'), 'check', ...args], {
      cwd: join(repository, 'test', 'fixtures', 'cli'),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });

  it('scores each draft and document in the JSON report', () => {
    const report = JSON.parse(run('project', '--format', 'json').stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((file) => [file.path, file.score, file.drafts.map((draft) => [draft.words, draft.score])]),
      [
        ['project/kb/reset.md', 100, [[21, 100]]],
        ['project/replies/blame.md', 33, [[16, 33]]],
        ['project/replies/clean.md', 100, [[32, 100]]],
      ],
    );
  });

  it('puts the document score in SARIF artifacts and the Markdown summary', () => {
    const sarif = JSON.parse(run('project', '--format', 'sarif').stdout) as {
      runs: { artifacts: { location: { uri: string }; properties?: { toneScore: number } }[] }[];
    };
    assert.deepEqual(
      sarif.runs[0].artifacts.map((artifact) => [artifact.location.uri, artifact.properties?.toneScore]),
      [
        ['project/kb/reset.md', 100],
        ['project/replies/blame.md', 33],
        ['project/replies/clean.md', 100],
      ],
    );
    assert.ok(
      run('project', '--format', 'markdown').stdout.includes(
        '<summary><code>project/replies/blame.md</code> · 1 error, 2 warnings, 2 notes · score 33</summary>',
      ),
    );
  });

  const gates: [string, string[], number, string][] = [
    ['passes when every document reaches the score', ['project/kb', '--min-score', '100'], 0, ''],
    [
      'fails when one scores lower, naming it',
      ['project', '--min-score', '34', '--severity', 'error', '--format', 'json'],
      1,
      'support-tone: 1 document below --min-score 34: project/replies/blame.md (33).\n',
    ],
    [
      'does not flag a document at the exact score (its error still fails the check)',
      ['project/replies/blame.md', '--min-score', '33'],
      1,
      '',
    ],
    [
      'rejects a score outside 0–100',
      ['project', '--min-score', '101'],
      2,
      "error: option '--min-score <n>' argument '101' is invalid. Use a whole number from 0 to 100.\n",
    ],
  ];
  for (const [name, args, status, stderr] of gates)
    it(name, () => {
      const result = run(...args);
      assert.equal(result.status, status, result.stderr);
      assert.equal(result.stderr, stderr);
    });
});
