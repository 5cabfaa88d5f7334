import { readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import {
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeLens,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createChecker } from '../api';
import { CONFIG_FILE_NAME, ConfigResolver, kindFromGlobList, kindFromGlobs, type LoadedConfig } from '../config/loadConfig';
import { nodeConfigHost } from '../config/nodeHost';
import { mergeSettings } from '../config/parseConfig';
import { fixAll } from '../engine/applyEdits';
import type { ToneChecker, CheckOptions } from '../engine/engine';
import { LineIndex } from '../engine/lineIndex';
import type { ToneSettings } from '../engine/settings';
import type { CheckResult, KindDecision } from '../engine/types';
import { HeadlinesRequest, SHOW_HEADLINE_COMMAND, type HeadlinesParams, type HeadlinesResult } from '../shared/protocol';
import type { Rule } from '../engine/rule';
import { RULES } from '../rules';
import { codeActions, FIX_ALL_KIND } from './codeActions';
import { allowPhraseEdit } from './configEdits';
import { configDiagnostic, toDiagnostics } from './diagnostics';
import { lensTitle } from '../shared/presentation';
import { toHeadlines } from './headlines';
import { ruleHover } from './hover';
import { normalizeSettings, type EditorSettings } from './settings';

/** A document's latest check, with everything the handlers derive from it. */
interface CheckedDocument {
  version: number;
  /** Changes when configuration changes, so pull clients refetch. */
  resultId: string;
  text: string;
  lines: LineIndex;
  result: CheckResult;
  diagnostics: Diagnostic[];
  options: CheckOptions;
}

interface DocumentState {
  checker: ToneChecker;
  checked?: CheckedDocument;
  running?: { version: number; generation: number; promise: Promise<CheckedDocument> };
}

const NO_CONFIG: LoadedConfig = { settings: {}, kinds: { reply: [], article: [] }, problems: [] };
const SELECTED_LANGUAGES = new Set(['markdown', 'plaintext', 'support-reply']);
/** How many documents keep their parse cached for incremental re-checks. */
const WARM_DOCUMENTS = 8;

/** Wires the language server to a connection (stdio, IPC or any other transport). */
export function startServer(connection: Connection, rules: readonly Rule[] = RULES): void {
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  const reportedRuleFailures = new Set<string>();
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const editorSettings = new Map<string, Promise<EditorSettings>>();
  const settingsByValue = new Map<string, EditorSettings>();
  const mergedSettings = new WeakMap<EditorSettings, WeakMap<LoadedConfig, ToneSettings>>();
  const scheduled = new Set<string>();
  const warm: string[] = [];
  let configs = new ConfigResolver(nodeConfigHost);
  let generation = 0;
  let publishedConfigProblems = new Set<string>();
  /** Config files whose problems were published since they were (re)loaded. */
  let configsPublished = new Set<string>();
  let canPullConfiguration = false;
  let usesPullDiagnostics = false;
  let globalSettings: unknown;
  let workspaceFolders: WorkspaceFolder[] = [];
  let supportsFolderChanges = false;

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    usesPullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    supportsFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [SHOW_HEADLINE_COMMAND] },
        ...(usesPullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'support-tone' },
    };
  });

  connection.onInitialized(() => {
    if (!supportsFolderChanges) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      workspaceFolders = [
        ...workspaceFolders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)),
        ...event.added,
      ];
    });
  });

  /**
   * One settings object per distinct value, so documents with the same settings share one
   * compiled phrase index instead of building one each.
   */
  function sharedSettings(raw: unknown): EditorSettings {
    const key = JSON.stringify(raw ?? null);
    let settings = settingsByValue.get(key);
    if (!settings) settingsByValue.set(key, (settings = normalizeSettings(raw)));
    return settings;
  }

  /** `supportTone.*` for one document (per resource, so multi-root folders can differ). */
  function settingsFor(uri: string): Promise<EditorSettings> {
    let settings = editorSettings.get(uri);
    if (!settings) {
      settings = canPullConfiguration
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'supportTone' })
            .then(sharedSettings, () => sharedSettings(undefined))
        : Promise.resolve(sharedSettings((globalSettings as { supportTone?: unknown } | undefined)?.supportTone));
      editorSettings.set(uri, settings);
    }
    return settings;
  }

  function engineSettings(editor: EditorSettings, config: LoadedConfig): ToneSettings {
    let byConfig = mergedSettings.get(editor);
    if (!byConfig) mergedSettings.set(editor, (byConfig = new WeakMap()));
    let settings = byConfig.get(config);
    if (!settings)
      byConfig.set(
        config,
        (settings = Object.freeze({ ...mergeSettings(editor.layer, config.settings), maxDocumentLength: editor.maxDocumentSize })),
      );
    return settings;
  }

  function workspaceFolderOf(path: string): string | undefined {
    const folders = workspaceFolders.map((folder) => URI.parse(folder.uri).fsPath).filter((folder) => path.startsWith(folder + sep));
    return folders.sort((a, b) => b.length - a.length)[0];
  }

  function kindFromEditorGlobs(editor: EditorSettings, path: string): KindDecision | undefined {
    return kindFromGlobList(
      editor.kinds,
      workspaceFolderOf(path) ?? dirname(path),
      path,
      (kind, glob) => `setting supportTone.kinds.${kind} glob '${glob}'`,
    );
  }

  /** Publishes config mistakes on the config files themselves, and clears fixed ones. */
  function publishConfigProblems(): void {
    const withProblems = new Set<string>();
    for (const problem of configs.problems()) withProblems.add(problem.file);
    for (const file of new Set([...withProblems, ...publishedConfigProblems])) {
      const problems = configs.problems().filter((problem) => problem.file === file);
      const text = configs.read(file).path ? readText(file) : undefined;
      const lines = text === undefined ? undefined : new LineIndex(text);
      void connection.sendDiagnostics({
        uri: URI.file(file).toString(),
        diagnostics: problems.map((problem) => configDiagnostic(problem, lines)),
      });
    }
    publishedConfigProblems = withProblems;
  }

  async function check(document: TextDocument, state: DocumentState): Promise<CheckedDocument> {
    const uri = URI.parse(document.uri);
    const path = uri.scheme === 'file' ? uri.fsPath : undefined;
    const editor = await settingsFor(document.uri);
    const config = path ? configs.forFolder(dirname(path)) : NO_CONFIG;
    const kind = path ? (kindFromGlobs(config, path) ?? kindFromEditorGlobs(editor, path)) : undefined;
    const text = document.getText();
    const options: CheckOptions = {
      format: path?.toLowerCase().endsWith('.txt') || document.languageId === 'plaintext' ? 'plaintext' : 'markdown',
      settings: engineSettings(editor, config),
      kind,
      fileName: path ?? uri.path,
    };
    const result = state.checker.check(text, options);
    for (const failure of result.ruleFailures ?? []) {
      if (reportedRuleFailures.has(failure.ruleId)) continue;
      reportedRuleFailures.add(failure.ruleId);
      connection.console.error(
        `Support Tone: the rule ${failure.ruleId} failed (${failure.message}) on ${document.uri}; the other rules still run.`,
      );
    }
    const lines = new LineIndex(text);
    // Config mistakes are published once per config file load, not on every keystroke.
    if (config.path && !configsPublished.has(config.path)) {
      configsPublished.add(config.path);
      if (config.problems.length > 0 || publishedConfigProblems.size > 0) publishConfigProblems();
    }
    return {
      version: document.version,
      resultId: `${generation}:${document.version}`,
      text,
      lines,
      result,
      diagnostics: toDiagnostics(result, lines, rulesById),
      options,
    };
  }

  /** The check of the document's current version: reused, joined while running, or started. */
  function checked(document: TextDocument): Promise<CheckedDocument> {
    let state = states.get(document.uri);
    if (!state) states.set(document.uri, (state = { checker: createChecker(rules) }));
    if (state.checked?.version === document.version && state.checked.resultId.startsWith(`${generation}:`))
      return Promise.resolve(state.checked);
    if (state.running?.version === document.version && state.running.generation === generation) return state.running.promise;
    const current = state;
    const promise = check(document, current).then((result) => {
      if (!current.checked || current.checked.version <= result.version) current.checked = result;
      // A document only opened, never edited, needs no cache for incremental re-checks.
      if (document.version > 1 || warm.includes(document.uri)) keepWarm(document.uri);
      else current.checker.forget();
      return result;
    });
    current.running = { version: document.version, generation, promise };
    return promise;
  }

  /**
   * Only the most recently checked documents keep their block cache (what makes a keystroke
   * cheap); the others drop it, so many open documents do not hold every parse in memory.
   */
  function keepWarm(uri: string): void {
    const at = warm.indexOf(uri);
    if (at >= 0) warm.splice(at, 1);
    warm.push(uri);
    while (warm.length > WARM_DOCUMENTS) states.get(warm.shift()!)?.checker.forget();
  }

  /** Checks soon, coalescing changes: a version superseded before its turn is never checked. */
  function schedule(uri: string): void {
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    setImmediate(() => {
      scheduled.delete(uri);
      const document = documents.get(uri);
      if (!document || !SELECTED_LANGUAGES.has(document.languageId)) return;
      void checked(document).then(
        (result) => {
          const latest = documents.get(uri);
          if (usesPullDiagnostics || latest?.version !== result.version) return;
          void connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
        },
        (error: unknown) =>
          connection.console.error(
            `Support Tone could not check ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
          ),
      );
    });
  }

  function recheckAll(): void {
    generation++;
    configs = new ConfigResolver(nodeConfigHost);
    configsPublished = new Set();
    if (usesPullDiagnostics) void connection.languages.diagnostics.refresh();
    for (const document of documents.all()) schedule(document.uri);
    publishConfigProblems();
  }

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    states.delete(event.document.uri);
    if (warm.includes(event.document.uri)) warm.splice(warm.indexOf(event.document.uri), 1);
    editorSettings.delete(event.document.uri);
    if (!usesPullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    globalSettings = change.settings;
    editorSettings.clear();
    settingsByValue.clear();
    recheckAll();
  });
  connection.onDidChangeWatchedFiles(() => recheckAll());

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const result = await checked(document);
    if (params.previousResultId === result.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: result.resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId: result.resultId, items: result.diagnostics };
  });

  connection.languages.diagnostics.onWorkspace(async () => ({
    items: await Promise.all(
      documents
        .all()
        .filter((document) => SELECTED_LANGUAGES.has(document.languageId))
        .map(async (document) => {
          const result = await checked(document);
          return {
            kind: DocumentDiagnosticReportKind.Full,
            uri: document.uri,
            version: document.version,
            resultId: result.resultId,
            items: result.diagnostics,
          };
        }),
    ),
  }));

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const result = await checked(document);
    const uri = URI.parse(document.uri);
    const path = uri.scheme === 'file' ? uri.fsPath : undefined;
    return codeActions({
      uri: document.uri,
      text: result.text,
      isMarkdown: result.options.format === 'markdown',
      diagnostics: params.context.diagnostics,
      only: params.context.only,
      fixAll: () => fixAll(result.text, (text) => createChecker(rules).check(text, result.options).findings),
      allowPhrase: path
        ? (ruleId, phrase) => {
            const config = configs.forFolder(dirname(path));
            return allowPhraseEdit(
              config.path ?? join(workspaceFolderOf(path) ?? dirname(path), CONFIG_FILE_NAME),
              config.path !== undefined,
              ruleId,
              phrase,
            );
          }
        : undefined,
    });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = await checked(document);
    const offset = document.offsetAt(params.position);
    const finding = result.result.findings.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    const rule = finding && rulesById.get(finding.ruleId);
    return rule && finding ? { ...ruleHover(rule, finding.message), range: result.lines.rangeOf(finding) } : null;
  });

  connection.onRequest(HeadlinesRequest.method, async (params: HeadlinesParams): Promise<HeadlinesResult | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = await checked(document);
    return toHeadlines(document.uri, result.version, result.result, result.lines, result.options.settings!.companyName);
  });

  connection.onCodeLens(async (params): Promise<CodeLens[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const result = await checked(document);
    const headlines = toHeadlines(document.uri, result.version, result.result, result.lines, result.options.settings!.companyName);
    return headlines.drafts.map((draft) => ({
      range: draft.lensRange,
      command: { title: lensTitle(draft), command: SHOW_HEADLINE_COMMAND, arguments: [draft.headline] },
    }));
  });

  connection.onExecuteCommand((params) => {
    // A notification, not a request: editors such as Neovim would block on a request's prompt.
    if (params.command === SHOW_HEADLINE_COMMAND)
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: String(params.arguments?.[0] ?? ''),
      });
  });

  documents.listen(connection);
  connection.listen();
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
