import { createHash } from 'node:crypto';
import type { JsonFile, JsonFinding } from './report';

/**
 * Fingerprints that survive edits elsewhere in the file and moved lines: each hashes the rule,
 * the path, the flagged text (case and spacing normalized) and how many earlier findings of that
 * rule flagged the same text in this file — never a line number. SARIF's `partialFingerprints`
 * and `--baseline` both use them.
 */
export function fingerprints(path: string, findings: readonly JsonFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const text = finding.text.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
    const key = [finding.ruleId, path, text].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
  });
}

/** The fingerprints of a file's findings, in order. */
export function fileFingerprints(file: JsonFile): string[] {
  return fingerprints(file.path, file.findings);
}
