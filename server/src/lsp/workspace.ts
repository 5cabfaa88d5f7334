import { formatById, formatOf, isCheckedDocument, namedReplyFilters, type FormatId } from '../shared/formats';
import type { InitializationOptions } from '../shared/protocol';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type Connection,
  type DidChangeWatchedFilesParams,
  type DocumentFilter,
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
  formatFromGlobs,
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
import { ReplyFileRegistration } from './replyFiles';
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
  /** Config files known to exist (named by the client, found for a folder or a document, created since): their `formats` globs. */
  private readonly configFiles = new Set<string>();
  private schemes: readonly string[] = ['file'];
  private replyFiles?: ReplyFileRegistration;
  /** The registration under way: one at a time, so an older selector never lands after a newer one. */
  private registering: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly host: { config: ConfigHost; paths: DocumentPaths },
    private readonly pack: LanguagePack,
  ) {
    this.configs = new ConfigResolver(host.config, pack);
    this.editorSettings = new EditorSettingsStore(connection);
  }

  initialize(params: InitializeParams, pullDiagnostics: boolean): void {
    this.editorSettings.setCanPull(params.capabilities.workspace?.configuration === true);
    this.canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.documentSchemes?.length) this.schemes = options.documentSchemes;
    for (const uri of options.configFiles ?? []) {
      const path = this.host.paths.pathOf(URI.parse(uri));
      if (path) this.configFiles.add(path);
    }
    this.replyFiles = new ReplyFileRegistration(this.connection, params.capabilities, pullDiagnostics);
  }

  /** Whether the diagnostics of JSON and YAML files of replies are pulled through their own registration. */
  get replyFilesPullDiagnostics(): boolean {
    return this.replyFiles?.pullsDiagnostics === true;
  }

  /**
   * Asks the client for the JSON and YAML files of replies: by name on its file systems, and those the `formats` globs of the
   * known config files name (each glob relative to its config's folder, in the languages of its format). Reads the configs
   * of the workspace folders and the known config files first.
   */
  registerReplyFiles(): Promise<void> {
    const replyFiles = this.replyFiles;
    if (!replyFiles?.supported) return Promise.resolve();
    this.registering = this.registering
      .then(async () => {
        for (const folder of this.folders.flatMap((each) => this.host.paths.pathOf(URI.parse(each.uri)) ?? [])) {
          const config = await this.configFor((resolver) => resolver.forFolder(folder));
          if (config.path) this.configFiles.add(config.path);
        }
        const configs: LoadedConfig[] = [];
        for (const path of this.configFiles) configs.push(await this.configFor((resolver) => resolver.read(path)));
        replyFiles.update(this.replyFileSelector(configs));
      })
      .catch((error: unknown) => this.connection.console.error(`Support Tone could not read the configs' formats globs: ${String(error)}`));
    return this.registering;
  }

  private replyFileSelector(configs: readonly LoadedConfig[]): DocumentFilter[] {
    const routed = configs.flatMap((config) => {
      if (!config.path) return [];
      const baseUri = Utils.dirname(this.host.paths.uriOf(config.path)).toString();
      return (Object.entries(config.formats) as [FormatId, string[]][]).flatMap(([format, globs]) =>
        formatById(format).languageIds.flatMap((language) => globs.map((pattern) => ({ language, pattern: { baseUri, pattern } }))),
      );
    });
    return [...namedReplyFilters(this.schemes), ...routed];
  }

  /** Keeps the known config files up to date with the client's file events (created and deleted `.support-tone.json` files). */
  configFilesChanged(params: DidChangeWatchedFilesParams): void {
    for (const change of params.changes) {
      const path = this.host.paths.pathOf(URI.parse(change.uri));
      if (!path?.endsWith(CONFIG_FILE_NAME)) continue;
      if (change.type === FileChangeType.Deleted) this.configFiles.delete(path);
      else this.configFiles.add(path);
    }
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

  /** What a check of the document depends on; undefined for a document the server does not check (see isCheckedDocument). */
  async checkSetupFor(document: TextDocument): Promise<CheckSetup | undefined> {
    const uri = URI.parse(document.uri);
    const path = this.host.paths.pathOf(uri);
    const config = path ? await this.configFor((resolver) => resolver.forFile(path)) : this.configs.none;
    // Config mistakes are published once per config file load, not on every keystroke.
    if (config.path && !this.publishedSinceLoad.has(config.path)) {
      this.publishedSinceLoad.add(config.path);
      this.watch(config.files);
      if (config.problems.length > 0 || this.filesWithProblemsShown.size > 0) this.publishConfigProblems();
      if (!this.configFiles.has(config.path)) {
        this.configFiles.add(config.path);
        void this.registerReplyFiles();
      }
    }
    const routed = path ? formatFromGlobs(config, path) : undefined;
    if (!isCheckedDocument(document, routed !== undefined)) return undefined;
    const editor = await this.editorSettings.for(document.uri);
    const options = {
      format: routed?.format ?? formatOf({ path, languageId: document.languageId }).id,
      ...(routed ? { formatReason: routed.reason } : {}),
      settings: this.engineSettings(editor, config),
      kind: path ? (kindFromGlobs(config, path) ?? this.kindFromEditorGlobs(editor, path)) : undefined,
      language: path ? languageFromGlobs(config, path) : undefined,
      fileName: path ?? uri.path,
    };
    return { options, rules: config.rules };
  }

  /**
   * A config the resolver loads (for a document file, a folder, or a config file itself); with a host that reads through the
   * client, once it has fetched every file the config needs.
   */
  private configFor(load: (resolver: ConfigResolver) => LoadedConfig): LoadedConfig | Promise<LoadedConfig> {
    if (!this.host.config.fetchMissing) return load(this.configs);
    // One at a time: a resolution that waits for files must not hand its half-read configs to another.
    const config = this.resolving.then(() => this.fetchConfig(load));
    this.resolving = config.catch(() => undefined);
    return config;
  }

  private async fetchConfig(load: (resolver: ConfigResolver) => LoadedConfig): Promise<LoadedConfig> {
    // A throwaway resolver finds what the config needs, so the workspace's own (whose configs'
    // problems are on display) never keeps a config read before its files arrived.
    do load(new ConfigResolver(this.host.config, this.pack));
    while (await this.host.config.fetchMissing?.());
    return load(this.configs);
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
