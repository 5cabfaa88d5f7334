import { formatById, type FormatId } from '../shared/formats';
import { applyDirectives } from './directives';
import { describeDraft, guessKind, segmentDrafts, type DraftSegment } from './drafts';
import { FRONT_ENDS } from './formats';
import { findPlaceholders, makeOpaque } from './formats/placeholders';
import { withBareLinks } from './formats/links';
import type { Directive, ProseBlock, ScannedDocument } from './formats/types';
import { detectorFor, languageName, languageOfTag, type LanguageDetector } from './language';
import { LineIndex } from './lineIndex';
import {
  SEVERITIES,
  type CheckResult,
  type Draft,
  type DocumentKind,
  type DraftCheck,
  type DraftResult,
  type DraftRole,
  type Finding,
  type Fix,
  type KindDecision,
  type LanguageDecision,
  type Link,
  type Span,
  type Severity,
  type TextEdit,
} from './model';
import type { InstalledPack, LanguagePack } from './pack';
import { PhraseIndex, type PhraseEntry, type PhraseMatch } from './phrases';
import { runsIn, type DraftRule, type Rule, type RuleContext, type RuleMeta } from './rule';
import { allSentenceMatches, parseSentences, PlacedSentence, sentenceMatches, type ProseParser, type SentenceData } from './sentences';
import { DEFAULT_SETTINGS, type RuleSettings, type ToneSettings } from './settings';

export interface CheckOptions {
  format: FormatId;
  /** Why the file is read in `format` when its name does not say so (a config's `formats` glob). */
  formatReason?: string;
  settings?: ToneSettings;
  /** A kind decided outside the text (a CLI flag, config globs); otherwise front matter, then the heuristic. */
  kind?: KindDecision;
  /** Used by the kind heuristic (`*.reply.md`), and as the page's title when written as one (`Import CSV files.md`). */
  fileName?: string;
  /**
   * A language decided outside the text (`--lang`, config globs): every draft is checked in it
   * unless an inline `support-tone-language` directive says otherwise. Otherwise front matter, then detection.
   */
  language?: LanguageDecision;
}

/** A block after masking, cached by its source text; parsed into sentences by each pack that reads it. */
interface PreparedBlock {
  prose: string;
  links: Link[];
  /** Inline code and placeholders: each parsed as one opaque word. */
  opaque: Span[];
  breaks: number[];
  /** Inline directives, relative to the block. */
  directives: Directive[];
  /** Sentences by the parser that made them: a block is parsed only in the languages of the drafts that hold it. */
  parses: Map<ProseParser, SentenceData[]>;
}

interface CheckedBlock extends ProseBlock {
  prepared: PreparedBlock;
  links: readonly Link[];
}

/** A pack with the rules a checker runs for it. */
interface Route {
  pack: LanguagePack;
  rules: readonly Rule[];
  rulesById: ReadonlyMap<string, Rule>;
}

/** What every rule's run over a document shares. */
interface DocumentRun {
  text: string;
  decision: KindDecision;
  settings: ToneSettings;
  blocks: readonly ProseBlock[];
  encode: ScannedDocument['encode'];
}

/** The notice on a file with drafts in a language no installed pack checks: once per file, never a tone finding. */
export const UNSUPPORTED_LANGUAGE = 'unsupported-language';

const PHRASE_INDEXES = new WeakMap<readonly Rule[], WeakMap<ToneSettings, PhraseIndex>>();

/** Each route's rules, kept per list given to a checker and per pack: phrase indexes are kept per list, so each is made once. */
const ROUTE_RULES = new WeakMap<readonly Rule[], WeakMap<LanguagePack, readonly Rule[]>>();

/**
 * The rules `routePack` runs: for the default pack, those of `rules` that run in its language; for
 * another pack, its own and those of `rules` beyond the default pack's own (a team's) that run in its
 * language.
 */
function routeRules(rules: readonly Rule[], defaultPack: LanguagePack, routePack: LanguagePack): readonly Rule[] {
  let byPack = ROUTE_RULES.get(rules);
  if (!byPack) ROUTE_RULES.set(rules, (byPack = new WeakMap()));
  let chosen = byPack.get(routePack);
  if (!chosen) {
    const runs = (rule: Rule) => runsIn(rule, routePack.id);
    if (routePack === defaultPack) chosen = rules.every(runs) ? rules : rules.filter(runs);
    else {
      const shipped = new Set(defaultPack.rules.map((rule) => rule.id));
      const team = rules.filter((rule) => !shipped.has(rule.id) && runs(rule));
      chosen = team.length === 0 ? routePack.rules : [...routePack.rules, ...team];
    }
    byPack.set(routePack, chosen);
  }
  return chosen;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const NO_PROSE = 'Not checked: no prose found — only code, markup or data, or a dialect Support Tone does not read.';

/** Why a document with no prose is not checked: for a format of replies kept as data with none in it, what that format reads. */
function noProseReason(options: CheckOptions, sections: readonly unknown[] | undefined): string {
  const only = formatById(options.format).only;
  if (!only || (sections?.length ?? 0) > 0) return NO_PROSE;
  return `Not checked: no ${only.holds} found${options.formatReason ? ` (${options.formatReason})` : ''}. Expected ${only.expects}.`;
}

/** A draft's or section's prose for the language detector: quoted text left out, inline code and placeholders blanked. */
function languageSample(blocks: readonly CheckedBlock[]): string {
  let sample = '';
  for (const block of blocks) {
    if (block.quoted) continue;
    // Inline code and placeholders are names in no language: a Chinese page listing `LOCAL_DOMAIN` is still Chinese.
    sample += makeOpaque(block.prepared.prose, block.prepared.opaque, ' ') + '\n';
    if (sample.length >= 2000) break;
  }
  return sample;
}

/** Only errors and warnings make news. */
const NEWSWORTHY: readonly Severity[] = ['error', 'warning'];

/**
 * The tone engine: text in, findings, drafts and headlines out. Pure: no file system, no LSP.
 * Keep one checker per document to re-check incrementally: blocks whose source did not change
 * reuse their parse and phrase matches from the previous check.
 */
export class ToneChecker {
  private previousBlocks = new Map<string, PreparedBlock>();
  private previousFormat?: FormatId;
  /** How to make each language's route; a pack is built when its first draft comes. */
  private readonly routeMakers: ReadonlyMap<string, () => Route>;
  private readonly routes = new Map<string, Route>();
  private readonly detector: LanguageDetector;

  /**
   * `pack` checks drafts whose language nothing decides (too little text to detect), with `rules`
   * that run in its language; `others` check drafts in their own languages with their own rules,
   * and with the rules beyond `pack`'s own (a team's) that run in their language.
   */
  constructor(
    private readonly pack: LanguagePack,
    rules: readonly Rule[] = pack.rules,
    others: readonly InstalledPack[] = [],
  ) {
    const route = (routePack: LanguagePack, routeRules: readonly Rule[]): Route => ({
      pack: routePack,
      rules: routeRules,
      rulesById: new Map(routeRules.map((rule) => [rule.id, rule])),
    });
    const otherPacks = others.filter((other) => other.id !== pack.id);
    this.routeMakers = new Map([
      [pack.id, () => route(pack, routeRules(rules, pack, pack))],
      ...otherPacks.map((other): [string, () => Route] => [other.id, () => route(other.load(), routeRules(rules, pack, other.load()))]),
    ]);
    this.detector = detectorFor([pack, ...otherPacks]);
  }

  /** The route of a language with an installed pack, made on first use. */
  private route(language: string): Route | undefined {
    let route = this.routes.get(language);
    if (!route) {
      const make = this.routeMakers.get(language);
      if (make) this.routes.set(language, (route = make()));
    }
    return route;
  }

  /** Drops the block cache to free memory; the next check parses the whole document again. */
  forget(): void {
    this.previousBlocks = new Map();
  }

  check(text: string, options: CheckOptions): CheckResult {
    const settings = options.settings ?? DEFAULT_SETTINGS;
    const skipped = skipReason(text, settings);
    if (skipped)
      return {
        kind: options.kind?.kind ?? 'article',
        reason: options.kind?.reason ?? 'not checked',
        language: options.language ?? { language: this.pack.id, reason: 'not checked' },
        drafts: [],
        findings: [],
        skipped,
      };

    const lines = new LineIndex(text);
    const frontEnd = FRONT_ENDS[options.format];
    const { blocks, draftBreaks, directives, declared, sections, encode, declaredLanguage, declaredTitle, declaredDescription } =
      this.extract(text, lines, options.format);
    const declaredTag = declaredLanguage === undefined ? undefined : languageOfTag(declaredLanguage);
    const explicit: LanguageDecision | undefined =
      options.language ?? (declaredTag ? { language: declaredTag, reason: `front matter '${declaredLanguage}'` } : undefined);
    const language = explicit ?? this.detect(blocks) ?? this.fallbackLanguage();
    const documentPack = this.route(language.language)?.pack ?? this.pack;
    const decision: KindDecision =
      options.kind ?? declared ?? guessKind(text, blocks, options.fileName, frontEnd.fallbackKind, documentPack.lexicon);
    const isReply = decision.kind === 'reply';
    // Never silent: a file with text but no prose (all code, markup or data) says so instead of reporting nothing, or a missing next step.
    if (text.trim() !== '' && blocks.every((block) => !WORD_CHARACTER.test(block.prepared.prose)))
      return { ...decision, language, drafts: [], findings: [], skipped: noProseReason(options, sections) };

    const languageDirectives = directives.filter((directive) => directive.type === 'language');
    const messages = segmentDrafts(text, blocks, draftBreaks, isReply, documentPack.lexicon, sections);
    // A docs site shows the front matter's title as the page's heading and its description as its summary, a wiki its file's
    // name when written as a title: they title a page that is one draft (a file of several replies names none of them).
    if (messages.length === 1 && messages[0].title === undefined)
      Object.assign(messages[0], { title: declaredTitle ?? titleOfFile(options.fileName), summary: declaredDescription });
    const segments = isReply
      ? messages
      : messages.flatMap((segment) => this.sectionsByLanguage(segment, explicit ? undefined : language.language, languageDirectives));
    const draftLanguages = this.draftLanguages(segments, languageDirectives, explicit, language);
    const routes = draftLanguages.map((draftLanguage) => this.route(draftLanguage.language));
    const { drafts, sentencesByRoute } = this.placeSentences(segments, routes, isReply, settings, documentPack);
    const { findings, checks, ruleFailures } = this.runRules(
      { text, decision, settings, blocks, encode },
      drafts,
      routes,
      sentencesByRoute,
    );
    const notice = this.unsupportedNotice(text, blocks, drafts, draftLanguages, routes);
    if (notice) findings.push(notice);

    const visible = applyDirectives(findings, directives, lines).sort(
      (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
    );
    const draftResults = drafts.map((draft): DraftResult => {
      const route = routes[draft.index];
      const draftFindings = visible.filter((finding) => finding.draft === draft.index);
      const findingCounts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
      for (const finding of draftFindings) findingCounts[finding.severity]++;
      const headline = route
        ? this.writeHeadline(route, text, draft, draftFindings, checks[draft.index], decision, settings)
        : { text: `Not checked: no tone pack for ${languageName(draftLanguages[draft.index].language)}`, quoted: undefined };
      return {
        start: draft.start,
        end: draft.end,
        title: draft.title,
        language: draftLanguages[draft.index],
        headline: headline.text,
        quoted: headline.quoted,
        checks: this.allChecks(route ?? this.route(this.pack.id)!, checks[draft.index]),
        findingCounts,
      };
    });
    return {
      ...decision,
      language,
      drafts: draftResults,
      findings: visible,
      ...(ruleFailures.size > 0 ? { ruleFailures: [...ruleFailures].map(([ruleId, message]) => ({ ruleId, message })) } : {}),
    };
  }

  /**
   * Each draft's language: an inline directive, else the document's when it was given or the file is one draft, else
   * detected on the draft's own text (falling back to the document's).
   */
  private draftLanguages(
    segments: readonly DraftSegment<CheckedBlock>[],
    languageDirectives: readonly Directive[],
    explicit: LanguageDecision | undefined,
    language: LanguageDecision,
  ): LanguageDecision[] {
    return segments.map((segment, index): LanguageDecision => {
      const from = index === 0 ? 0 : segments[index - 1].end;
      const directive = languageDirectives.find((candidate) => candidate.start >= from && candidate.start < segment.end);
      const tag = directive && languageOfTag(directive.ruleIds[0] ?? '');
      if (tag) return { language: tag, reason: `directive 'support-tone-language ${directive.ruleIds[0]}'` };
      if (explicit || segments.length === 1) return language;
      return (
        this.detect(segment.blocks) ?? {
          language: language.language,
          reason: `too little text to detect; as the document (${language.reason})`,
        }
      );
    });
  }

  /**
   * The drafts with their sentences, parsed by the pack of each draft's route. Each route's rules read its own sentences,
   * numbered among them, so a rule's neighbours are in its language.
   */
  private placeSentences(
    segments: readonly DraftSegment<CheckedBlock>[],
    routes: readonly (Route | undefined)[],
    isReply: boolean,
    settings: ToneSettings,
    documentPack: LanguagePack,
  ): { drafts: Draft[]; sentencesByRoute: Map<Route, PlacedSentence[]> } {
    const sentencesByRoute = new Map<Route, PlacedSentence[]>();
    const drafts = segments.map((segment, draftIndex) => {
      const route = routes[draftIndex];
      const draftSentences: PlacedSentence[] = [];
      const sentences = route ? (sentencesByRoute.get(route) ?? []) : [];
      if (route) sentencesByRoute.set(route, sentences);
      for (const block of route ? segment.blocks : []) {
        if (block.quoted && isReply && settings.skipQuotedInReplies) continue;
        const blockSentences = parsedSentences(block.prepared, route!.pack.parse);
        blockSentences.forEach((data, index) => {
          const { role, headingLevel, quoted } = block;
          const text = block.prepared.prose.slice(data.start, data.end);
          const info = { role, headingLevel, quoted };
          const linkRange = { start: index === 0 ? 0 : data.start, end: blockSentences[index + 1]?.start ?? block.prepared.prose.length };
          const sentence = new PlacedSentence(data, block.start, text, draftIndex, sentences.length, info, block.links, linkRange);
          sentences.push(sentence);
          draftSentences.push(sentence);
        });
      }
      return describeDraft(draftIndex, segment, draftSentences, (route?.pack ?? documentPack).lexicon);
    });
    return { drafts, sentencesByRoute };
  }

  /** Every route's rules over its drafts: their findings, each draft's checks, and the rules that threw. */
  private runRules(
    document: DocumentRun,
    drafts: readonly Draft[],
    routes: readonly (Route | undefined)[],
    sentencesByRoute: ReadonlyMap<Route, readonly PlacedSentence[]>,
  ): { findings: Finding[]; checks: Record<string, DraftCheck>[]; ruleFailures: Map<string, string> } {
    const findings: Finding[] = [];
    const checks = drafts.map((): Record<string, DraftCheck> => ({}));
    const ruleFailures = new Map<string, string>();
    for (const route of [...this.routeMakers.keys()].flatMap((language) => this.routes.get(language) ?? [])) {
      const routeDrafts = drafts.filter((draft) => routes[draft.index] === route);
      if (routeDrafts.length === 0) continue;
      const routeSentences = sentencesByRoute.get(route) ?? [];
      const index = this.phraseIndex(route.rules, document.settings);
      const matchedSentences = sentencesByMatchingRule(routeSentences, index);
      for (const rule of route.rules) {
        const severity = effectiveSeverity(rule, document.settings.rules[rule.id], document.decision.kind);
        const context = this.context(
          document.text,
          document.decision,
          routeSentences,
          routeDrafts,
          drafts,
          route.pack,
          index,
          matchedSentences.get(rule.id) ?? [],
          rule,
          severity,
          findings,
          document.blocks,
          document.encode,
        );
        // A rule that throws loses its own findings only: the other rules still run.
        try {
          if (rule.scope === 'draft') {
            for (const draft of routeDrafts) checks[draft.index][rule.id] = this.runDraftCheck(rule, draft, context, severity !== 'off');
          } else if (severity !== 'off') {
            rule.check(context);
          }
        } catch (error) {
          ruleFailures.set(rule.id, error instanceof Error ? error.message : String(error));
        }
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
    return { findings, checks, ruleFailures };
  }

  /** The language of some blocks' prose, when the detector is sure. */
  private detect(blocks: readonly CheckedBlock[]): LanguageDecision | undefined {
    return this.detector.detect(languageSample(blocks));
  }

  /**
   * An article in one language with sections in another (an English KB with a Polish section): each run of sections in
   * one installed pack's language becomes a draft of its own, checked and headlined in that language. A section starts at
   * a heading; its language is a directive in it, else what its script or marker words make evident when `language`, the
   * article's detected language, has a pack (not when the file declares one). A section too short to tell, half in the
   * language before it, or in a language without a pack, stays with the text before it.
   */
  private sectionsByLanguage(
    segment: DraftSegment<CheckedBlock>,
    language: string | undefined,
    languageDirectives: readonly Directive[],
  ): DraftSegment<CheckedBlock>[] {
    const inSegment = languageDirectives.filter((directive) => directive.start >= segment.start && directive.start < segment.end);
    // A page in a language no pack checks is not checked at all, its leftover English included: only directives split it.
    const detecting = language !== undefined && this.routeMakers.has(language);
    if (!detecting && inSegment.length === 0) return [segment];
    const sections: CheckedBlock[][] = [];
    for (const block of segment.blocks)
      if (block.role === 'heading' || sections.length === 0) sections.push([block]);
      else sections[sections.length - 1].push(block);
    if (sections.length < 2) return [segment];
    const parts: { language: string | undefined; blocks: CheckedBlock[] }[] = [];
    let current = language;
    sections.forEach((blocks, index) => {
      // A directive between two sections names the one after it, as between drafts.
      const from = index === 0 ? segment.start : sections[index - 1][sections[index - 1].length - 1].end;
      const to = blocks[blocks.length - 1].end;
      const directive = inSegment.find((candidate) => candidate.start >= from && candidate.start < to);
      const named = directive
        ? languageOfTag(directive.ruleIds[0] ?? '')
        : detecting && current !== undefined
          ? this.detector.evident(languageSample(blocks), current)
          : undefined;
      if (named && this.routeMakers.has(named)) current = named;
      const last = parts[parts.length - 1];
      if (last && last.language === current) last.blocks.push(...blocks);
      else parts.push({ language: current, blocks: [...blocks] });
    });
    if (parts.length === 1) return [segment];
    // The first part keeps the page's title; each other starts at a heading, which titles it.
    return parts.map(({ blocks }, index) => ({
      ...(index === 0 ? { title: segment.title, summary: segment.summary } : { title: blocks[0].prose.trim() }),
      start: index === 0 ? segment.start : blocks[0].start,
      end: index === parts.length - 1 ? segment.end : blocks[blocks.length - 1].end,
      blocks,
    }));
  }

  private fallbackLanguage(): LanguageDecision {
    return { language: this.pack.id, reason: `too little text to detect; the default, ${languageName(this.pack.id)}` };
  }

  /** One notice per file naming the languages no pack checks, at the first draft in one. */
  private unsupportedNotice(
    text: string,
    blocks: readonly CheckedBlock[],
    drafts: readonly Draft[],
    languages: readonly LanguageDecision[],
    routes: readonly (Route | undefined)[],
  ): Finding | undefined {
    const first = drafts.find((draft) => !routes[draft.index]);
    if (!first) return undefined;
    const names = [
      ...new Set(drafts.filter((draft) => !routes[draft.index]).map((draft) => languageName(languages[draft.index].language))),
    ];
    const packs = [...this.routeMakers.keys()].map(languageName).join(', ');
    const what = drafts.length === 1 ? 'This text reads as' : 'Parts of this file read as';
    const span = proseStretch(text, blocks, first.firstLine);
    return {
      ruleId: UNSUPPORTED_LANGUAGE,
      severity: 'info',
      message:
        `${what} ${names.join(', ')} (${languages[first.index].reason}), which no installed tone pack checks (packs: ${packs}), ` +
        `so ${drafts.length === 1 ? 'it is' : 'they are'} not checked. ` +
        `If that is wrong, set the language: 'lang: en' in front matter, a 'language' glob in .support-tone.json, ` +
        `or <!-- support-tone-language en -->.`,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      fixes: [],
      draft: first.index,
    };
  }

  /** Prose blocks of the document, through the block cache. */
  private extract(text: string, lines: LineIndex, format: FormatId) {
    if (format !== this.previousFormat) this.forget();
    this.previousFormat = format;
    const scanned = FRONT_ENDS[format].scan(text, lines, this.pack.lexicon);
    const liveBlocks = new Map<string, PreparedBlock>();
    const blocks: CheckedBlock[] = [];
    const directives: Directive[] = [...scanned.directives];
    for (const block of scanned.blocks) {
      const key = text.slice(block.start, block.end);
      let prepared = liveBlocks.get(key) ?? this.previousBlocks.get(key);
      if (!prepared) {
        const { prose, opaque, directives: inline, links, breaks } = block.mask();
        prepared = { prose, links, directives: inline, opaque: [...opaque, ...findPlaceholders(prose)], breaks, parses: new Map() };
      }
      liveBlocks.set(key, prepared);
      const { start, end, role, headingLevel, quoted } = block;
      blocks.push({ start, end, role, headingLevel, quoted, prose: prepared.prose, prepared, links: prepared.links });
      for (const directive of prepared.directives)
        directives.push({ ...directive, start: directive.start + start, end: directive.end + start });
    }
    this.previousBlocks = liveBlocks;
    directives.sort((a, b) => a.start - b.start);
    return {
      blocks,
      draftBreaks: scanned.draftBreaks,
      directives,
      declared: scanned.declared,
      sections: scanned.sections,
      encode: scanned.encode,
      declaredLanguage: scanned.declaredLanguage,
      declaredTitle: scanned.declaredTitle,
      declaredDescription: scanned.declaredDescription,
    };
  }

  /**
   * One phrase index per rule set and settings object, shared by all checkers: rule tables plus the config's extra and allowed
   * phrases and vocabulary.
   */
  private phraseIndex(rules: readonly Rule[], settings: ToneSettings): PhraseIndex {
    let indexes = PHRASE_INDEXES.get(rules);
    if (!indexes) PHRASE_INDEXES.set(rules, (indexes = new WeakMap()));
    let index = indexes.get(settings);
    if (!index) {
      const tables = new Map<string, PhraseEntry[]>();
      for (const rule of rules) {
        const ruleSettings = settings.rules[rule.id] ?? {};
        tables.set(rule.id, [
          ...rule.phrases,
          ...(ruleSettings.extraPhrases ?? []).map((pattern) => ({ pattern })),
          ...[...(ruleSettings.allowPhrases ?? []), ...settings.vocabulary].map((pattern) => ({ pattern, ignore: true })),
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
    sentences: readonly PlacedSentence[],
    drafts: readonly Draft[],
    allDrafts: readonly Draft[],
    pack: LanguagePack,
    index: PhraseIndex,
    matchedSentences: readonly PlacedSentence[],
    rule: Rule,
    severity: Severity | 'off',
    findings: Finding[],
    blocks: readonly ProseBlock[],
    encode: ScannedDocument['encode'],
  ): RuleContext {
    const dataOf = (sentence: object) => (sentence as PlacedSentence).data;
    return {
      text,
      kind: decision.kind,
      sentences,
      drafts,
      lexicon: pack.lexicon,
      matchedSentences,
      matches: (sentence): PhraseMatch[] => sentenceMatches(dataOf(sentence), index, rule.id).matches,
      allowed: (sentence, wordIndex) =>
        sentenceMatches(dataOf(sentence), index, rule.id).exceptions.some(
          (match) => match.firstWord <= wordIndex && wordIndex <= match.lastWord,
        ),
      report: (report) => {
        if (severity === 'off') return;
        const changesText = (fix: Fix) => fix.edits.some((edit) => text.slice(edit.start, edit.end) !== edit.newText);
        const fixes = (report.fixes ?? [])
          .flatMap((fix) => (encode ? encodeFix(fix, encode) : [fix]))
          .filter((fix) => changesText(fix) && !fix.edits.some((edit) => touchesMarkup(text, blocks, edit)))
          .map((fix) => (fix.safe && fix.edits.some((edit) => needsReview(text, blocks, edit)) ? { ...fix, safe: false } : fix));
        findings.push({
          ruleId: rule.id,
          severity,
          message: report.message,
          start: report.start,
          end: report.end,
          text: text.slice(report.start, report.end),
          fixes,
          draft: draftAt(allDrafts, report.start),
        });
      },
    };
  }

  private runDraftCheck(rule: DraftRule, draft: Draft, context: RuleContext, reportMissing: boolean): DraftCheck {
    const role = rule.role && { role: rule.role };
    if (!rule.kinds.includes(context.kind)) return { ...role, expected: false, found: false };
    const evidence = rule.evidence(draft, context);
    if (evidence)
      return {
        ...role,
        expected: true,
        found: true,
        evidence: { start: evidence.start, end: evidence.end, text: context.text.slice(evidence.start, evidence.end) },
      };
    if (rule.expects?.(draft, context.kind) === false) return { ...role, expected: false, found: false };
    if (reportMissing) context.report(rule.whenMissing(draft, context));
    return { ...role, expected: true, found: false };
  }

  /** Every draft rule's check, `expected: false` for those that did not run. */
  private allChecks(route: Route, checks: Readonly<Record<string, DraftCheck>>): Record<string, DraftCheck> {
    const all: Record<string, DraftCheck> = {};
    for (const rule of route.rules) {
      if (rule.scope === 'draft')
        all[rule.id] = checks[rule.id] ?? { ...(rule.role && { role: rule.role }), expected: false, found: false };
    }
    return all;
  }

  /** The headline ranks findings (severity, then the rules' rank, then position); the pack words it. */
  private writeHeadline(
    route: Route,
    text: string,
    draft: Draft,
    findings: readonly Finding[],
    checks: Readonly<Record<string, DraftCheck>>,
    decision: KindDecision,
    settings: ToneSettings,
  ) {
    const rank = (finding: Finding) => route.rulesById.get(finding.ruleId)?.rank ?? Number.MAX_SAFE_INTEGER;
    // A rule without a headline verb (a team rule may have none) never makes the news.
    const hasVerb = (finding: Finding) => route.rulesById.get(finding.ruleId)?.headline !== undefined;
    const worst = findings
      .filter((finding) => NEWSWORTHY.includes(finding.severity) && hasVerb(finding))
      .sort((a, b) => NEWSWORTHY.indexOf(a.severity) - NEWSWORTHY.indexOf(b.severity) || rank(a) - rank(b) || a.start - b.start)[0];
    const byRole: Partial<Record<DraftRole, DraftCheck>> = {};
    const newsworthyMissing = new Set<DraftRole>();
    for (const rule of route.rules) {
      if (rule.scope !== 'draft' || !rule.role) continue;
      byRole[rule.role] = checks[rule.id];
      if (findings.some((finding) => finding.ruleId === rule.id && NEWSWORTHY.includes(finding.severity))) newsworthyMissing.add(rule.role);
    }
    const rule = worst && (route.rulesById.get(worst.ruleId) as (Rule & { headline: string }) | undefined);
    // The headline quotes the writer's words as written, links included.
    const quotable = { ...draft, sentences: draft.sentences.map((sentence) => withBareLinks(sentence, text)) };
    return route.pack.writeHeadline({
      text,
      draft: quotable,
      kind: decision.kind,
      companyName: settings.companyName,
      worst: worst && { finding: worst, rule },
      checks: byRole,
      newsworthyMissing,
    });
  }
}

/** For each rule, the sentences its phrases match: one pass over the sentences, not one per rule. */
function sentencesByMatchingRule(sentences: readonly PlacedSentence[], index: PhraseIndex): Map<string, PlacedSentence[]> {
  const byRule = new Map<string, PlacedSentence[]>();
  for (const sentence of sentences)
    for (const [ruleId, { matches }] of allSentenceMatches(sentence.data, index)) {
      if (matches.length === 0) continue;
      const list = byRule.get(ruleId);
      if (list) list.push(sentence);
      else byRule.set(ruleId, [sentence]);
    }
  return byRule;
}

/** A file's name when it is written as a title, with spaces (`Import CSV files.md`), not as a slug (`import-csv.md`). */
function titleOfFile(fileName: string | undefined): string | undefined {
  const name = fileName
    ?.split(/[\\/]/)
    .at(-1)
    ?.replace(/\.[^.]*$/, '')
    .trim();
  return name && /\s/.test(name) ? name : undefined;
}

/** A block's sentences as a pack's parser reads them, parsed on first use. */
function parsedSentences(block: PreparedBlock, parse: ProseParser): SentenceData[] {
  let sentences = block.parses.get(parse);
  if (!sentences) block.parses.set(parse, (sentences = parseSentences(block.prose, block.opaque, parse, block.breaks)));
  return sentences;
}

/** A kind's own setting, then the rule's setting, then the rule's defaults for the kind. */
function effectiveSeverity(rule: RuleMeta, setting: RuleSettings | undefined, kind: DocumentKind): Severity | 'off' {
  return setting?.[kind] ?? setting?.severity ?? rule.severityByKind?.[kind] ?? rule.severity;
}

/** The draft holding an offset: the last one starting at or before it (drafts are sorted and disjoint). */
function draftAt(drafts: readonly Draft[], offset: number): number {
  let low = 0;
  let high = drafts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (drafts[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A fix with its edits written in the source syntax; none when one of them cannot be written there. */
function encodeFix(fix: Fix, encode: NonNullable<ScannedDocument['encode']>): Fix[] {
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    const newText = encode(edit);
    if (newText === undefined) return [];
    edits.push({ ...edit, newText });
  }
  return [{ ...fix, edits }];
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

/**
 * Whether a wording fix needs a writer's eye, so fix-all leaves it alone: it changes letter
 * case or touches a capitalised token (a name, a label, an HTTP verb), or edits a heading, a
 * table cell, a blockquote, bold or italic text, or words inside quotation marks.
 */
function needsReview(text: string, blocks: readonly ProseBlock[], edit: TextEdit): boolean {
  const original = text.slice(edit.start, edit.end);
  if (/\p{Lu}/u.test(original) || /\p{Lu}/u.test(edit.newText)) return true;
  const block = blockAt(blocks, edit.start);
  if (!block || block.role !== 'paragraph' || block.quoted) return !!block;
  // Read within the block's line: emphasis markers are markup (blank in the prose), quotation marks are prose.
  const lineStart = Math.max(block.start, text.lastIndexOf('\n', edit.start - 1) + 1);
  const newline = text.indexOf('\n', edit.end);
  const lineEnd = Math.min(block.end, newline < 0 ? text.length : newline);
  /** Whether `[from, to)` holds an emphasis marker that is markup (blank in the prose). */
  const emphasisIn = (from: number, to: number) => {
    for (let offset = from; offset < to; offset++)
      if ((text[offset] === '*' || text[offset] === '_') && text[offset] !== block.prose[offset - block.start]) return true;
    return false;
  };
  const proseBefore = block.prose.slice(lineStart - block.start, edit.start - block.start);
  const openQuotes = (proseBefore.match(/["“”]/g) ?? []).length % 2 === 1;
  return (emphasisIn(lineStart, edit.start) && emphasisIn(edit.end, lineEnd)) || openQuotes;
}

/** A span up to its first markup ("Ansichten ermöglichen es, die" before "[[Link]]"): what a notice quotes is prose. */
function proseStretch(text: string, blocks: readonly ProseBlock[], span: Span): Span {
  const block = blockAt(blocks, span.start);
  if (!block) return span;
  let end = span.start;
  while (end < span.end && text[end] === block.prose[end - block.start]) end++;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return end > span.start ? { start: span.start, end } : span;
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

function skipReason(text: string, settings: ToneSettings): string | undefined {
  if (text.length > settings.maxDocumentSize)
    return `Not checked: ${text.length} characters is over the ${settings.maxDocumentSize}-character size limit.`;
  if (text.includes('\u0000')) return 'Not checked: the file contains NUL bytes, so it looks binary.';
  return undefined;
}
