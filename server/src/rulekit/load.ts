import Ajv, { type ValidateFunction } from 'ajv';
import type { DocumentKind, DraftRole, Severity } from '../engine/model';
import type { Messages } from '../engine/pack';
import { indexEntryCount, parsePattern, type PhraseEntry, type Slot } from '../engine/phrases';
import type { Rule, RuleContext, RuleMeta } from '../engine/rule';
import { CONDITION_NAMES } from './conditions';
import {
  checkConditional,
  checkConsistency,
  checkLength,
  checkOccurrence,
  THEN_ROLE,
  type Bounds,
  type LengthCheck,
  type OccurrenceCheck,
} from './kinds/perDraft';
import { checkPhrases } from './kinds/phrase';
import { messageFormats } from './messageFormats';
import { longEnough, presenceFinder, reportMissing, type MissingPiece, type Place, type PresenceSignals } from './kinds/presence';
import schema from './rule.schema.json';

type PhraseDefinition = string | (Omit<PhraseEntry, 'when'> & { when?: string[] });

interface CommonDefinition extends Pick<RuleMeta, 'id' | 'summary' | 'principle' | 'severity'> {
  why?: string;
  severityByKind?: Partial<Record<DocumentKind, Severity>>;
  headline?: string;
  rank?: number;
  label?: string;
  example?: { bad: string; good: string };
  docs?: string;
  /** The languages the rule runs in; see `runsIn`. */
  languages?: string[];
  /** The document kinds a rule without `missing` checks. */
  kinds?: DocumentKind[];
  sets?: Record<string, string[]>;
  phrases?: PhraseDefinition[];
  when?: string[];
  examples?: RuleExamples;
}

/** Tests inside a rule: texts it flags, texts it passes, and what its quick fixes make of a text. */
export interface RuleExamples {
  kind?: DocumentKind;
  flag?: string[];
  pass?: string[];
  fix?: { from: string; to: string }[];
}

/** A `phrase` rule: existence and substitution over a phrase table, with named context conditions. */
export interface PhraseRuleDefinition extends CommonDefinition {
  kind: 'phrase';
  message: string;
  phrases: PhraseDefinition[];
  reviewFixes?: boolean;
}

/** A `presence` rule: a piece each draft of the listed kinds needs, and how to add it when missing. */
export interface PresenceRuleDefinition extends CommonDefinition {
  kind: 'presence';
  role?: DraftRole;
  phrases: PhraseDefinition[];
  missing: Partial<Record<DocumentKind, MissingPiece>>;
  /** Signs besides phrases that the piece is present; their word lists may name sets (`"$actionVerbs"`). */
  signals?: PresenceSignals;
  where?: Place;
}

/** An `occurrence` rule: at most or at least so many matches (or questions) per draft. */
export interface OccurrenceRuleDefinition extends CommonDefinition, Bounds {
  kind: 'occurrence';
  message: string;
  count?: OccurrenceCheck['count'];
}

/** A `conditional` rule: a draft with one of `phrases` needs one of `then`. */
export interface ConditionalRuleDefinition extends CommonDefinition {
  kind: 'conditional';
  message: string;
  phrases: PhraseDefinition[];
  then: PhraseDefinition[];
}

/** A `length` rule: words or sentences per draft. */
export interface LengthRuleDefinition extends CommonDefinition, Bounds {
  kind: 'length';
  message: string;
  unit: LengthCheck['unit'];
}

/** A `consistency` rule: two registers, one per draft. */
export interface ConsistencyRuleDefinition extends CommonDefinition {
  kind: 'consistency';
  message: string;
  registers: Record<string, PhraseDefinition[]>;
}

export type RuleDefinition =
  | PhraseRuleDefinition
  | PresenceRuleDefinition
  | OccurrenceRuleDefinition
  | ConditionalRuleDefinition
  | LengthRuleDefinition
  | ConsistencyRuleDefinition;

/** What rules need from their language pack (messages; word lists come with each check's context), and where their docs live. */
export interface RuleHost {
  messages: Messages;
  /** The docs page of a rule without a `docs` link of its own. */
  docsUrl(ruleId: string): string;
}

/**
 * Bounds on a rule from outside the product (a team's config or style package), so no
 * definition can make the phrase index or the matcher run away. Shipped rules are not bounded.
 */
export interface RuleLimits {
  /** Phrases of one rule, `then` and register phrases included. */
  maxPhrases: number;
  /** Characters of one pattern after `$set` references are expanded. */
  maxPatternLength: number;
  /** First-two-token pairs one rule adds to the phrase index (`{a|b} {c|d}` adds four). */
  maxIndexEntries: number;
}

export const TEAM_RULE_LIMITS: RuleLimits = { maxPhrases: 2000, maxPatternLength: 2000, maxIndexEntries: 20000 };

/** A rule definition that does not validate; the message names the rule and the field, `path` points at the field. */
export class RuleDefinitionError extends Error {
  constructor(
    message: string,
    readonly path: readonly (string | number)[] = [],
  ) {
    super(message);
  }
}

/** Compiled on first use, by the first rule from configuration: compiling costs about 0.2 s at start-up. */
let compiled: ValidateFunction<RuleDefinition> | undefined;

/** Checks rule data against the rule schema; throws RuleDefinitionError naming the rule and the field. */
export function validateRuleDefinition(data: unknown): asserts data is RuleDefinition {
  const validate = (compiled ??= new Ajv({ allErrors: true, allowUnionTypes: true }).compile<RuleDefinition>(schema));
  if (validate(data)) return;
  const name = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : 'rule';
  const errors = (validate.errors ?? []).filter((error) => error.keyword !== 'if');
  const problems = errors.map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
  throw new RuleDefinitionError(`${name}: ${[...new Set(problems)].join('; ')}`, pointer(errors[0]?.instancePath ?? ''));
}

const pointer = (path: string) =>
  path
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Turns rule data into a rule the engine runs. Throws RuleDefinitionError on any mistake. Rules
 * from configuration come with `limits` and are checked against the schema first; shipped rule
 * files are checked against it by `npm test`, so start-up does not pay for the schema.
 */
export function loadRule(data: unknown, host: RuleHost, limits?: RuleLimits): Rule {
  if (limits) validateRuleDefinition(data);
  const definition = data as RuleDefinition;
  const fail = (message: string, path: (string | number)[]): never => {
    throw new RuleDefinitionError(`${definition.id}: ${message}`, path);
  };
  const sets = definition.sets ?? {};
  let indexEntries = 0;
  const toEntries = (list: readonly PhraseDefinition[] | undefined, field: string, extra: Partial<PhraseEntry> = {}): PhraseEntry[] =>
    (list ?? []).map((phrase, index) => {
      const where = `/${field}/${index}`;
      const path = pointer(where);
      const entry = typeof phrase === 'string' ? { pattern: phrase } : phrase;
      const pattern = expandSets(entry.pattern, sets, (set) => fail(`${where} uses $${set}, which 'sets' does not define`, path));
      const slots = parsePattern(pattern);
      if (!isWellFormed(pattern, slots)) fail(`${where} has an unclosed '{' or a stray '}': ${entry.pattern}`, path);
      for (const condition of entry.when ?? []) checkCondition(condition, `${where}/when`, (message) => fail(message, [...path, 'when']));
      if (limits && pattern.length > limits.maxPatternLength)
        fail(`${where} is ${pattern.length} characters with its sets expanded; the limit is ${limits.maxPatternLength}`, path);
      indexEntries += limits ? indexEntryCount(slots) : 0;
      if (limits && indexEntries > limits.maxIndexEntries)
        fail(`${where} takes the rule past ${limits.maxIndexEntries} phrase-index entries: use fewer or shorter alternatives`, path);
      return { ...entry, ...extra, pattern };
    });
  const when = definition.when ?? [];
  for (const condition of when) checkCondition(condition, '/when', (message) => fail(message, ['when']));
  const registers = definition.kind === 'consistency' ? Object.keys(definition.registers) : [];
  const phrases = [
    ...toEntries(definition.phrases, 'phrases'),
    ...(definition.kind === 'conditional' ? toEntries(definition.then, 'then', { role: THEN_ROLE }) : []),
    ...(definition.kind === 'consistency'
      ? registers.flatMap((register) => toEntries(definition.registers[register], `registers/${register}`, { role: register }))
      : []),
  ];
  if (limits && phrases.length > limits.maxPhrases) fail(`has ${phrases.length} phrases; the limit is ${limits.maxPhrases}`, []);
  const examples = definition.examples;
  const meta: RuleMeta = {
    id: definition.id,
    summary: definition.summary,
    principle: definition.principle,
    why: definition.why ?? definition.summary,
    severity: definition.severity,
    ...(definition.severityByKind ? { severityByKind: definition.severityByKind } : {}),
    fixable: definition.kind === 'presence' || phrases.some((phrase) => phrase.replacement !== undefined),
    docs: definition.docs ?? host.docsUrl(definition.id),
    example:
      definition.example ??
      (examples?.fix ? { bad: examples.fix[0].from, good: examples.fix[0].to } : undefined) ??
      (examples?.flag && examples.pass ? { bad: examples.flag[0], good: examples.pass[0] } : undefined),
    ...(definition.headline === undefined ? {} : { headline: definition.headline }),
    ...(definition.rank === undefined ? {} : { rank: definition.rank }),
    label: definition.label ?? definition.id,
    messageFormats: messageFormats(definition, host.messages),
    ...(definition.languages ? { languages: definition.languages } : {}),
  };
  if (definition.kind === 'presence') {
    const { missing } = definition;
    const signals = expandSignalSets(definition.signals ?? {}, sets, (set) =>
      fail(`/signals uses $${set}, which 'sets' does not define`, ['signals']),
    );
    return {
      ...meta,
      scope: 'draft',
      ...(definition.role ? { role: definition.role } : {}),
      kinds: (Object.keys(missing) as DocumentKind[]).filter((kind) => missing[kind]),
      phrases,
      evidence: presenceFinder(signals, definition.where),
      expects: (draft, kind) => longEnough(draft, missing[kind]!),
      whenMissing: (draft, context) => reportMissing(draft, context.text, missing[context.kind]!),
    };
  }
  const check = sentenceCheck(definition, when, host.messages, registers);
  const kinds = definition.kinds;
  return {
    ...meta,
    scope: 'sentence',
    phrases,
    check: kinds
      ? (context) => {
          if (kinds.includes(context.kind)) check(context);
        }
      : check,
  };
}

/** The check of a rule that reads the document's sentences. */
function sentenceCheck(
  definition: Exclude<RuleDefinition, PresenceRuleDefinition>,
  when: readonly string[],
  messages: Messages,
  registers: readonly string[],
): (context: RuleContext) => void {
  switch (definition.kind) {
    case 'phrase': {
      const check = { message: definition.message, when, reviewFixes: definition.reviewFixes === true };
      return (context) => checkPhrases(context, check, messages);
    }
    case 'occurrence': {
      const check = { message: definition.message, count: definition.count ?? 'matches', when, min: definition.min, max: definition.max };
      return (context) => checkOccurrence(context, check);
    }
    case 'conditional':
      return (context) => checkConditional(context, { message: definition.message, when }, messages);
    case 'length': {
      const check = { message: definition.message, unit: definition.unit, min: definition.min, max: definition.max };
      return (context) => checkLength(context, check);
    }
    case 'consistency': {
      const check = { message: definition.message, when, registers: [registers[0], registers[1]] as const };
      return (context) => checkConsistency(context, check, messages);
    }
  }
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
function isWellFormed(pattern: string, slots: readonly Slot[]): boolean {
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
  return !open && slots.length > 0;
}
