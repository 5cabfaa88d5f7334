import { readJsonReport, type JsonFile, type JsonFinding } from './report';
import { fileFingerprints } from './fingerprint';

/** Counts against a baseline: findings it did not have, findings it had, and its findings no longer found. */
export interface BaselineCounts {
  new: number;
  unchanged: number;
  fixed: number;
}

/** A finding as a baseline lists it, without the state an earlier `--baseline` run gave it. */
function withoutState({ baseline: _state, ...finding }: JsonFinding): JsonFinding {
  return finding;
}

/**
 * `--baseline <report.json>`: an earlier JSON report. Findings are matched by the SARIF
 * fingerprint (rule, path, flagged text, occurrence), so moved lines and edits elsewhere in the
 * file keep a finding unchanged; changing the flagged words makes it new (and the old one fixed).
 */
export class Baseline {
  private readonly files: ReadonlyMap<string, { findings: JsonFinding[]; fingerprints: string[] }>;

  constructor(files: readonly JsonFile[]) {
    this.files = new Map(files.map((file) => [file.path, { findings: file.findings, fingerprints: fileFingerprints(file) }]));
  }

  static read(path: string): Baseline {
    return new Baseline(readJsonReport(path, `--baseline ${path}`).files);
  }

  /**
   * The file with each finding marked new or unchanged, and the baseline's findings in it that
   * are gone as `fixed`. Files the baseline does not have are all new; files this run did not
   * check (deleted, or outside the paths) are never reported, so their findings do not count as fixed.
   */
  apply(file: JsonFile): JsonFile {
    const before = this.files.get(file.path);
    const known = new Set(before?.fingerprints);
    const current = fileFingerprints(file);
    const findings = file.findings.map((finding, index): JsonFinding => ({
      ...finding,
      baseline: known.has(current[index]) ? 'unchanged' : 'new',
    }));
    const still = new Set(current);
    const fixed = before ? before.findings.filter((_, index) => !still.has(before.fingerprints[index])).map(withoutState) : [];
    return { ...file, findings, ...(fixed.length > 0 ? { fixed } : {}) };
  }
}

/** Adds a marked file's counts to running totals. */
export function addBaselineCounts(totals: BaselineCounts, file: JsonFile): void {
  for (const finding of file.findings) if (finding.baseline) totals[finding.baseline]++;
  totals.fixed += file.fixed?.length ?? 0;
}
