import { FORMATS, formatOf, type FormatDescriptor } from '../../../shared/formats';
import { SEVERITIES } from '../../../engine/model';
import type { Range } from '../../../engine/lineIndex';
import type { JsonFile, JsonFinding, JsonReport } from '../../report';
import type { FormatterContext } from '../index';

/** Characters of the flagged line shown on each side of the flagged text. */
const CONTEXT_CHARS = 40;
/** The most of a flagged span the page shows (a span running to the line's end can be a whole paragraph). */
const MAX_FLAGGED = 300;
/** The longest flagged text offered as an allowed phrase; longer spans are sentences, not phrases. */
const MAX_PHRASE = 120;

/** A piece of a line and the part of it to mark: [text, start, end] (`…` shows where the line was cut). */
export type PageContext = [text: string, start: number, end: number];

/**
 * One finding as the page's script reads it. Keys are short and texts are indexes into shared
 * tables: a 10,000-document page carries tens of thousands of findings.
 */
export interface PageFinding {
  /** Index into the page's `rules`. */
  r: number;
  /** Index into `SEVERITIES`. */
  s: number;
  /** 1-based line and column. */
  l: number;
  c: number;
  /** Index into the page's `messages` (messages repeat across documents). */
  m: number;
  /** The flagged text in its line, or only the flagged text when the source is unknown. */
  t: PageContext;
  /**
   * The fixes: title (an index into `messages`) and, when its edits stay inside `t`'s text, the
   * change as [start, end, new text] in that text, so the page shows the line before and after.
   */
  x?: { t: number; e?: [number, number, string] }[];
  /** 1 when a `.support-tone.json` allow entry can name the marked text (sentence rules on one line; draft checks have no phrase). */
  p?: 1;
  /** Against a baseline: `new` or `unchanged`. */
  n?: 'new' | 'unchanged';
}

/** One document as the page's script reads it. */
export interface PageFile {
  /** Path, as the report gives it. */
  p: string;
  /** Kind. */
  k: string;
  /** Language (the pack's tag). */
  g?: string;
  /** The drafts' headlines: [headline, 1-based line, the draft's tone score when the report has scores]. */
  h: [string, number, number?][];
  /** The document's tone score, when the report has scores. */
  sc?: number;
  /** Index into `h` of the draft with the worst findings. */
  w: number;
  /** Why the file was not checked, when it was not. */
  x?: string;
  /** Whether `<!-- support-tone-disable-next-line -->` comments can be written in the file. */
  d: boolean;
  f: PageFinding[];
  /** Owners from CODEOWNERS. */
  o?: string[];
  /** Baseline findings no longer found: rule index, severity index, 1-based line in the baseline, message index, flagged text. */
  fx?: { r: number; s: number; l: number; m: number; t: string }[];
}

/** Everything the page's script renders: documents, findings and the run's settings. */
export interface PageData {
  /** Rule ids: the run's rules in registry order, then any other id the report holds. */
  rules: string[];
  /** Messages and fix titles. */
  messages: string[];
  files: PageFile[];
  /** `{path}`/`{line}` URL templates for each document's source and edit page. */
  sourceUrl?: string;
  editUrl?: string;
  /** Where rule names link: this URL followed by the rule id; without it, the page's rules appendix. */
  rulesUrl?: string;
  /** Whether findings carry a baseline state. */
  baseline: boolean;
}

/**
 * The format the file was read in: the report's, which a config's `formats` glob may have routed away from the file's name; for a
 * report written before formats were recorded (`merge` and `--baseline` read older reports), the file's name decides.
 */
function formatOfFile(file: JsonFile): FormatDescriptor {
  return FORMATS.find((format) => format.id === file.format) ?? formatOf({ path: file.path });
}

/** The draft with the worst findings: more errors, then warnings, notes, hints; the first of equals. */
function worstDraft(file: JsonFile): number {
  let worst = 0;
  file.drafts.forEach((draft, index) => {
    const current = file.drafts[worst].findingCounts;
    const differing = SEVERITIES.find((severity) => draft.findingCounts[severity] !== current[severity]);
    if (differing && draft.findingCounts[differing] > current[differing]) worst = index;
  });
  return worst;
}

/** Cuts `text` to at most `length` characters, marking the cut with an ellipsis. */
function cut(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}…`;
}

/** A line cut to the flagged range and `CONTEXT_CHARS` on each side, and how line offsets move into it. */
export interface LineWindow {
  context: PageContext;
  /** The first and last line offsets the window shows. */
  first: number;
  last: number;
  /** Window offset = line offset + shift. */
  shift: number;
}

/** The flagged line around a range (to the line's end when the range goes on to the next line). */
export function lineWindow(line: string, range: Range): LineWindow {
  const start = range.start.character;
  const stop = range.end.line === range.start.line ? range.end.character : line.length;
  const end = Math.min(stop, start + MAX_FLAGGED);
  const first = Math.max(0, start - CONTEXT_CHARS);
  const last = end < stop ? end : Math.min(line.length, stop + CONTEXT_CHARS);
  const prefix = first > 0 ? '…' : '';
  const shift = prefix.length - first;
  const text = `${prefix}${line.slice(first, last)}${last < line.length ? '…' : ''}`;
  return { context: [text, start + shift, end + shift], first, last, shift };
}

/**
 * A fix's change inside the window: the span from its first edit's start to its last edit's end,
 * and what replaces it. Undefined when an edit leaves the flagged line or the window.
 */
export function fixChange(
  line: string,
  window: LineWindow,
  lineNumber: number,
  edits: JsonFinding['fixes'][number]['edits'],
): [number, number, string] | undefined {
  if (edits.length === 0 || edits.some((edit) => edit.range.start.line !== lineNumber || edit.range.end.line !== lineNumber))
    return undefined;
  const sorted = [...edits].sort((a, b) => a.range.start.character - b.range.start.character);
  const from = sorted[0].range.start.character;
  const to = sorted[sorted.length - 1].range.end.character;
  if (from < window.first || to > window.last) return undefined;
  let replacement = '';
  let at = from;
  for (const edit of sorted) {
    replacement += line.slice(at, edit.range.start.character) + edit.newText;
    at = edit.range.end.character;
  }
  return [from + window.shift, to + window.shift, replacement];
}

/** Interns texts into a table, so each is written once. */
function table(): { index: (text: string) => number; values: () => string[] } {
  const indexes = new Map<string, number>();
  return {
    index: (text) => {
      let index = indexes.get(text);
      if (index === undefined) indexes.set(text, (index = indexes.size));
      return index;
    },
    values: () => [...indexes.keys()],
  };
}

/** The page's data: every document with its findings in their lines, and the run's link templates. */
export function pageData(report: JsonReport, context: FormatterContext): PageData {
  const messages = table();
  const rules = table();
  for (const rule of context.rules) rules.index(rule.id);
  const sentenceRules = new Set(context.rules.filter((rule) => rule.scope === 'sentence').map((rule) => rule.id));
  const files = report.files.map((file): PageFile => {
    const source = context.sources?.get(file.path);
    const lines = source === undefined ? undefined : source.split(/\r\n|\r|\n/);
    const findings = file.findings.map((finding): PageFinding => {
      const { line, character } = finding.range.start;
      const text = lines?.[line];
      const window = text === undefined ? undefined : lineWindow(text, finding.range);
      const fixes = finding.fixes.map((fix) => {
        const change = window && fixChange(text!, window, line, fix.edits);
        return change ? { t: messages.index(fix.title), e: change } : { t: messages.index(fix.title) };
      });
      const oneLine = finding.range.end.line === line;
      return {
        r: rules.index(finding.ruleId),
        s: SEVERITIES.indexOf(finding.severity),
        l: line + 1,
        c: character + 1,
        m: messages.index(finding.message),
        t: window ? window.context : [cut(finding.text, MAX_FLAGGED), 0, Math.min(finding.text.length, MAX_FLAGGED)],
        ...(fixes.length > 0 ? { x: fixes } : {}),
        ...(sentenceRules.has(finding.ruleId) && oneLine && finding.text.length <= MAX_PHRASE ? { p: 1 as const } : {}),
        ...(finding.baseline ? { n: finding.baseline } : {}),
      };
    });
    return {
      p: file.path,
      k: file.kind,
      // Reports written before languages were routed have none: the run's pack speaks for them.
      ...(file.language || context.language ? { g: file.language || context.language } : {}),
      h: file.drafts.map((draft): [string, number, number?] => {
        const headline = draft.title ? `${draft.title}: ${draft.headline}` : draft.headline;
        const line = draft.range.start.line + 1;
        return draft.score === undefined ? [headline, line] : [headline, line, draft.score];
      }),
      w: worstDraft(file),
      ...(file.score === undefined ? {} : { sc: file.score }),
      ...(file.skipped ? { x: file.skipped } : {}),
      d: formatOfFile(file).supportsCommentDirectives,
      f: findings,
      ...(file.owners && file.owners.length > 0 ? { o: file.owners } : {}),
      ...(file.fixed && file.fixed.length > 0
        ? {
            fx: file.fixed.map((gone) => ({
              r: rules.index(gone.ruleId),
              s: SEVERITIES.indexOf(gone.severity),
              l: gone.range.start.line + 1,
              m: messages.index(gone.message),
              t: cut(gone.text, MAX_FLAGGED),
            })),
          }
        : {}),
    };
  });
  return {
    rules: rules.values(),
    messages: messages.values(),
    files,
    ...(context.links?.source ? { sourceUrl: context.links.source } : {}),
    ...(context.links?.edit ? { editUrl: context.links.edit } : {}),
    ...(context.links?.rules ? { rulesUrl: context.links.rules } : {}),
    baseline: report.files.some((file) => file.fixed !== undefined || file.findings.some((finding) => finding.baseline !== undefined)),
  };
}

/** The page data as a JSON script block's text: `<` is escaped so no text can close the block. */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
