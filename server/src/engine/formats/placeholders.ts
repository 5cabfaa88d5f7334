import type { Span } from '../model';

/**
 * Help-desk template placeholders: `{{ticket.requester.first_name}}`, `{%customer.firstName%}`,
 * `{first_name}`, `%FIRST_NAME%` and `[Customer name]`-style brackets (not Markdown links).
 */
const PLACEHOLDER = /\{\{[^{}\n]*\}\}|\{%[^%\n]*%\}|\{[A-Za-z_][\w.-]*\}|%[A-Z_][A-Z0-9_.]*%|\[[^[\]\n]{1,60}\](?![([:])/g;

export function findPlaceholders(prose: string): Span[] {
  return [...prose.matchAll(PLACEHOLDER)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Turns each span (a placeholder, inline code) into one opaque word of the same length, so it
 * never splits a sentence or matches a phrase; with `filler` ' ', blanks it out instead.
 */
export function makeOpaque(prose: string, spans: readonly Span[], filler = 'x'): string {
  if (spans.length === 0) return prose;
  let result = '';
  let cursor = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < cursor) continue;
    result += prose.slice(cursor, start) + filler.repeat(end - start);
    cursor = end;
  }
  return result + prose.slice(cursor);
}
