import type { ParsedConfig } from '../config/parseConfig';
import { DEFAULT_SETTINGS, type RuleSettings } from '../engine/settings';
import { SEVERITIES, type Severity } from '../engine/model';

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
    maxDocumentSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxDocumentLength,
  };
}
