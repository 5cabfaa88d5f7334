import { formatOf } from '../shared/formats';
import {
  DidChangeWatchedFilesNotification,
  type Connection,
  type InitializeParams,
  type WorkspaceEdit,
  type WorkspaceFolder,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI, Utils } from 'vscode-uri';
import type { ConfigHost } from '../config/host';
import {
  baseFolderOf,
  configFileIn,
  CONFIG_FILE_NAME,
  ConfigResolver,
  kindFromGlobList,
  kindFromGlobs,
  languageFromGlobs,
  type LoadedConfig,
} from '../config/loadConfig';
import { mergeSettings } from '../config/parseConfig';
import type { LanguagePack } from '../engine/pack';
import { LineIndex } from '../engine/lineIndex';
import type { ToneSettings } from '../engine/settings';
import type { KindDecision } from '../engine/model';
import { allowPhraseEdit } from './configEdits';
import { configDiagnostic } from './diagnostics';
import type { CheckSetup } from './documents';
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
  /** Whether the client watches files the server names (for style files outside the client's own watcher). */
  private canWatch = false;
  /** Style files the client has been asked to watch. */
  private readonly watched = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly host: ConfigHost,
    private readonly pack: LanguagePack,
  ) {
    this.configs = new ConfigResolver(host, pack);
    this.editorSettings = new EditorSettingsStore(connection);
  }

  initialize(params: InitializeParams): void {
    this.editorSettings.setCanPull(params.capabilities.workspace?.configuration === true);
    this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  }

  changeFolders(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.map((folder) => folder.uri));
    this.folders = [...this.folders.filter((folder) => !removed.has(folder.uri)), ...event.added];
  }

  /** Forgets every config file read, so the next checks read them again. */
  reloadConfigs(): void {
    this.configs = new ConfigResolver(this.host, this.pack);
    this.publishedSinceLoad = new Set();
  }

  async checkSetupFor(document: TextDocument): Promise<CheckSetup> {
    const uri = URI.parse(document.uri);
    const path = filePathOf(uri);
    const editor = await this.editorSettings.for(document.uri);
    const config = path ? this.configs.forFile(path) : this.configs.none;
    // Config mistakes are published once per config file load, not on every keystroke.
    if (config.path && !this.publishedSinceLoad.has(config.path)) {
      this.publishedSinceLoad.add(config.path);
      this.watch(config.files);
      if (config.problems.length > 0 || this.filesWithProblemsShown.size > 0) this.publishConfigProblems();
    }
    const options = {
      format: formatOf({ path, languageId: document.languageId }).id,
      settings: this.engineSettings(editor, config),
      kind: path ? (kindFromGlobs(config, path) ?? this.kindFromEditorGlobs(editor, path)) : undefined,
      language: path ? languageFromGlobs(config, path) : undefined,
      fileName: path ?? uri.path,
    };
    return { options, rules: config.rules };
  }

  /** Publishes config mistakes on the config files themselves, and clears fixed ones. */
  publishConfigProblems(): void {
    const problems = this.configs.problems();
    const withProblems = new Set(problems.map((problem) => problem.file));
    for (const file of new Set([...withProblems, ...this.filesWithProblemsShown])) {
      const text = this.readText(file);
      const lines = text === undefined ? undefined : new LineIndex(text);
      void this.connection.sendDiagnostics({
        uri: URI.file(file).toString(),
        diagnostics: problems.filter((problem) => problem.file === file).map((problem) => configDiagnostic(problem, lines)),
      });
    }
    this.filesWithProblemsShown = withProblems;
  }

  /**
   * Asks the client to report changes to the style files a config extends (its own watcher sees
   * only `.support-tone.json` files), so editing a style file re-checks open documents.
   */
  private watch(files: readonly string[]): void {
    const fresh = files.filter((file) => !file.endsWith(CONFIG_FILE_NAME) && !this.watched.has(file));
    if (!this.canWatch || fresh.length === 0) return;
    for (const file of fresh) this.watched.add(file);
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: fresh.map((file) => {
        const uri = URI.file(file);
        return { globPattern: { baseUri: Utils.dirname(uri).toString(), pattern: Utils.basename(uri) } };
      }),
    });
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
