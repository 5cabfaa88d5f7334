import { SEVERITIES, type Severity } from '../engine/model';
import type { JsonFile, JsonFinding } from './report';

/** A file with only some of its findings; the drafts' counts follow. */
export function withFindings(file: JsonFile, findings: JsonFinding[]): JsonFile {
  const drafts = file.drafts.map((draft, index) => {
    const findingCounts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
    for (const finding of findings) if (finding.draft === index) findingCounts[finding.severity]++;
    return { ...draft, findingCounts };
  });
  return { ...file, drafts, findings };
}

/** `--severity <level>` and `--quiet` (errors only): drops findings less severe than the level. */
export function atLeast(file: JsonFile, level: Severity): JsonFile {
  const rank = SEVERITIES.indexOf(level);
  return withFindings(
    file,
    file.findings.filter((finding) => SEVERITIES.indexOf(finding.severity) <= rank),
  );
}
