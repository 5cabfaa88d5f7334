import Ajv from 'ajv';
import type { DocumentKind, DraftRole, Principle, Severity } from '../engine/model';
import type { Messages } from '../engine/pack';
import { parsePattern, type PhraseEntry } from '../engine/phrases';
import type { Rule, RuleMeta } from '../engine/rule';
import { CONDITION_NAMES } from './conditions';
import { checkPhrases } from './kinds/phrase';
import { presenceFinder, reportMissing, type MissingPiece, type PresenceSignals } from './kinds/presence';
import schema from './rule.schema.json';

type PhraseDefinition = string | (Omit<PhraseEntry, 'when'> & { when?: string[] });

interface CommonDefinition extends Omit<RuleMeta, 'fixable' | 'docs' | 'principle' | 'severity' | 'severityByKind'> {
  severityByKind?: Partial<Record<DocumentKind, Severity>>;
  principle: Principle;
  severity: Severity;
  docs?: string;
  sets?: Record<string, string[]>;
  phrases: PhraseDefinition[];
}

/** A `phrase` rule: existence and substitution over a phrase table, with named context conditions. */
export interface PhraseRuleDefinition extends CommonDefinition {
  kind: 'phrase';
  message: string;
  when?: string[];
  reviewFixes?: boolean;
}

/** A `presence` rule: a piece each draft of the listed kinds needs, and how to add it when missing. */
export interface PresenceRuleDefinition extends CommonDefinition {
  kind: 'presence';
  role?: DraftRole;
  missing: Partial<Record<DocumentKind, MissingPiece>>;
  /** Signs besides phrases that the piece is present; their word lists may name sets (`"$actionVerbs"`). */
  signals?: PresenceSignals;
}

export type RuleDefinition = PhraseRuleDefinition | PresenceRuleDefinition;

/** What rules need from their language pack (messages; word lists come with each check's context), and where their docs live. */
export interface RuleHost {
  messages: Messages;
  /** The docs page of a rule without a `docs` link of its own. */
  docsUrl(ruleId: string): string;
}

/** A rule definition that does not validate; the message names the rule and the field. */
export class RuleDefinitionError extends Error {}

const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile<RuleDefinition>(schema);

/** Validates rule data and turns it into a rule the engine runs. Throws RuleDefinitionError on any mistake. */
export function loadRule(data: unknown, host: RuleHost): Rule {
  const name = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : 'rule';
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
    throw new RuleDefinitionError(`${name}: ${[...new Set(problems)].join('; ')}`);
  }
  const definition = data;
  const fail = (message: string) => {
    throw new RuleDefinitionError(`${definition.id}: ${message}`);
  };
  const phrases = definition.phrases.map((phrase, index) => {
    const entry = typeof phrase === 'string' ? { pattern: phrase } : phrase;
    const pattern = expandSets(entry.pattern, definition.sets ?? {}, (set) =>
      fail(`/phrases/${index} uses $${set}, which 'sets' does not define`),
    );
    if (!isWellFormed(pattern)) fail(`/phrases/${index} has an unclosed '{' or a stray '}': ${entry.pattern}`);
    for (const condition of entry.when ?? []) checkCondition(condition, `/phrases/${index}/when`, fail);
    return { ...entry, pattern };
  });
  const meta: RuleMeta = {
    id: definition.id,
    summary: definition.summary,
    principle: definition.principle,
    why: definition.why,
    severity: definition.severity,
    ...(definition.severityByKind ? { severityByKind: definition.severityByKind } : {}),
    fixable: definition.kind === 'presence' || phrases.some((phrase) => phrase.replacement !== undefined),
    docs: definition.docs ?? host.docsUrl(definition.id),
    example: definition.example,
    headline: definition.headline,
    ...(definition.rank === undefined ? {} : { rank: definition.rank }),
    label: definition.label,
  };
  if (definition.kind === 'phrase') {
    const when = definition.when ?? [];
    for (const condition of when) checkCondition(condition, '/when', fail);
    const check = { message: definition.message, when, reviewFixes: definition.reviewFixes === true };
    return { ...meta, scope: 'sentence', phrases, check: (context) => checkPhrases(context, check, host.messages) };
  }
  const { missing } = definition;
  const signals = expandSignalSets(definition.signals ?? {}, definition.sets ?? {}, (set) =>
    fail(`/signals uses $${set}, which 'sets' does not define`),
  );
  return {
    ...meta,
    scope: 'draft',
    ...(definition.role ? { role: definition.role } : {}),
    kinds: (Object.keys(missing) as DocumentKind[]).filter((kind) => missing[kind]),
    phrases,
    evidence: presenceFinder(signals),
    whenMissing: (draft, context) => reportMissing(draft, context.text, missing[context.kind]!),
  };
}

function checkCondition(name: string, where: string, fail: (message: string) => void): void {
  if (!(CONDITION_NAMES as string[]).includes(name)) fail(`${where} names '${name}'; the conditions are ${CONDITION_NAMES.join(', ')}`);
}

/** `$name` becomes the set's words as alternatives (`{a|b}`, or `a|b` inside a group); `$name's` adds the suffix to each. */
function expandSets(pattern: string, sets: Readonly<Record<string, readonly string[]>>, onUnknown: (set: string) => void): string {
  const expand = (inGroup: boolean) => (_: string, set: string, suffix: string | undefined) => {
    const words = sets[set];
    if (!words) {
      onUnknown(set);
      return '';
    }
    const alternatives = words.map((word) => word + (suffix ?? '')).join('|');
    return inGroup ? alternatives : `{${alternatives}}`;
  };
  const reference = /\$([A-Za-z][\w]*)('s)?/g;
  return pattern
    .split(/(\{[^{}]*\})/)
    .map((part) => (part.startsWith('{') ? part.replace(reference, expand(true)) : part.replace(reference, expand(false))))
    .join('');
}

/** A signal's word list may name a set (`"$actionVerbs"`): it stands for the set's words. */
function expandSignalSets(
  signals: PresenceSignals,
  sets: Readonly<Record<string, readonly string[]>>,
  onUnknown: (set: string) => void,
): PresenceSignals {
  const expandList = (words: unknown) =>
    Array.isArray(words)
      ? words.flatMap((word: string) => {
          if (!word.startsWith('$')) return [word];
          const set = sets[word.slice(1)];
          if (!set) onUnknown(word.slice(1));
          return set ?? [];
        })
      : words;
  return Object.fromEntries(
    Object.entries(signals).map(([name, settings]) => [
      name,
      Object.fromEntries(Object.entries(settings as object).map(([key, value]) => [key, key === 'kinds' ? value : expandList(value)])),
    ]),
  );
}

/** Groups open and close in pairs, never nested. */
function isWellFormed(pattern: string): boolean {
  let open = false;
  for (const char of pattern) {
    if (char === '{') {
      if (open) return false;
      open = true;
    } else if (char === '}') {
      if (!open) return false;
      open = false;
    }
  }
  return !open && parsePattern(pattern).length > 0;
}
