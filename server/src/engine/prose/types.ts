import type { DocumentKind, Span } from '../types';

/** A run of prose the rules read: a paragraph, a heading or a table cell. */
export interface ProseBlock extends Span {
  /** The source slice with markup, code and links blanked (same length as the slice, so offsets carry over). */
  prose: string;
  role: 'paragraph' | 'heading';
  headingLevel?: number;
  /** Inside a blockquote: in replies, the customer's own words. */
  quoted: boolean;
}

export type DirectiveType = 'disable' | 'enable' | 'disable-next-line';

/** An inline `<!-- support-tone-… -->` comment. */
export interface Directive extends Span {
  type: DirectiveType;
  /** Rule ids; empty means every rule. */
  ruleIds: string[];
}

/** What the format front ends (Markdown, plain text) hand to the engine. */
export interface ProseDocument {
  blocks: ProseBlock[];
  /** Offsets of thematic breaks (`---`, `***`): draft separators. */
  draftBreaks: number[];
  directives: Directive[];
  /** Kind declared in front matter (`support-tone: reply|article`). */
  declaredKind?: DocumentKind;
}

const DIRECTIVE = /<!--\s*support-tone-(disable-next-line|disable|enable)\b([^]*?)-->/g;

/** Finds inline directives in a raw HTML fragment that starts at `offset`. */
export function findDirectives(html: string, offset: number): Directive[] {
  const directives: Directive[] = [];
  for (const match of html.matchAll(DIRECTIVE)) {
    directives.push({
      type: match[1] as DirectiveType,
      ruleIds: match[2].split(/[\s,]+/).filter(Boolean),
      start: offset + match.index,
      end: offset + match.index + match[0].length,
    });
  }
  return directives;
}
