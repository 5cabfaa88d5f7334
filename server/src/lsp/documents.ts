import type { Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker } from '../api';
import type { CheckOptions, ToneChecker } from '../engine/checker';
import { LineIndex } from '../engine/lineIndex';
import type { Rule } from '../engine/rule';
import type { CheckResult } from '../engine/model';
import { toDiagnostics } from './diagnostics';

/** Runs a task soon, after the messages already queued (Node's `setImmediate`). */
export type Scheduler = (task: () => void) => void;

/** A document's latest check, with everything the handlers derive from it. */
export interface CheckedDocument {
  version: number;
  /** Changes when configuration changes, so pull clients refetch. */
  resultId: string;
  text: string;
  lines: LineIndex;
  result: CheckResult;
  diagnostics: Diagnostic[];
  options: CheckOptions;
  /** The rules the document was checked with (the shipped ones, and its config's team rules), by id. */
  rulesById: ReadonlyMap<string, Rule>;
}

/** What a check of a document depends on besides its text. */
export interface CheckSetup {
  options: CheckOptions;
  rules: readonly Rule[];
}

export interface DocumentStoreOptions {
  documents: TextDocuments<TextDocument>;
  /** What a check of the document depends on; undefined for a document the server does not check (a JSON file of other data). */
  setupFor: (document: TextDocument) => Promise<CheckSetup | undefined>;
  schedule: Scheduler;
  /** Called when a scheduled check finishes while its version is still the document's current one. */
  onFreshResult: (uri: string, checked: CheckedDocument) => void;
  logError: (message: string) => void;
}

interface DocumentState {
  /** Made for the rules of the document's latest check; a config that brings other rules makes a new one. */
  checker?: { rules: readonly Rule[]; engine: ToneChecker };
  latest?: CheckedDocument;
  running?: { resultId: string; promise: Promise<CheckedDocument | undefined> };
}

/** How many documents keep their parse cached for incremental re-checks. */
const WARM_DOCUMENTS = 8;

/** The open documents' checks: one checker per document, cached per version and configuration generation. */
export class DocumentStore {
  private readonly states = new Map<string, DocumentState>();
  private readonly scheduled = new Set<string>();
  /** Documents whose checker keeps its block cache, least recently checked first. */
  private readonly warm: string[] = [];
  private readonly reportedRuleFailures = new Set<string>();
  private generation = 0;

  /** Rules by id, one map per rule set. */
  private readonly rulesByIdOf = new WeakMap<readonly Rule[], ReadonlyMap<string, Rule>>();

  constructor(private readonly options: DocumentStoreOptions) {}

  /** The checks of the open documents the server checks (JSON and YAML only when they hold replies or a config routes them). */
  async checkedDocuments(): Promise<{ document: TextDocument; checked: CheckedDocument }[]> {
    const documents = this.options.documents.all();
    const checks = await Promise.all(documents.map((document) => this.resultFor(document)));
    return documents.flatMap((document, index) => {
      const checked = checks[index];
      return checked ? [{ document, checked }] : [];
    });
  }

  /** The check of the document's current version (reused, joined while running, or started); undefined if it is not checked. */
  resultFor(document: TextDocument): Promise<CheckedDocument | undefined> {
    let state = this.states.get(document.uri);
    if (!state) this.states.set(document.uri, (state = {}));
    const resultId = this.resultIdOf(document);
    if (state.latest?.resultId === resultId) return Promise.resolve(state.latest);
    if (state.running?.resultId === resultId) return state.running.promise;
    const current = state;
    const promise = this.runCheck(document, current).then((checked) => {
      if (!checked) return undefined;
      if (!current.latest || current.latest.version <= checked.version) current.latest = checked;
      // A document only opened, never edited, needs no cache for incremental re-checks.
      if (document.version > 1 || this.warm.includes(document.uri)) this.keepWarm(document.uri);
      else current.checker?.engine.forget();
      return checked;
    });
    current.running = { resultId, promise };
    return promise;
  }

  /** Checks soon, coalescing changes: a version superseded before its turn is never checked. */
  scheduleCheck(uri: string): void {
    if (this.scheduled.has(uri)) return;
    this.scheduled.add(uri);
    this.options.schedule(() => {
      this.scheduled.delete(uri);
      const document = this.options.documents.get(uri);
      if (!document) return;
      void this.resultFor(document).then(
        (checked) => {
          if (checked && this.options.documents.get(uri)?.version === checked.version) this.options.onFreshResult(uri, checked);
        },
        (error: unknown) =>
          this.options.logError(
            `Support Tone could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          ),
      );
    });
  }

  /** Drops every cached check (configuration changed) and checks the open documents again. */
  recheckAll(): void {
    this.generation++;
    for (const document of this.options.documents.all()) this.scheduleCheck(document.uri);
  }

  forget(uri: string): void {
    this.states.delete(uri);
    if (this.warm.includes(uri)) this.warm.splice(this.warm.indexOf(uri), 1);
  }

  private resultIdOf(document: TextDocument): string {
    return `${this.generation}:${document.version}`;
  }

  /** Runs the engine on the document's text now: no cache, no joining (see `resultFor`). */
  private async runCheck(document: TextDocument, state: DocumentState): Promise<CheckedDocument | undefined> {
    const setup = await this.options.setupFor(document);
    if (!setup) return undefined;
    const { options, rules } = setup;
    if (state.checker?.rules !== rules) state.checker = { rules, engine: createChecker(rules) };
    const text = document.getText();
    const result = state.checker.engine.check(text, options);
    for (const failure of result.ruleFailures ?? []) {
      if (this.reportedRuleFailures.has(failure.ruleId)) continue;
      this.reportedRuleFailures.add(failure.ruleId);
      this.options.logError(
        `Support Tone: the rule ${failure.ruleId} failed (${failure.message}) on ${document.uri}; the other rules still run.`,
      );
    }
    const lines = new LineIndex(text);
    let rulesById = this.rulesByIdOf.get(rules);
    if (!rulesById) this.rulesByIdOf.set(rules, (rulesById = new Map(rules.map((rule) => [rule.id, rule]))));
    const diagnostics = toDiagnostics(result, lines, rulesById);
    return { version: document.version, resultId: this.resultIdOf(document), text, lines, result, diagnostics, options, rulesById };
  }

  /**
   * Only the most recently checked documents keep their block cache (what makes a keystroke
   * cheap); the others drop it, so many open documents do not hold every parse in memory.
   */
  private keepWarm(uri: string): void {
    const at = this.warm.indexOf(uri);
    if (at >= 0) this.warm.splice(at, 1);
    this.warm.push(uri);
    while (this.warm.length > WARM_DOCUMENTS) this.states.get(this.warm.shift()!)?.checker?.engine.forget();
  }
}
