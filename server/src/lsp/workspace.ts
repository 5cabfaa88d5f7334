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
import type { DocumentPaths } from './paths';
import { EditorSettingsStore, type EditorSettings } from './settings';

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
  /** The config resolution under way, for a host that fetches files (see configFor). */
  private resolving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly host: { config: ConfigHost; paths: DocumentPaths },
    private readonly pack: LanguagePack,
  ) {
    this.configs = new ConfigResolver(host.config, pack);
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
    this.host.config.forget?.();
    this.configs = new ConfigResolver(this.host.config, this.pack);
    this.publishedSinceLoad = new Set();
  }

  async checkSetupFor(document: TextDocument): Promise<CheckSetup> {
    const uri = URI.parse(document.uri);
    const path = this.host.paths.pathOf(uri);
    const editor = await this.editorSettings.for(document.uri);
    const config = path ? await this.configFor(path) : this.configs.none;
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

  /** The config for a document file; with a host that reads through the client, once it has fetched every file the config needs. */
  private configFor(path: string): LoadedConfig | Promise<LoadedConfig> {
    if (!this.host.config.fetchMissing) return this.configs.forFile(path);
    // One at a time: a resolution that waits for files must not hand its half-read configs to another.
    const config = this.resolving.then(() => this.fetchConfigFor(path));
    this.resolving = config.catch(() => undefined);
    return config;
  }

  private async fetchConfigFor(path: string): Promise<LoadedConfig> {
    // A throwaway resolver finds what the config needs, so the workspace's own (whose configs'
    // problems are on display) never keeps a config read before its files arrived.
    do new ConfigResolver(this.host.config, this.pack).forFile(path);
    while (await this.host.config.fetchMissing?.());
    return this.configs.forFile(path);
  }

  /** Publishes config mistakes on the config files themselves, and clears fixed ones. */
  publishConfigProblems(): void {
    const problems = this.configs.problems();
    const withProblems = new Set(problems.map((problem) => problem.file));
    for (const file of new Set([...withProblems, ...this.filesWithProblemsShown])) {
      const text = this.readText(file);
      const lines = text === undefined ? undefined : new LineIndex(text);
      void this.connection.sendDiagnostics({
        uri: this.host.paths.uriOf(file).toString(),
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
        const uri = this.host.paths.uriOf(file);
        return { globPattern: { baseUri: Utils.dirname(uri).toString(), pattern: Utils.basename(uri) } };
      }),
    });
  }

  /** The edit that allows a phrase in the document's config file (created if there is none); files on disk only. */
  allowPhraseFor(documentUri: string): ((ruleId: string, phrase: string) => WorkspaceEdit) | undefined {
    const path = this.host.paths.pathOf(URI.parse(documentUri));
    if (!path) return undefined;
    return (ruleId, phrase) => {
      const config = this.configs.forFile(path);
      const configPath = config.path ?? configFileIn(this.baseFolderOf(path));
      return allowPhraseEdit(
        this.host.paths.uriOf(configPath).toString(),
        config.path === undefined ? undefined : this.readText(config.path),
        ruleId,
        phrase,
      );
    };
  }

  private baseFolderOf(filePath: string): string {
    return baseFolderOf(
      filePath,
      this.folders.flatMap((folder) => this.host.paths.pathOf(URI.parse(folder.uri)) ?? []),
    );
  }

  private kindFromEditorGlobs(editor: EditorSettings, path: string): KindDecision | undefined {
    const reason = (kind: string, glob: string) => `setting supportTone.kinds.${kind} glob '${glob}'`;
    return kindFromGlobList(editor.kinds, this.baseFolderOf(path), path, reason);
  }

  private readText(path: string): string | undefined {
    try {
      return this.host.config.readFile(path);
    } catch {
      return undefined;
    }
  }

  private engineSettings(editor: EditorSettings, config: LoadedConfig): ToneSettings {
    let byConfig = this.mergedSettings.get(editor);
    if (!byConfig) this.mergedSettings.set(editor, (byConfig = new WeakMap()));
    let settings = byConfig.get(config);
    if (!settings) {
      settings = Object.freeze({ ...mergeSettings(editor.layer, config.settings), maxDocumentSize: editor.maxDocumentSize });
      byConfig.set(config, settings);
    }
    return settings;
  }
}
