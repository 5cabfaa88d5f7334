import { formatOf } from '../shared/formats';
import type { Connection, InitializeParams, WorkspaceEdit, WorkspaceFolder, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { ConfigHost } from '../config/host';
import {
  baseFolderOf,
  configFileIn,
  ConfigResolver,
  kindFromGlobList,
  kindFromGlobs,
  languageFromGlobs,
  NO_CONFIG,
  type LoadedConfig,
} from '../config/loadConfig';
import { mergeSettings } from '../config/parseConfig';
import type { CheckOptions } from '../engine/checker';
import { LineIndex } from '../engine/lineIndex';
import type { ToneSettings } from '../engine/settings';
import type { KindDecision } from '../engine/model';
import { allowPhraseEdit } from './configEdits';
import { configDiagnostic } from './diagnostics';
import { EditorSettingsStore, type EditorSettings } from './settings';

/** The path of a `file:` document; untitled and virtual documents have none. */
function filePathOf(uri: URI): string | undefined {
  return uri.scheme === 'file' ? uri.fsPath : undefined;
}

/** Everything a check depends on besides the text: editor settings, config files (and their problems) and workspace folders. */
export class Workspace {
  readonly editorSettings: EditorSettingsStore;
  private folders: WorkspaceFolder[] = [];
  private readonly mergedSettings = new WeakMap<EditorSettings, WeakMap<LoadedConfig, ToneSettings>>();
  private configs: ConfigResolver;
  /** Config files with problems on display. */
  private filesWithProblemsShown = new Set<string>();
  /** Config files whose problems were published since they were (re)loaded. */
  private publishedSinceLoad = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly host: ConfigHost,
  ) {
    this.configs = new ConfigResolver(host);
    this.editorSettings = new EditorSettingsStore(connection);
  }

  initialize(params: InitializeParams): void {
    this.editorSettings.setCanPull(params.capabilities.workspace?.configuration === true);
    this.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  }

  changeFolders(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((folder) => folder.uri));
    this.folders = [...this.folders.filter((folder) => !removed.has(folder.uri)), ...event.added];
  }

  /** Forgets every config file read, so the next checks read them again. */
  reloadConfigs(): void {
    this.configs = new ConfigResolver(this.host);
    this.publishedSinceLoad = new Set();
  }

  async checkOptionsFor(document: TextDocument): Promise<CheckOptions> {
    const uri = URI.parse(document.uri);
    const path = filePathOf(uri);
    const editor = await this.editorSettings.for(document.uri);
    const config = path ? this.configs.forFile(path) : NO_CONFIG;
    // Config mistakes are published once per config file load, not on every keystroke.
    if (config.path && !this.publishedSinceLoad.has(config.path)) {
      this.publishedSinceLoad.add(config.path);
      if (config.problems.length > 0 || this.filesWithProblemsShown.size > 0) this.publishConfigProblems();
    }
    return {
      format: formatOf({ path, languageId: document.languageId }).id,
      settings: this.engineSettings(editor, config),
      kind: path ? (kindFromGlobs(config, path) ?? this.kindFromEditorGlobs(editor, path)) : undefined,
      language: path ? languageFromGlobs(config, path) : undefined,
      fileName: path ?? uri.path,
    };
  }

  /** Publishes config mistakes on the config files themselves, and clears fixed ones. */
  publishConfigProblems(): void {
    const problems = this.configs.problems();
    const withProblems = new Set(problems.map((problem) => problem.file));
    for (const file of new Set([...withProblems, ...this.filesWithProblemsShown])) {
      const text = this.configs.read(file).path ? this.readText(file) : undefined;
      const lines = text === undefined ? undefined : new LineIndex(text);
      void this.connection.sendDiagnostics({
        uri: URI.file(file).toString(),
        diagnostics: problems.filter((problem) => problem.file === file).map((problem) => configDiagnostic(problem, lines)),
      });
    }
    this.filesWithProblemsShown = withProblems;
  }

  /** The edit that allows a phrase in the document's config file (created if there is none); files on disk only. */
  allowPhraseFor(documentUri: string): ((ruleId: string, phrase: string) => WorkspaceEdit) | undefined {
    const path = filePathOf(URI.parse(documentUri));
    if (!path) return undefined;
    return (ruleId, phrase) => {
      const config = this.configs.forFile(path);
      const configPath = config.path ?? configFileIn(this.baseFolderOf(path));
      return allowPhraseEdit(configPath, config.path === undefined ? undefined : this.readText(config.path), ruleId, phrase);
    };
  }

  private baseFolderOf(filePath: string): string {
    return baseFolderOf(
      filePath,
      this.folders.map((folder) => URI.parse(folder.uri).fsPath),
    );
  }

  private kindFromEditorGlobs(editor: EditorSettings, path: string): KindDecision | undefined {
    const reason = (kind: string, glob: string) => `setting supportTone.kinds.${kind} glob '${glob}'`;
    return kindFromGlobList(editor.kinds, this.baseFolderOf(path), path, reason);
  }

  private readText(path: string): string | undefined {
    try {
      return this.host.readFile(path);
    } catch {
      return undefined;
    }
  }

  private engineSettings(editor: EditorSettings, config: LoadedConfig): ToneSettings {
    let byConfig = this.mergedSettings.get(editor);
    if (!byConfig) this.mergedSettings.set(editor, (byConfig = new WeakMap()));
    let settings = byConfig.get(config);
    if (!settings) {
      settings = Object.freeze({ ...mergeSettings(editor.layer, config.settings), maxDocumentLength: editor.maxDocumentSize });
      byConfig.set(config, settings);
    }
    return settings;
  }
}
