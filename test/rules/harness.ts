import assert from 'node:assert/strict';
import { createChecker } from '../../server/src/api';
import { applyFixes } from '../../server/src/engine/edits';
import type { DocumentKind, Finding } from '../../server/src/engine/model';
import type { FormatId } from '../../server/src/shared/formats';
import { packFor } from '../../server/src/packs';
import { valuesOf } from '../../server/src/rulekit/messageFormats';

/**
 * A rule's test table. In `text`, `[[…]]` marks each range the rule must flag (markers are
 * removed before checking). `message` is the exact message of the finding at each marked range:
 * one string when every finding of the row says the same, else one per range in order. `output`
 * is the text after applying the first fix of each finding that has one; `null` means no finding
 * offers a fix; leave it out to not check fixes.
 */
export interface RuleCases {
  /** Texts the rule must not flag. */
  valid: (string | { text: string; kind?: DocumentKind; format?: FormatId })[];
  invalid: { text: string; message: string | string[]; output?: string | null; kind?: DocumentKind; format?: FormatId }[];
}

const MARKER = /\[\[|\]\]/g;

/** Removes `[[`/`]]` markers, returning the clean text and the marked spans. */
export function parseMarkers(marked: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let cursor = 0;
  let open = -1;
  for (const match of marked.matchAll(MARKER)) {
    text += marked.slice(cursor, match.index);
    cursor = match.index + 2;
    if (match[0] === '[[') open = text.length;
    else spans.push({ start: open, end: text.length });
  }
  return { text: text + marked.slice(cursor), spans };
}

const checker = createChecker();

/** Runs the engine with every rule and keeps one rule's findings. */
export function findingsOf(ruleId: string, text: string, kind: DocumentKind, format: FormatId = 'markdown', language = 'en'): Finding[] {
  return checker
    .check(text, { format, kind: { kind, reason: 'test' }, language: { language, reason: 'test' } })
    .findings.filter((finding) => finding.ruleId === ruleId);
}

function label(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/** Registers mocha tests for one rule's table, in the pack of `language` (English by default). */
export function describeRule(ruleId: string, cases: RuleCases, language = 'en'): void {
  const rule = packFor(language)?.rules.find((candidate) => candidate.id === ruleId);
  const defaultKind: DocumentKind = rule?.scope === 'draft' ? rule.kinds[0] : 'article';
  describe(`rule ${ruleId}${language === 'en' ? '' : ` (${language})`}`, () => {
    it('is registered', () => assert.ok(rule, `${ruleId} is not in the ${language} pack`));
    it('has at least 10 valid and 10 invalid cases', () => {
      assert.ok(cases.valid.length >= 10, `${cases.valid.length} valid cases`);
      assert.ok(cases.invalid.length >= 10, `${cases.invalid.length} invalid cases`);
    });
    for (const valid of cases.valid) {
      const { text, kind = defaultKind, format } = typeof valid === 'string' ? { text: valid } : valid;
      it(`accepts: ${label(text)}`, () => {
        assert.deepEqual(
          findingsOf(ruleId, text, kind, format, language).map((finding) => finding.text),
          [],
        );
      });
    }
    for (const invalid of cases.invalid) {
      const { text, spans } = parseMarkers(invalid.text);
      const kind = invalid.kind ?? defaultKind;
      it(`flags: ${label(invalid.text)}`, () => {
        const findings = findingsOf(ruleId, text, kind, invalid.format, language);
        const messages = typeof invalid.message === 'string' ? spans.map(() => invalid.message as string) : invalid.message;
        assert.equal(messages.length, spans.length, 'one message per marked range');
        const expected = spans.map((span, index) => ({ ...span, text: text.slice(span.start, span.end), message: messages[index] }));
        assert.deepEqual(
          findings.map(({ start, end, text: flagged, message }) => ({ start, end, text: flagged, message })),
          expected,
        );
        // A data rule's message formats (SARIF's messageStrings) read each of its messages.
        const formats = Object.values(rule?.messageFormats ?? {});
        if (formats.length > 0)
          for (const { message } of findings)
            assert.ok(
              formats.some((format) => valuesOf(format, message)),
              `no message format of ${ruleId} reads: ${message}`,
            );
        if (invalid.output === undefined) return;
        if (invalid.output === null) {
          assert.deepEqual(
            findings.flatMap((finding) => finding.fixes),
            [],
          );
          return;
        }
        const fixed = applyFixes(
          text,
          findings.flatMap((finding) => finding.fixes.slice(0, 1)),
        ).text;
        assert.equal(fixed, invalid.output);
        assert.ok(
          findingsOf(ruleId, fixed, kind, invalid.format, language).length < findings.length,
          're-checking the fixed text still reports every finding',
        );
      });
    }
  });
}
