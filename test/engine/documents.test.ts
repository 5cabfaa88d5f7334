import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, DEFAULT_PACK } from '../../server/src/api';
import { ConfigResolver, formatFromGlobs } from '../../server/src/config/loadConfig';
import { nodeConfigHost } from '../../server/src/config/nodeHost';
import { mergeSettings } from '../../server/src/config/parseConfig';
import { fixAll } from '../../server/src/engine/edits';
import { LineIndex } from '../../server/src/engine/lineIndex';
import type { CheckResult } from '../../server/src/engine/model';
import { packFor } from '../../server/src/packs';
import { formatOf } from '../../server/src/shared/formats';
import { lensTitle } from '../../server/src/shared/presentation';
import { parse as parseHtml, type ParserError } from 'parse5';
import { parseAllDocuments } from 'yaml';

/**
 * Whole-document fixtures: `input.<ext>` in any format of the registry (or the one its folder's config routes it to), with
 * `expected.txt` (every finding as `line:col-line:col rule-id "text"`, then each draft's kind and headline) and `fixed.*`
 * (the text after fix-all). A document checked in another language than English also lists each
 * finding's message and quick-fix titles, each draft's headline lens with its count, and the language, so its
 * golden shows they speak that language.
 * `npm run test:update` rewrites the expected files: review the diff.
 */
const root = join(__dirname, '..', 'fixtures', 'documents');
const update = process.env.UPDATE_FIXTURES === '1';

function describeResult(text: string, result: CheckResult): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const position = lines.positionAt(offset);
    return `${position.line + 1}:${position.character + 1}`;
  };
  const { language } = result.language;
  const wording = (finding: CheckResult['findings'][number]) =>
    language === 'en' ? '' : `\n    ${finding.message}${finding.fixes.map((fix) => `\n    [${fix.title}]`).join('')}`;
  const findings = result.findings.map(
    (finding) => `${at(finding.start)}-${at(finding.end)} ${finding.ruleId} ${JSON.stringify(finding.text)}${wording(finding)}`,
  );
  const headline = (draft: CheckResult['drafts'][number]) => {
    if (language === 'en') return `📰 ${draft.headline}`;
    const pack = packFor(draft.language.language) ?? DEFAULT_PACK;
    return lensTitle({ ...draft, wordedIn: pack.id, counts: pack.messages.counts });
  };
  const drafts = result.drafts.map((draft) => `draft ${at(draft.start)} ${result.kind} ${headline(draft)}`);
  const languageLine = language === 'en' ? [] : [`language: ${language} (${result.language.reason})`];
  return [...findings, ...drafts, `kind: ${result.kind} (${result.reason})`, ...languageLine].join('\n') + '\n';
}

function compareOrUpdate(path: string, actual: string): void {
  if (update || !existsSync(path)) writeFileSync(path, actual);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs (run npm run test:update and review the diff)`);
}

/** HTML parse errors by code: a fixed file may have no error its input did not have. */
function htmlErrors(text: string): string[] {
  const errors: string[] = [];
  parseHtml(text, { onParseError: (error: ParserError) => errors.push(error.code) });
  return errors.sort();
}

/** Fixes never break the file's own syntax: the fixed file parses back like the input. */
function assertStillValid(format: string, input: string, fixed: string): void {
  if (format === 'macros') assert.doesNotThrow(() => JSON.parse(fixed), 'the fixed macro export is valid JSON');
  if (format === 'html') assert.deepEqual(htmlErrors(fixed), htmlErrors(input), 'the fixed HTML parses with the same errors as the input');
  if (format === 'yaml-replies')
    assert.deepEqual(
      parseAllDocuments(fixed).flatMap((document) => document.errors.map((error) => error.message)),
      [],
      'the fixed saved replies are valid YAML',
    );
}

describe('document fixtures', () => {
  for (const name of readdirSync(root)) {
    const folder = join(root, name);
    const input = readdirSync(folder).find((file) => file.startsWith('input.'))!;
    const extension = input.slice('input'.length);
    it(name, () => {
      const text = readFileSync(join(folder, input), 'utf8');
      const config = new ConfigResolver(nodeConfigHost, DEFAULT_PACK).forFolder(folder);
      const routed = formatFromGlobs(config, join(folder, input));
      const format = routed?.format ?? formatOf({ path: input }).id;
      const options = { format, settings: mergeSettings(config.settings), fileName: input, formatReason: routed?.reason } as const;
      const checker = createChecker(config.rules);
      const result = checker.check(text, options);
      compareOrUpdate(join(folder, 'expected.txt'), describeResult(text, result));
      const fixed = fixAll(text, (current) => checker.check(current, options).findings);
      compareOrUpdate(join(folder, `fixed${extension}`), fixed);
      assertStillValid(format, text, fixed);
    });
  }
});
