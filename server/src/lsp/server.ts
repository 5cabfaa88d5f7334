import { formatById, formatOf } from '../shared/formats';
import {
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeLens,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker } from '../api';
import type { ConfigHost } from '../config/host';
import { fixAll } from '../engine/edits';
import { UNSUPPORTED_LANGUAGE } from '../engine/checker';
import type { LanguagePack } from '../engine/pack';
import type { Rule } from '../engine/rule';
import { DEFAULT_PACK, packFor } from '../api';
import { lensTitle } from '../shared/presentation';
import { HeadlinesRequest, SHOW_HEADLINE_COMMAND, type HeadlinesParams, type HeadlinesResult } from '../shared/protocol';
import { codeActions } from './codeActions';
import { DocumentStore, type Scheduler } from './documents';
import { toHeadlines } from './headlines';
import { noticeHover, ruleHover } from './hover';
import type { DocumentPaths } from './paths';
import { CODE_ACTION_OPTIONS } from './replyFiles';
import { Workspace } from './workspace';

/** What the server needs from the platform it runs on (see main.node.ts and main.browser.ts). */
export interface ServerHost {
  config: ConfigHost;
  paths: DocumentPaths;
  schedule: Scheduler;
}

/** Wires the language server to a connection (stdio, IPC or any other transport). */
export function startServer(connection: Connection, host: ServerHost, pack: LanguagePack = DEFAULT_PACK): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace(connection, host, pack);
  let usesPullDiagnostics = false;
  const store = new DocumentStore({
    documents,
    setupFor: (document) => workspace.checkSetupFor(document),
    schedule: host.schedule,
    onFreshResult: (uri, checked) => {
      if (!usesPullDiagnostics) void connection.sendDiagnostics({ uri, version: checked.version, diagnostics: checked.diagnostics });
    },
    logError: (message) => connection.console.error(message),
  });

  /** An open document and its current check; undefined for a document the client has not opened or the server does not check. */
  async function checkedOpenDocument(uri: string) {
    const document = documents.get(uri);
    const checked = document && (await store.resultFor(document));
    return document && checked && { document, checked };
  }

  /** The rule that explains a finding in a draft: the pack's of the draft's language, else the document's own (team rules included). */
  function ruleOf(language: string, ruleId: string, rulesById: ReadonlyMap<string, Rule>): Rule | undefined {
    const packRule = language === DEFAULT_PACK.id ? undefined : packFor(language)?.rules.find((each) => each.id === ruleId);
    return packRule ?? rulesById.get(ruleId);
  }

  async function headlinesOf(uri: string): Promise<HeadlinesResult | null> {
    const open = await checkedOpenDocument(uri);
    if (!open) return null;
    const { result, lines, options, version, rulesById } = open.checked;
    return toHeadlines(open.document.uri, version, result, lines, options.settings!.companyName, {
      ruleOf: (language, ruleId) => ruleOf(language, ruleId, rulesById),
      wordsOf: (language) => {
        const pack = packFor(language) ?? DEFAULT_PACK;
        return { language: pack.id, counts: pack.messages.counts, preview: pack.messages.preview };
      },
    });
  }

  function reloadAll(): void {
    workspace.reloadConfigs();
    store.recheckAll();
    if (usesPullDiagnostics) void connection.languages.diagnostics.refresh();
    workspace.publishConfigProblems();
    void workspace.registerReplyFiles();
  }

  let supportsFolderChanges = false;
  connection.onInitialize((params): InitializeResult => {
    usesPullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    supportsFolderChanges = params.capabilities.workspace?.workspaceFolders === true;
    workspace.initialize(params, usesPullDiagnostics);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: CODE_ACTION_OPTIONS,
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
    if (supportsFolderChanges)
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        workspace.changeFolders(event);
        void workspace.registerReplyFiles();
      });
    void workspace.registerReplyFiles();
  });

  documents.onDidOpen((event) => store.scheduleCheck(event.document.uri));
  documents.onDidChangeContent((event) => store.scheduleCheck(event.document.uri));
  documents.onDidClose((event) => {
    store.forget(event.document.uri);
    workspace.editorSettings.forget(event.document.uri);
    if (!usesPullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration((change) => {
    workspace.editorSettings.change(change.settings);
    reloadAll();
  });
  connection.onDidChangeWatchedFiles((params) => {
    workspace.configFilesChanged(params);
    reloadAll();
  });

  connection.languages.diagnostics.on(async (params) => {
    const open = await checkedOpenDocument(params.textDocument.uri);
    if (!open) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const { resultId, diagnostics } = open.checked;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnostics };
  });
  connection.languages.diagnostics.onWorkspace(async () => ({
    // JSON and YAML files of replies pulled through their own registration are not reported twice.
    items: (await store.checkedDocuments())
      .filter(({ document }) => !(workspace.replyFilesPullDiagnostics && formatOf({ languageId: document.languageId }).only))
      .map(({ document, checked: { resultId, diagnostics } }) => ({
        kind: DocumentDiagnosticReportKind.Full,
        uri: document.uri,
        version: document.version,
        resultId,
        items: diagnostics,
      })),
  }));

  connection.onCodeAction(async (params) => {
    const open = await checkedOpenDocument(params.textDocument.uri);
    if (!open) return [];
    const { text, options, rulesById } = open.checked;
    return codeActions({
      uri: open.document.uri,
      text,
      supportsCommentDirectives: formatById(options.format).supportsCommentDirectives,
      diagnostics: params.context.diagnostics,
      only: params.context.only,
      fixAll: () => fixAll(text, (fixed) => createChecker([...rulesById.values()]).check(fixed, options).findings),
      allowPhrase: workspace.allowPhraseFor(open.document.uri),
    });
  });
  connection.onHover(async (params) => {
    const open = await checkedOpenDocument(params.textDocument.uri);
    if (!open) return null;
    const offset = open.document.offsetAt(params.position);
    const finding = open.checked.result.findings.find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (!finding) return null;
    const language = open.checked.result.drafts[finding.draft].language;
    const range = open.checked.lines.rangeOf(finding);
    const words = (packFor(language.language) ?? DEFAULT_PACK).messages.hover;
    if (finding.ruleId === UNSUPPORTED_LANGUAGE) return { ...noticeHover(finding.message, language, words), range };
    const rule = ruleOf(language.language, finding.ruleId, open.checked.rulesById);
    return rule ? { ...ruleHover(rule, finding.message, language, words), range } : null;
  });
  connection.onRequest(HeadlinesRequest.method, (params: HeadlinesParams) => headlinesOf(params.textDocument.uri));
  connection.onCodeLens(async (params): Promise<CodeLens[]> => {
    const headlines = await headlinesOf(params.textDocument.uri);
    return (headlines?.drafts ?? []).map((draft) => ({
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
