import type { LineIndex } from '../lineIndex';
import type { BlockInfo, KindDecision, Link, Span, TextEdit } from '../model';
import type { Lexicon } from '../pack';

/** A run of prose the rules read: a paragraph, a heading or a table cell. */
export interface ProseBlock extends Span, BlockInfo {
  /** The source slice with markup, code and links blanked (same length as the slice, so offsets carry over). */
  prose: string;
}

export type DirectiveType = 'disable' | 'enable' | 'disable-next-line' | 'language';

/** An inline `<!-- support-tone-… -->` comment. */
export interface Directive extends Span {
  type: DirectiveType;
  /** Rule ids; empty means every rule. For `language`, the language tag it names (`support-tone-language pl`). */
  ruleIds: string[];
}

/** A block's prose, with what the sentence parser must read as single opaque words. Offsets are relative to the block. */
export interface MaskedBlock {
  prose: string;
  /** Inline code: kept in the prose (headlines quote it) but parsed as one opaque word. */
  opaque: Span[];
  directives: Directive[];
  /** Links, bare URLs and e-mail addresses. */
  links: Link[];
  /** Offsets where a sentence ends although no punctuation says so (hard line breaks, label lines). */
  breaks: number[];
}

/** A block found by a front end's structure scan; its prose is masked only when the engine's block cache misses. */
export interface ScannedBlock extends Omit<ProseBlock, 'prose'> {
  mask(): MaskedBlock;
}

/** What a front end hands to the engine. */
export interface ScannedDocument {
  blocks: ScannedBlock[];
  /** Offsets of thematic breaks (`---`, `***`): draft separators. */
  draftBreaks: number[];
  /** Directives outside blocks (in HTML blocks); those inside come with each block's mask. */
  directives: Directive[];
  /** Kind the document declares (`support-tone: reply|article` in front matter) or its format implies (a macro export is replies). */
  declared?: KindDecision;
  /**
   * Where each draft starts and its title, when the format says so (one per help-desk macro);
   * otherwise drafts are found from headings, breaks and greetings.
   */
  sections?: Section[];
  /**
   * How a fix's edit is written into the source: its replacement with entities in HTML, escapes in
   * a JSON string, in the style of a YAML scalar; undefined when the replacement cannot be written
   * there safely, and then the fix is not offered. As is when absent.
   */
  encode?: (edit: TextEdit) => string | undefined;
  /** Language declared in front matter (`lang: pl`, `locale: sv-SE`), as written. */
  declaredLanguage?: string;
  /** The page's title in front matter (`title: Enable two-factor authentication`), where docs sites keep it. */
  declaredTitle?: string;
  /** The page's summary in front matter (`description: …`). */
  declaredDescription?: string;
}

export interface Section {
  /** The offset of the draft's first block. */
  start: number;
  title?: string;
}

/** A document format's front end: turns source text into prose blocks with exact offsets. */
export interface FrontEnd {
  scan(text: string, lines: LineIndex, lexicon: Lexicon): ScannedDocument;
  /** The kind of a document with no greeting, sign-off, headings or declaration. */
  fallbackKind: KindDecision;
}

const DIRECTIVE = /<!--\s*support-tone-(disable-next-line|disable|enable|language)\b([^]*?)-->/g;
// MDX has no HTML comments: the same directives are JSX comments, a block comment in braces ({/* support-tone-… */}).
const MDX_DIRECTIVE = /\{\s*\/\*\s*support-tone-(disable-next-line|disable|enable|language)\b([^]*?)\*\/\s*\}/g;

/** Finds inline directives in a raw HTML fragment that starts at `offset`. */
export function findDirectives(html: string, offset: number): Directive[] {
  return directivesIn(html, offset, DIRECTIVE);
}

/** Finds directives written as MDX (JSX) comments in source that starts at `offset`. */
export function findMdxDirectives(source: string, offset: number): Directive[] {
  return directivesIn(source, offset, MDX_DIRECTIVE);
}

function directivesIn(source: string, offset: number, pattern: RegExp): Directive[] {
  const directives: Directive[] = [];
  for (const match of source.matchAll(pattern)) {
    directives.push({
      type: match[1] as DirectiveType,
      ruleIds: match[2].split(/[\s,]+/).filter(Boolean),
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    });
  }
  return directives;
}
