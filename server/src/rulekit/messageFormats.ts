import type { Messages } from '../engine/pack';
import type { RuleDefinition } from './load';

/**
 * A data rule's message formats, by id: the messages its findings carry, with `{0}`, `{1}`… where
 * a finding fills in a value and literal braces doubled, as SARIF 2.1.0 writes message strings
 * (§3.11.5; the SARIF report lists them as the rule's `messageStrings`). The values:
 * - `phrase`: `{0}` the flagged phrase, `{1}` its replacement (ids `default`, and `defaultReplace` when
 *   a phrase has a replacement, for the rule's message; `phrase1`, `phrase1Replace`… for the phrases'
 *   own messages in order);
 * - `conditional`: `{0}` the phrase that needs its counterpart;
 * - `consistency`: `{0}` the phrase, `{1}` the register the draft opens with, `{2}` the other one;
 * - `occurrence` and `length`: `{0}` the count (the bounds are the rule's own);
 * - `presence`: no values, one format per document kind (`reply`, `article`).
 */
export function messageFormats(definition: RuleDefinition, messages: Messages): Record<string, string> {
  switch (definition.kind) {
    case 'phrase': {
      // Each message the rule's phrases carry, and whether one of them replaces the phrase and one only flags it. Phrases a
      // config adds (`extraPhrases`) carry the rule's message and no replacement, so that format is always there.
      const uses = new Map<string, { replaces: boolean; flags: boolean }>([[definition.message, { replaces: false, flags: true }]]);
      for (const phrase of definition.phrases) {
        const entry = typeof phrase === 'string' ? { pattern: phrase } : phrase;
        const use = uses.get(entry.message ?? definition.message) ?? { replaces: false, flags: false };
        if (entry.replacement) use.replaces = true;
        else use.flags = true;
        uses.set(entry.message ?? definition.message, use);
      }
      return Object.fromEntries(
        [...uses].flatMap(([message, { replaces, flags }], index) => {
          const id = index === 0 ? 'default' : `phrase${index}`;
          const formats: [string, string][] = [];
          if (flags) formats.push([id, phraseFinding(messages, escape(message), false)]);
          if (replaces) formats.push([`${id}Replace`, phraseFinding(messages, escape(message), true)]);
          return formats;
        }),
      );
    }
    case 'conditional':
      return { default: phraseFinding(messages, escape(definition.message), false) };
    case 'consistency':
      return { default: phraseFinding(messages, named(definition.message, { register: '{1}', other: '{2}' }), false) };
    case 'occurrence':
    case 'length':
      return { default: named(definition.message, { count: '{0}', min: String(definition.min ?? ''), max: String(definition.max ?? '') }) };
    case 'presence':
      return Object.fromEntries(
        Object.entries(definition.missing).flatMap(([kind, piece]) => (piece ? [[kind, escape(piece.message)]] : [])),
      );
  }
}

/** A message format with `values` filled in: doubled braces become single, `{n}` the n-th value. */
export function formatMessage(format: string, values: readonly string[]): string {
  return format.replace(/\{\{|\}\}|\{(\d+)\}/g, (token, index?: string) =>
    index === undefined ? token[0] : (values[Number(index)] ?? token),
  );
}

/**
 * The values that make `format` read `text` exactly, or undefined when it cannot. A value no
 * placeholder of the format takes is empty.
 */
export function valuesOf(format: string, text: string): string[] | undefined {
  const seen = new Set<number>();
  let pattern = '';
  for (const part of format.split(/(\{\{|\}\}|\{\d+\})/)) {
    const placeholder = /^\{(\d+)\}$/.exec(part);
    if (placeholder) {
      const index = Number(placeholder[1]);
      pattern += seen.has(index) ? `\\k<v${index}>` : `(?<v${index}>.*?)`;
      seen.add(index);
    } else pattern += (part === '{{' ? '{' : part === '}}' ? '}' : part).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const match = new RegExp(`^${pattern}$`, 's').exec(text);
  if (!match) return undefined;
  const values = Array.from({ length: Math.max(-1, ...seen) + 1 }, (_, index) => match.groups?.[`v${index}`] ?? '');
  return formatMessage(format, values) === text ? values : undefined;
}

const escape = (text: string) => text.replace(/[{}]/g, '$&$&');

/**
 * A message with `{name}` placeholders (as the per-draft kinds fill them) as a format: known names become `values`, the rest
 * stay literal.
 */
function named(message: string, values: Readonly<Record<string, string>>): string {
  return escape(message).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name] : whole));
}

/** Private-use characters that hold the phrase, the message and the replacement while a pack words a phrase finding. */
const SLOTS = { phrase: '\uE000', message: '\uE001', replacement: '\uE002' };

/** The pack's wording of a phrase finding as a format, around `message` (a format already). */
function phraseFinding(messages: Messages, message: string, withReplacement: boolean): string {
  const worded = messages.phraseFinding(SLOTS.phrase, SLOTS.message, withReplacement ? SLOTS.replacement : undefined);
  return escape(worded).replace(/[\uE000-\uE002]/g, (slot) => (slot === SLOTS.phrase ? '{0}' : slot === SLOTS.message ? message : '{1}'));
}
