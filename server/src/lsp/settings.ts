import type { Connection } from 'vscode-languageserver';
import type { ParsedConfig } from '../config/parseConfig';
import { DEFAULT_SETTINGS, type RuleSettings } from '../engine/settings';
import { DOCUMENT_KINDS, SEVERITIES, type Severity } from '../engine/model';

/** The editor's `supportTone.*` settings, validated: anything malformed falls back to the default. */
export interface EditorSettings {
  layer: ParsedConfig['settings'];
  kinds: { reply: string[]; article: string[] };
  maxDocumentSize: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const isSeverity = (value: unknown): value is Severity | 'off' => value === 'off' || SEVERITIES.includes(value as Severity);

/** Reads raw `supportTone` settings (from `workspace/configuration`) into typed values with defaults. */
export function normalizeSettings(raw: unknown): EditorSettings {
  const settings = isRecord(raw) ? raw : {};
  const layer: ParsedConfig['settings'] = { rules: {} };
  if (typeof settings.companyName === 'string' && settings.companyName.trim() !== '') layer.companyName = settings.companyName.trim();
  if (isRecord(settings.rules)) {
    for (const [ruleId, value] of Object.entries(settings.rules)) {
      const rule: RuleSettings = {};
      if (isSeverity(value)) rule.severity = value;
      else if (isRecord(value)) {
        if (isSeverity(value.severity)) rule.severity = value.severity;
        for (const kind of DOCUMENT_KINDS) if (isSeverity(value[kind])) rule[kind] = value[kind];
        if (Array.isArray(value.extraPhrases)) rule.extraPhrases = strings(value.extraPhrases);
        if (Array.isArray(value.allowPhrases)) rule.allowPhrases = strings(value.allowPhrases);
      }
      if (Object.keys(rule).length > 0) layer.rules![ruleId] = rule;
    }
  }
  const kinds = isRecord(settings.kinds) ? settings.kinds : {};
  const size = settings.maxDocumentSize;
  return {
    layer,
    kinds: { reply: strings(kinds.reply), article: strings(kinds.article) },
    maxDocumentSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxDocumentSize,
  };
}

/** The editor settings of open documents: fetched once per document, one object per distinct value. */
export class EditorSettingsStore {
  private canPull = false;
  private pushed: unknown;
  private readonly byDocument = new Map<string, Promise<EditorSettings>>();
  private readonly byValue = new Map<string, EditorSettings>();

  constructor(private readonly connection: Connection) {}

  /** Whether the client answers `workspace/configuration`; otherwise settings come with `didChangeConfiguration`. */
  setCanPull(canPull: boolean): void {
    this.canPull = canPull;
  }

  /** `supportTone.*` for one document (per resource, so multi-root folders can differ). */
  for(uri: string): Promise<EditorSettings> {
    let settings = this.byDocument.get(uri);
    if (!settings) {
      settings = this.canPull
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'supportTone' }).then(
            (raw) => this.shared(raw),
            () => this.shared(undefined),
          )
        : Promise.resolve(this.shared((this.pushed as { supportTone?: unknown } | undefined)?.supportTone));
      this.byDocument.set(uri, settings);
    }
    return settings;
  }

  /** New settings: pushed ones, or a signal to pull them again. */
  change(pushed: unknown): void {
    this.pushed = pushed;
    this.byDocument.clear();
    this.byValue.clear();
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  /** Documents with equal settings share one object, and so one compiled phrase index. */
  private shared(raw: unknown): EditorSettings {
    const key = JSON.stringify(raw ?? null);
    let settings = this.byValue.get(key);
    if (!settings) this.byValue.set(key, (settings = normalizeSettings(raw)));
    return settings;
  }
}
