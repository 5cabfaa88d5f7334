import { describeDraft, guessKind, segmentDrafts, type Draft } from './drafts';
import { applyDirectives } from './directives';
import { writeHeadline } from './headline';
import { LineIndex } from './lineIndex';
import { PhraseIndex, type PhraseEntry, type PhraseMatch } from './phrases';
import { maskInline, parseMarkdownStructure, type MaskedBlock } from './prose/markdown';
import { findPlaceholders } from './prose/placeholders';
import { extractPlainText } from './prose/plaintext';
import type { Directive, ProseBlock } from './prose/types';
import type { DraftRule, Rule, RuleContext, Sentence } from './rule';
import { parseSentences, sentenceMatches, type SentenceData } from './sentences';
import { DEFAULT_SETTINGS, type ToneSettings } from './settings';
import {
  SEVERITIES,
  type CheckResult,
  type DraftCheck,
  type DraftCheckName,
  type DraftResult,
  type Finding,
  type Fix,
  type KindDecision,
  type Severity,
  type TextEdit,
} from './types';

export interface CheckOptions {
  format: 'markdown' | 'plaintext';
  settings?: ToneSettings;
  /** A kind decided outside the text (a CLI flag, config globs); otherwise front matter, then the heuristic. */
  kind?: KindDecision;
  /** Used by the kind heuristic (`*.reply.md`). */
  fileName?: string;
}

/** A block after inline masking and sentence parsing; cached by its source text. */
interface PreparedBlock {
  prose: string;
  sentences: SentenceData[];
  /** Inline directives, relative to the block. */
  directives: Directive[];
}

interface CheckedBlock extends ProseBlock {
  sentences: SentenceData[];
}

const PHRASE_INDEXES = new WeakMap<readonly Rule[], WeakMap<ToneSettings, PhraseIndex>>();

const DRAFT_CHECKS: readonly DraftCheckName[] = ['apology', 'empathy', 'restatement', 'nextStep'];

/**
 * The tone engine: text in, findings, drafts and headlines out. Pure: no file system, no LSP.
 * Keep one checker per document to re-check incrementally: blocks whose source did not change
 * reuse their parse and phrase matches from the previous check.
 */
export class ToneChecker {
  private previousBlocks = new Map<string, PreparedBlock>();
  private readonly rulesById: ReadonlyMap<string, Rule>;

  constructor(private readonly rules: readonly Rule[]) {
    this.rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  }

  /** Drops the block cache to free memory; the next check parses the whole document again. */
  forget(): void {
    this.previousBlocks = new Map();
  }

  check(text: string, options: CheckOptions): CheckResult {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const skipped = skipReason(text, settings);
    if (skipped)
      return { kind: options.kind?.kind ?? 'article', reason: options.kind?.reason ?? 'not checked', drafts: [], findings: [], skipped };

    const lines = new LineIndex(text);
    const { blocks, draftBreaks, directives, declaredKind } = this.extract(text, lines, options.format);
    const decision: KindDecision =
      options.kind ??
      (declaredKind
        ? { kind: declaredKind, reason: `front matter 'support-tone: ${declaredKind}'` }
        : guessKind(text, blocks, options.fileName, options.format === 'plaintext'));
    const isReply = decision.kind === 'reply';

    const segments = segmentDrafts(text, blocks, draftBreaks, isReply);
    const sentences: Sentence[] = [];
    const drafts: Draft[] = segments.map((segment, draftIndex) => {
      const draftSentences: Sentence[] = [];
      for (const block of segment.blocks) {
        if (block.quoted && isReply && settings.skipQuotedInReplies) continue;
        for (const data of block.sentences) {
          const sentence: Sentence = {
            offset: block.start,
            data,
            draft: draftIndex,
            index: sentences.length,
            start: block.start + data.start,
            end: block.start + data.end,
            text: block.prose.slice(data.start, data.end),
          };
          sentences.push(sentence);
          draftSentences.push(sentence);
        }
      }
      return describeDraft(text, draftIndex, segment, draftSentences);
    });

    const index = this.phraseIndex(settings);
    const findings: Finding[] = [];
    const checks = drafts.map(() => ({}) as Record<DraftCheckName, DraftCheck>);
    const ruleFailures = new Map<string, string>();
    for (const rule of this.rules) {
      const severity = settings.rules[rule.id]?.severity ?? rule.severity;
      const context = this.context(text, decision, sentences, drafts, index, rule, severity, findings, blocks);
      // A rule that throws loses its own findings only: the other rules still run.
      try {
        if (rule.scope === 'draft') {
          for (const draft of drafts) checks[draft.index][rule.check] = this.runDraftCheck(rule, draft, context, severity !== 'off');
        } else if (severity !== 'off') {
          rule.check(context);
        }
      } catch (error) {
        ruleFailures.set(rule.id, error instanceof Error ? error.message : String(error));
      }
    }
    for (const [ruleId, reason] of ruleFailures) {
      findings.push({
        ruleId,
        severity: 'warning',
        message: `The rule ${ruleId} failed on this document, so its findings are missing (${reason}). Please report this.`,
        start: 0,
        end: 0,
        text: '',
        fixes: [],
        draft: 0,
      });
    }

    const visible = applyDirectives(findings, directives, lines).sort(
      (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
    );
    const draftResults = drafts.map((draft): DraftResult => {
      const draftFindings = visible.filter((finding) => finding.draft === draft.index);
      const findingCounts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
      for (const finding of draftFindings) findingCounts[finding.severity]++;
      const headline = writeHeadline({
        text,
        draft,
        findings: draftFindings,
        checks: checks[draft.index],
        kind: decision.kind,
        companyName: settings.companyName,
        rulesById: this.rulesById,
      });
      return {
        start: draft.start,
        end: draft.end,
        title: draft.title,
        headline: headline.text,
        quoted: headline.quoted,
        checks: fillChecks(checks[draft.index]),
        findingCounts,
      };
    });
    return {
      ...decision,
      drafts: draftResults,
      findings: visible,
      ...(ruleFailures.size > 0 ? { ruleFailures: [...ruleFailures].map(([ruleId, message]) => ({ ruleId, message })) } : {}),
    };
  }

  /** Prose blocks of the document, through the block cache. */
  private extract(text: string, lines: LineIndex, format: CheckOptions['format']) {
    const liveBlocks = new Map<string, PreparedBlock>();
    const prepare = (key: string, build: () => MaskedBlock) => {
      let prepared = liveBlocks.get(key) ?? this.previousBlocks.get(key);
      if (!prepared) {
        const { prose, opaque, directives } = build();
        prepared = { prose, directives, sentences: parseSentences(prose, [...opaque, ...findPlaceholders(prose)]) };
      }
      liveBlocks.set(key, prepared);
      return prepared;
    };
    const blocks: CheckedBlock[] = [];
    const directives: Directive[] = [];
    let draftBreaks: number[];
    let declaredKind;
    if (format === 'markdown') {
      const structure = parseMarkdownStructure(text, lines);
      for (const pending of structure.pending) {
        const prepared = prepare(text.slice(pending.start, pending.end), () => maskInline(pending, text));
        blocks.push({
          start: pending.start,
          end: pending.end,
          prose: prepared.prose,
          role: pending.role,
          headingLevel: pending.headingLevel,
          quoted: pending.quoted,
          sentences: prepared.sentences,
        });
        directives.push(
          ...prepared.directives.map((directive) => ({
            ...directive,
            start: directive.start + pending.start,
            end: directive.end + pending.start,
          })),
        );
      }
      directives.push(...structure.directives);
      draftBreaks = structure.draftBreaks;
      declaredKind = structure.declaredKind;
    } else {
      const plain = extractPlainText(text, lines);
      for (const block of plain.blocks) {
        const prepared = prepare(block.prose, () => ({ prose: block.prose, opaque: [], directives: [] }));
        blocks.push({ ...block, sentences: prepared.sentences });
      }
      draftBreaks = plain.draftBreaks;
    }
    this.previousBlocks = liveBlocks;
    directives.sort((a, b) => a.start - b.start);
    return { blocks, draftBreaks, directives, declaredKind };
  }

  /** One phrase index per rule set and settings object, shared by all checkers: rule tables plus the config's extra and allowed phrases. */
  private phraseIndex(settings: ToneSettings): PhraseIndex {
    let indexes = PHRASE_INDEXES.get(this.rules);
    if (!indexes) PHRASE_INDEXES.set(this.rules, (indexes = new WeakMap()));
    let index = indexes.get(settings);
    if (!index) {
      const tables = new Map<string, PhraseEntry[]>();
      for (const rule of this.rules) {
        const ruleSettings = settings.rules[rule.id] ?? {};
        tables.set(rule.id, [
          ...rule.phrases,
          ...(ruleSettings.extraPhrases ?? []).map((pattern) => ({ pattern })),
          ...(ruleSettings.allowPhrases ?? []).map((pattern) => ({ pattern, ignore: true })),
        ]);
      }
      index = new PhraseIndex(tables);
      indexes.set(settings, index);
    }
    return index;
  }

  private context(
    text: string,
    decision: KindDecision,
    sentences: readonly Sentence[],
    drafts: readonly Draft[],
    index: PhraseIndex,
    rule: Rule,
    severity: Severity | 'off',
    findings: Finding[],
    blocks: readonly ProseBlock[],
  ): RuleContext {
    return {
      text,
      kind: decision.kind,
      sentences,
      drafts,
      matches: (sentence): PhraseMatch[] => sentenceMatches(sentence.data, index, rule.id).matches,
      allowed: (sentence, wordIndex) =>
        sentenceMatches(sentence.data, index, rule.id).exceptions.some(
          (match) => match.firstWord <= wordIndex && wordIndex <= match.lastWord,
        ),
      report: (report) => {
        if (severity === 'off') return;
        const changesText = (fix: Fix) => fix.edits.some((edit) => text.slice(edit.start, edit.end) !== edit.newText);
        const fixes = (report.fixes ?? []).filter(
          (fix) => changesText(fix) && !fix.edits.some((edit) => touchesMarkup(text, blocks, edit)),
        );
        findings.push({
          ruleId: rule.id,
          severity,
          message: report.message,
          start: report.start,
          end: report.end,
          text: text.slice(report.start, report.end),
          fixes,
          draft: report.draft,
        });
      },
    };
  }

  private runDraftCheck(rule: DraftRule, draft: Draft, context: RuleContext, reportMissing: boolean): DraftCheck {
    if (!rule.kinds.includes(context.kind)) return { expected: false, found: false };
    const evidence = draft.sentences.find((sentence) => context.matches(sentence).length > 0);
    if (evidence)
      return {
        expected: true,
        found: true,
        evidence: { start: evidence.start, end: evidence.end, text: context.text.slice(evidence.start, evidence.end) },
      };
    if (reportMissing) context.report({ ...rule.whenMissing(draft, context), draft: draft.index });
    return { expected: true, found: false };
  }
}

/**
 * Whether an edit would break markup: it changes characters that are not prose (Markdown
 * markup, code, links), or removes everything between two markup characters ("**just**" → "****").
 * Such a fix is not offered.
 */
function touchesMarkup(text: string, blocks: readonly ProseBlock[], edit: TextEdit): boolean {
  const block = blockAt(blocks, edit.start);
  if (!block || edit.end > block.end) return false;
  const isMarkup = (offset: number) => offset >= block.start && offset < block.end && text[offset] !== block.prose[offset - block.start];
  for (let offset = edit.start; offset < edit.end; offset++) if (isMarkup(offset)) return true;
  return edit.newText === '' && isMarkup(edit.start - 1) && isMarkup(edit.end);
}

/** The block containing an offset (blocks are sorted and disjoint): a binary search, as documents can hold 100,000 blocks. */
function blockAt(blocks: readonly ProseBlock[], offset: number): ProseBlock | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (blocks[middle].end < offset) low = middle + 1;
    else if (blocks[middle].start > offset) high = middle - 1;
    else return blocks[middle];
  }
  return undefined;
}

function fillChecks(checks: Partial<Record<DraftCheckName, DraftCheck>>): Record<DraftCheckName, DraftCheck> {
  return Object.fromEntries(DRAFT_CHECKS.map((name) => [name, checks[name] ?? { expected: false, found: false }])) as Record<
    DraftCheckName,
    DraftCheck
  >;
}

function skipReason(text: string, settings: ToneSettings): string | undefined {
  if (text.length > settings.maxDocumentLength)
    return `Not checked: ${text.length} characters is over the ${settings.maxDocumentLength}-character size limit.`;
  if (text.includes('\u0000')) return 'Not checked: the file contains NUL bytes, so it looks binary.';
  return undefined;
}
